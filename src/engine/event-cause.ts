import { MONTHS, WEEKDAYS } from './calendar.ts';
import { SPELLED_NUMBERS } from './figures.ts';
import { keptForLastCall } from './last-call.ts';
import { foldText, words } from './text.ts';

/** Words that set a moment or a span after "after", not an event: "after midnight", "after a week". */
const MOMENTS = [
  ...SPELLED_NUMBERS,
  ...MONTHS,
  ...WEEKDAYS,
  'midnight noon dark dawn dusk morning afternoon evening night weekend',
  'minute minutes hour hours day days week weeks month months year years',
  'several few couple dozen half',
].join(' ');

/**
 * A span of something, which tells an event, not a moment: "after two years
 * of falling recruitment", "after months of talks", "after a week of rain".
 */
const SPAN_OF =
  '(?:[\\w-]+ )?(?:years|months|weeks|days|hours|decades|year|month|week|day|decade) of\\b';

/**
 * A cause told by the event something followed, as news tells one: "closed
 * after water reached its deck", "struggling after a quiet autumn",
 * "cancelled days after its conductor resigned", "amid", "in the wake of",
 * "following an inspection". Not a moment: "just after 3 a.m.", "shortly
 * after 6pm", "settled after eight days", "after a week", "the following
 * morning", "week after week"; nor "look after", "named after", "after all".
 * The words of the event are captured, up to the next punctuation.
 */
const AFTER_AN_EVENT = new RegExp(
  `(?<!\\b(?:shortly|just|soon|long|straight|right|immediately|the|day|week|month|year|time|look|looks|looked|looking|named|name|names|take|takes|took|taken|go|goes|went|run|runs|ran) )\\b(?:after|following|amid|amidst|in the wake of) (?:(?=${SPAN_OF})|(?!\\d|(?:all|that|this|which|it|(?:an? )?(?:${MOMENTS.split(/\s+/).join('|')}))\\b))([^,;:.!?"“”]+)`,
  'u',
);

/**
 * A text cut where it tells a cause: the words of the cause, up to the next
 * punctuation, and the rest of its sentence, which says what the cause led to.
 *
 * @param folded the text, folded
 * @param start where the cause's words begin
 * @param before the end of what comes before the word of cause
 */
function cutAtCause(
  folded: string,
  before: number,
  start: number,
): { cause: string; effect: string } {
  const after = folded.slice(start);
  const causeEnd = after.search(CAUSE_ENDS);
  const cause = causeEnd < 0 ? after : after.slice(0, causeEnd);
  // What the cause led to ends with its sentence: a pair's text joins its
  // answer with the sentence it was made from, which says it again.
  const rest = causeEnd < 0 ? '' : after.slice(causeEnd);
  const stop = rest.search(/[.!?]/);
  // …and begins with it: "The Courier article was written by…" before the
  // sentence a pair cites is no part of what that sentence's cause led to.
  const opening = folded.slice(0, before);
  const begins = Math.max(...[...opening.matchAll(SENTENCE_END)].map((m) => m.index + 1), 0);
  return {
    cause,
    effect: `${opening.slice(begins)} ${stop < 0 ? rest : rest.slice(0, stop)}`,
  };
}

