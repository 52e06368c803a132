import type { AskContext } from './ask-context.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { clearBestSentence, typedTermsAsked } from './decision-features.ts';
import type { AnswerNeed } from './intent.ts';
import type { QueryTerm } from './query-terms.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * The kinds of fact a "when" or a "how long" asks after: a day, a date, a
 * clock time, a span. A number beside the reader's words (a "how many", a
 * "how much") as often counts or prices another thing the article tells of
 * the same subject, so those are left out: measured on the building half of
 * the fresh articles, a count or a sum near the reader's word gave as many
 * questions the article leaves open as right answers.
 */
const WHEN_NEEDS: ReadonlySet<AnswerNeed> = new Set([
  'date',
  'exact-date',
  'time-of-day',
  'weekday',
  'duration',
]);

/**
 * Whether the best unit is given below the answer threshold because it
 * gives a value of the time a "when" or "how long" asks after in one
 * clause with two of the reader's own words, each within
 * `DECISION.whenNearWords` words of it, however many other times the
 * sentence gives ("when was the FreshPoints scheme launched" of "…who has
 * held a card since the scheme launched in 2019"). It must be one of the
 * article's sentences meeting every condition of the question, leave at
 * most `DECISION.oneValueMostUnexplained` of the reader's words
 * unexplained and score at least `DECISION.clearSentenceLowFloor`; unlike
 * `typed-value.ts` it needs no lead over other facts, as a question after a
 * day often finds several sentences of the same events. One word of the
 * reader's beside a day is not enough: "when will the power be back on" is
 * not answered by "residents may not be allowed back until Thursday".
 */
export function givesTimeBesideReadersWords(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  const need = f.need;
  if (need === null || !WHEN_NEEDS.has(need)) return false;
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.clearSentenceLowFloor,
    DECISION.oneValueMostUnexplained,
  );
  if (text === null) return false;
  // The reader's own words, as typed, besides those that only name the kind.
  const typed = typedTermsAsked(context, question, text, terms);
  if (typed.size < TIED_WORDS) return false;
  const asksEarlier = EARLIER_ONE.test(foldText(question));
  // A value set off from the reader's words by a comma or a dash most often
  // belongs to an aside ("The orchestra, founded in 1948,") or another
  // clause ("…in the early hours of Friday, beating the Civic Reform
  // Alliance"), not to the thing asked about.
  return text.split(CLAUSE_BREAK).some((clause) => {
    const clauseWords = words(clause);
    const values = context.answerTypes.whereIn(need, clauseWords);
    if (values.length === 0) return false;
    const isValue = new Set(values);
    const tied = new Set<string>();
    clauseWords.forEach((word, at) => {
      if (isValue.has(at) || !values.some((v) => Math.abs(v - at) <= DECISION.whenNearWords)) {
        return;
      }
      // "The orchestra … last cancelled a tour in 2020" dates an earlier
      // cancellation, not the one "when did they announce the cancellation"
      // asks after.
      if (!asksEarlier && EARLIER_ONE.test(clauseWords[at - 1] ?? '')) return;
      for (const term of context.termsOfWord(word)) if (typed.has(term)) tied.add(term);
    });
    return tied.size >= TIED_WORDS;
  });
}

/** How many of the reader's words must stand beside the value. */
const TIED_WORDS = 2;

/** What ends a clause or sets off an aside: a comma, a colon, a dash between spaces, a full stop. */
const CLAUSE_BREAK = /[,;:!?()]|\s[-–—]\s|\.\s/u;

/** Words telling that a deed or a thing is an earlier one: "last cancelled", "the previous strike". */
const EARLIER_ONE = /\b(?:last|previous|previously|earlier|former|formerly)\b/u;
