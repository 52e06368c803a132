/**
 * "What town is this in", "which village is this story about", "what town
 * did this happen in": the reader asks the article's setting, the town,
 * village or city the article in front of them is about, which its
 * headline and lead tell ("…skyline of Haltwick…"), though they seldom call
 * it a town: later sentences say "the town's roads" of it, naming none.
 */
import type { AskContext } from './ask-context.ts';
import { showsLeadOf } from './event-asked.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { ownTextOf } from './unit-texts.ts';
import { whichThisPattern } from './which-this-asked.ts';

/**
 * The question, as its words, asking only which town, village or city
 * "this" is in, about or from; up to three words of chat before it ("ok so
 * what village is this even about"). "What town is this school in" names
 * the school, and is not read so.
 */
const SETTING_ASKED = whichThisPattern({
  kind: '(?:town|village|city|hamlet)(?: (?:or )?(?:town|village|city))?',
  subjects: 'this',
  verbs: 'happen|happened|set|based|datelined',
});

/** Whether a question asks the article's setting ("what town is this in"). */
export function asksArticleSetting(question: string): boolean {
  return SETTING_ASKED.test(words(foldText(question)).join(' '));
}

/**
 * Whether a text tells where, as the setting asked must: it names one of
 * the story's places ("…the skyline of Haltwick"), or a place the answer
 * types read ("in Carrowby").
 */
function namesAPlace(context: AskContext, text: string): boolean {
  if (context.answerTypes.canAnswer('place', text)) return true;
  return context.units.some(
    (unit) =>
      unit.kind === 'entity' && unit.entity.kind === 'place' && text.includes(unit.entity.name),
  );
}

/**
 * Asked the article's setting ("what town is this in"), the gist, showing
 * the headline and the lead, is where the article says where, when it names
 * a place ({@link namesAPlace}): it meets a "where" though no preposition
 * of place stands before the name ("…the skyline of Haltwick"). Any other
 * question keeps its fit as it is.
 */
export function orSettingTold(context: AskContext, question: string, holds: UnitFit): UnitFit {
  if (holds === null || !asksArticleSetting(question)) return holds;
  return (unit) => holds(unit) || showsSettingOf(context, unit);
}

/**
 * Whether a unit, asked the article's setting ("what town is this in"),
 * tells it: the gist, headline and lead, where it names a place. The one
 * test both the ranking ({@link orSettingTold}) and the decision below the
 * threshold (`ask.ts`) read.
 */
export function tellsSetting(context: AskContext, question: string, unit: number): boolean {
  return asksArticleSetting(question) && showsSettingOf(context, unit);
}

function showsSettingOf(context: AskContext, unit: number): boolean {
  return showsLeadOf(context, unit) && namesAPlace(context, ownTextOf(context, unit) ?? '');
}