/** Where a sentence ends within a text: the stop and the space after it. */
const SENTENCE_END = /[.!?]["”]?\s/g;

/** Where the words of a cause end: the next punctuation or quotation mark. */
const CAUSE_ENDS = /[,;:.!?"“”]/;

/**
 * Words of cause after which the text tells what the cause led to, not the
 * cause ("the failure led to a recall", "the rain forced the closure"),
 * unless "by" follows ("prompted by").
 */
const EFFECT_FOLLOWS = new Set([
  'led to',
  'leads to',
  'caused',
  'causes',
  'forced',
  'prompted',
  'triggered',
  'resulted',
  'therefore',
  'hence',
  'as a result',
]);

/** Words of cause whose object is the effect, the cause told after "to" or "on". */
const CAUSE_AFTER_OBJECT = new Set(['traced', 'blamed', 'blames', 'blaming']);
/** Where, within its clause, the object of such a word ends and the cause begins. */
const OBJECT_THEN_CAUSE = /^[^,;:.!?"“”]*? (?:to|on)\b/;

/**
 * The two sides of a text giving a cause by a word of cause, each as the
 * words it holds ({@link WordsHeld}); or that the word is one after which
 * the effect is told, whose sides are left to the ranking. What only the
 * text and its word of cause decide: a "why" weighs every unit it ranks,
 * and a unit's sides are read once ({@link causeSidesOf}).
 */
export type CauseSides =
  | { effectFollows: true }
  | { effectFollows: false; cause: WordsHeld; effect: WordsHeld };

/**
 * Every word of a part of a text and every term of them, once each: what
 * {@link heldIn} looks the question's words up in.
 */
interface WordsHeld {
  words: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/**
 * The {@link CauseSides} of a text at its word of cause.
 *
 * @param cue where the first word of cause lies in the text folded, and its words
 * @param termsOf the story's index terms of a folded word: two words sharing one are one word
 */
export function causeSidesOf(
  text: string,
  cue: { at: number; cue: string },
  termsOf: (word: string) => readonly string[],
): CauseSides {
  const folded = foldText(text);
  const end = cue.at + cue.cue.length;
  if (EFFECT_FOLLOWS.has(cue.cue) && !/^ by\b/.test(folded.slice(end))) {
    return { effectFollows: true };
  }
  // "Traced the contamination to a failed valve", "blamed the delay on the
  // rain": what was traced or blamed is the effect, the cause comes after
  // "to" or "on".
  const object = CAUSE_AFTER_OBJECT.has(cue.cue) ? OBJECT_THEN_CAUSE.exec(folded.slice(end)) : null;
  const { cause, effect } = cutAtCause(
    folded,
    cue.at,
    object === null ? end : end + object.index + object[0].length,
  );
  const between = object === null ? '' : folded.slice(end, end + object.index);
  return {
    effectFollows: false,
    cause: wordsHeldIn(cause, termsOf),
    effect: wordsHeldIn(`${effect} ${between}`, termsOf),
  };
}

/**
 * Whether a text giving a cause by a word of cause gives it of the deed a
 * "why" asks about, not of something the deed itself led to: "Y because
 * of X", "Y traced to X" give X as the cause of Y, so the question's own
 * words must not stand more in X than in Y. "Why did the valve fail" is not
 * answered by "investigators traced the contamination to a failed valve",
 * which tells what the failure led to. A word after which the effect is
 * told ("X led to Y", "X forced Y") is not weighed so: which side is the
 * deed's it leaves to the ranking, as before.
 *
 * @param cue where the first word of cause lies in the text folded, and its words
 * @param asked the question's own words, folded (filler and question words aside)
 * @param termsOf the story's index terms of a folded word: two words sharing one are one word
 */
export function givesCauseOfAsked(
  text: string,
  cue: { at: number; cue: string },
  asked: readonly string[],
  termsOf: (word: string) => readonly string[],
): boolean {
  return sidesGiveCauseOfAsked(causeSidesOf(text, cue, termsOf), asked, termsOf);
}

/** {@link givesCauseOfAsked}, of a text's sides already read. */
export function sidesGiveCauseOfAsked(
  sides: CauseSides,
  asked: readonly string[],
  termsOf: (word: string) => readonly string[],
): boolean {
  if (sides.effectFollows) return true;
  return heldIn(sides.cause, asked, termsOf) <= heldIn(sides.effect, asked, termsOf);
}

/** The {@link WordsHeld} of a part of a text. */
function wordsHeldIn(part: string, termsOf: (word: string) => readonly string[]): WordsHeld {
  // Every word of the part and every term of them, once: a long "why" asks
  // thirty words of every sentence it weighs.
  const own = { words: new Set<string>(), terms: new Set<string>() };
  for (const word of words(part)) {
    own.words.add(word);
    for (const term of termsOf(word)) own.terms.add(term);
  }
  return own;
}

/**
 * The terms of each of the question's words, in order: a "why" weighs the
 * same words against both sides of every unit it ranks, so the last
 * question's are kept.
 */
const termsOfEach = keptForLastCall(
  (asked: readonly string[], termsOf: (word: string) => readonly string[]) =>
    asked.map((word) => termsOf(word)),
);

/** How many of the question's words a part of a text holds. */
function heldIn(
  own: WordsHeld,
  asked: readonly string[],
  termsOf: (word: string) => readonly string[],
): number {
  const termsOfAsked = termsOfEach(asked, termsOf);
  let held = 0;
  for (let at = 0; at < asked.length; at++) {
    if (
      own.words.has(asked[at] as string) ||
      (termsOfAsked[at] as readonly string[]).some((t) => own.terms.has(t))
    ) {
      held++;
    }
  }
  return held;
}

/**
 * Where a text tells a cause by the event it followed: the event's words
 * ("water reached its deck"), and the rest, which says what followed from
 * it ("The Center Street bridge was shut at midnight"). Null when it tells
 * none so.
 */
export function eventCauseIn(text: string): { event: string; outcome: string } | null {
  const folded = foldText(text);
  const found = AFTER_AN_EVENT.exec(folded);
  if (found === null) return null;
  const { cause, effect } = cutAtCause(
    folded,
    found.index,
    found.index + found[0].length - (found[1] ?? '').length,
  );
  return { event: cause, outcome: effect };
}

/**
 * Whether a text answers "why" a deed happened by the event it followed:
 * "Y after X" gives X as the cause of Y, so the question's own words must
 * stand in what followed (Y) at least as much as in the event (X). "Why did
 * the walkout begin" is answered by "The walkout began after drivers
 * rejected an offer"; "why did drivers reject the offer" is not: the
 * sentence tells what the rejection led to, not why it came.
 *
 * @param asked the question's own words, folded (filler and question words aside)
 * @param termsOf the story's index terms of a folded word: two words sharing one are one word
 */
export function givesCauseByEvent(
  text: string,
  asked: readonly string[],
  termsOf: (word: string) => readonly string[],
): boolean {
  const parts = eventCauseIn(text);
  if (parts === null) return false;
  const inOutcome = heldIn(wordsHeldIn(parts.outcome, termsOf), asked, termsOf);
  return inOutcome > 0 && inOutcome >= heldIn(wordsHeldIn(parts.event, termsOf), asked, termsOf);
}
