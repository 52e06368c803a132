import type { AskContext } from './ask-context.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import type { AnswerUnit } from './units.ts';

/**
 * "What happened in the park", "whats going on with the pub", "what's the
 * deal w the water", "what's all the fuss about": the reader asks what
 * happened to something, as folded ("what's" reads "what"). Not "what's
 * happening to the staff", which asks what is still to come of them.
 */
const ASKS_EVENT =
  /\bwhats? (?:(?:actually |exactly |really |just )?happened|(?:is )?going on|(?:is )?(?:all )?the (?:deal|fuss|story|situation))\b/;

/**
 * The nouns that ask what happened ("the deal", "all the fuss"): they name
 * nothing it happened to ("happened" and "going" are filler already).
 */
const EVENT_NOUNS: ReadonlySet<string> = new Set(['deal', 'fuss', 'story', 'situation']);

/** What {@link eventAskedFit} reads of the story. */
export interface LeadReading {
  /** The article's lead: the first sentence of its first passage; undefined for a story of several articles. */
  lead: number | undefined;
  /** Whether a unit says one of the question word's terms. */
  unitHolds: (unit: number, word: string) => boolean;
  /** Whether a unit shows the lead sentence (the gist pair, a dated pair quoting it). */
  showsLead: (unit: number) => boolean;
  /** Whether a word is filler. */
  isFiller: (word: string) => boolean;
  /** The unit itself. */
  unitOf: (unit: number) => AnswerUnit | undefined;
  /** Whether a text gives a date (`AnswerTypes.canAnswer('date', …)`). */
  givesDate: (text: string) => boolean;
}

/**
 * A question after what happened to something the lead names ("what
 * happened in the park" where the lead tells of the park) wants the lead:
 * the sentence reporting the event, not a remark on it ("it was chaos," said
 * the ranger) nor a detail beside it that happens to say the same word more
 * often; asked of nothing named ("what's all the fuss about"), it asks the
 * article's own event. Every other answer fails it, an editors' pair aside
 * (written for its questions). Null for any other question, and where the lead does not
 * say every word the question names: "what happened to her husband" asks
 * of something the lead does not tell.
 */
export function eventAskedFit(question: string, reading: LeadReading): UnitFit {
  const { lead } = reading;
  if (lead === undefined) return null;
  const folded = foldText(question);
  // "What happened this year", "what happened on Thursday": asked of a time,
  // which the engine's own dated pairs answer, not of a thing the lead names.
  if (!ASKS_EVENT.test(folded) || reading.givesDate(question)) return null;
  const named = words(folded).filter(
    (word) => !QUESTION_WORDS.has(word) && !EVENT_NOUNS.has(word) && !reading.isFiller(word),
  );
  // Nothing named ("what's all the fuss about", "whats the story"): the article's own event.
  if (!named.every((word) => reading.unitHolds(lead, word))) return null;
  return (unit) => {
    if (reading.showsLead(unit)) return true;
    const found = reading.unitOf(unit);
    return found?.kind === 'qa' && !found.pair.generated;
  };
}

/** The article's lead among the units: the first sentence of the first passage of a story of one article. */
export function leadSentenceOf(units: readonly AnswerUnit[], articles: number): number | undefined {
  if (articles !== 1) return undefined;
  const at = units.findIndex((unit) => unit.kind === 'sentence');
  return at < 0 ? undefined : at;
}

/** What {@link eventAskedFit} reads of the story: its lead, and which units say a word or show the lead. */
export function leadReading(context: AskContext): LeadReading {
  return {
    lead: context.leadSentence,
    unitHolds: (unit, word) => {
      const held = context.termsOfUnit(unit);
      return context.termsOfWord(word).some((term) => held.has(term));
    },
    showsLead: (unit) => showsLeadOf(context, unit),
    isFiller: context.isFiller,
    unitOf: (unit) => context.units[unit],
    givesDate: (text) => context.answerTypes.canAnswer('date', text),
  };
}

/** Whether a unit is the article's lead sentence, or shows it (the gist pair, a dated pair quoting it). */
export function showsLeadOf(context: AskContext, unit: number): boolean {
  const lead = context.leadSentence;
  if (lead === undefined) return false;
  if (unit === lead) return true;
  const leadShown = context.shown.of(lead)[0];
  return leadShown !== undefined && context.shown.of(unit).includes(leadShown);
}
