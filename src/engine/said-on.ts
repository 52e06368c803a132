/**
 * The day a remark was made is not the day of what it tells is still to
 * come: "when will the regulator's report be out exactly" is not answered
 * by "the regulator said on Tuesday that it would publish its findings 'in
 * due course'", nor "when exactly will the minister introduce the code" by
 * "the minister said on Wednesday evening that the government would
 * consider…". A question after the exact day of something still to come
 * reads a text's dates without those of its saying (`need-fit.ts`).
 */
import { MONTH_SOURCE, WEEKDAYS } from './calendar.ts';
import { SPEECH_VERBS } from './speech-verbs.ts';

/** A verb of saying or announcing, or "told" and its addressee ("told reporters"). */
const SAYING = `(?:${SPEECH_VERBS}|revealed|admitted|told(?:\\s+\\p{L}+){1,2})`;
/** The day told after it: a weekday with its part, a date of a month, "yesterday". */
const DAY = `(?:(?:late |early )?on\\s+)?(?:(?:${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s+\\d{1,2}(?:\\s+${MONTH_SOURCE})?)?|\\d{1,2}\\s+${MONTH_SOURCE}|${MONTH_SOURCE}\\s+\\d{1,2}|yesterday|today|last\\s+(?:night|week))`;
/** "said on Tuesday", "told reporters on Monday evening", "announced on 12 March". */
const SAID_ON = new RegExp(`\\b${SAYING}\\s+${DAY}\\b`, 'giu');
/** The label a generated pair of what happened when opens on: "…reports, for on Tuesday:". */
const WHEN_LABEL = /\breports, for [^:]*:/giu;

/**
 * A text without the days its remarks were made on, nor the label of when
 * a generated pair tells of: what is left dates what it tells.
 */
export function withoutDaysOfSaying(text: string): string {
  return text.replace(WHEN_LABEL, 'reports:').replace(SAID_ON, ' ');
}
