import type { AskContext } from './ask-context.ts';
import { figuresIn } from './figures.ts';
import type { AnswerNeed } from './intent.ts';
import { knownClauseOf, SHOWN_NEEDS } from './knowing-asked.ts';
import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import { words } from './text.ts';
import { ownTextOf } from './unit-texts.ts';

/**
 * Whether a unit's answer leaves open the very fact an open question asks:
 * the article's words after a cue of not knowing or not telling hold every
 * word the reader asked, and no value of the kind asked ("what satnav was
 * the driver using" of "It remains unclear … whether the driver was using a
 * satnav"; "when will the panel report" of "the university has not said
 * when the panel will report"). Such a sentence tells the reader the
 * article does not say, and is shown as what it does say on the point
 * (`ask.ts`), not given as the answer.
 *
 * Not for a question whether something is so or will be ("will he repay
 * the money"), which such a sentence answers as far as the article can
 * (`untold.ts`), nor one after whether someone knows or told it ("did they
 * say how many flights…", `knowing-asked.ts`) or what they said ("what did
 * the spokesman say about the timeline"): that it was not told is their answer.
 * Never for a curated pair or a gap, written for their questions.
 */
export function leavesAskedOpen(
  context: AskContext,
  plain: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
  unit: number,
): boolean {
  if (context.whether.asksYesOrNo(plain)) return false;
  if (knownClauseOf(plain) !== null || context.answerTypes.asksWhatWasSaid(plain)) return false;
  const text = ownTextOf(context, unit);
  const told = text === null ? null : context.notKnownPart(text);
  const open = told === null ? null : askedLeftOpen(told);
  if (open === null) return false;
  // "What were the booking fees" of "did not say whether booking fees, which
  // added up to £12 per ticket, would be returned": a figure it gives, the
  // reader did not type, may be what was asked.
  const typed = figuresIn(plain);
  if ([...figuresIn(open)].some((figure) => !typed.has(figure))) return false;
  const asked = askedWords(terms);
  if (asked.length === 0) return false;
  const held = new Set(words(open).flatMap((word) => context.termsOfWord(word)));
  if (!asked.every((group) => holdsWord(held, group))) return false;
  // "When does the term end" of "…before the end of term on 4 April": the
  // date asked is there, whatever else is left open.
  return !(need !== null && SHOWN_NEEDS.has(need) && context.answerTypes.canAnswer(need, open));
}

/**
 * The indirect question a cue of not knowing governs, from the words after
 * the cue: opening on a question word ("whether…", "how much…", "why…,
 * and whether…"), up to a clause telling something else ("The cause is not
 * yet known and a joint investigation … has begun" leaves open no
 * investigation; "…; each wagon can carry about 50 tonnes"). Null when it
 * opens on no question word: what then is not known is for the cue's own
 * clause to say, not the words after it.
 */
function askedLeftOpen(told: string): string | null {
  if (!OPENS_ON_QUESTION.test(told)) return null;
  return told.split(OTHER_CLAUSE)[0] ?? null;
}

/** Words an indirect question opens on, past an adverb of the cue's ("not yet said exactly how"). */
const QUESTION_OPENERS = '(?:whether|if|how|what|when|where|who|whom|whose|which|why)';
const OPENS_ON_QUESTION = new RegExp(
  String.raw`^\s*(?:(?:yet|exactly|publicly|immediately|precisely)\s+)*${QUESTION_OPENERS}\b`,
);
/** A break to another clause: a semicolon or colon, or "and", "but"… opening on no question word. */
const OTHER_CLAUSE = new RegExp(
  String.raw`[;:]|,?\s+(?:and|but|though|although|while)\s+(?!${QUESTION_OPENERS}\b)`,
);
