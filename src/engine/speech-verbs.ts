/**
 * Verbs that introduce speech, in the forms news writing uses, as a regular
 * expression's alternation: ingest reads who said a quote by them, and the
 * engine the day a remark was made (`said-on.ts`).
 */
export const SPEECH_VERBS =
  'said|says|say|explained|explains|told|tells|added|adds|emphasized|emphasised|emphasizes|emphasises|stated|states|noted|notes|stressed|stresses|declared|declares|announced|announces|remarked|insisted|insists|warned|warns|argued|argues|claimed|claims|commented|replied|responded|wrote|writes|continued|confirmed|confirms|acknowledged|underlined|underscored|recalled|observed|suggested|asserted|pointed out|described|describes|adding|saying|noting|stressing|explaining|stating|emphasizing|emphasising|warning|telling|insisting|declaring';
