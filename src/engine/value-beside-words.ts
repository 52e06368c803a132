import type { AskContext } from './ask-context.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { clearBestSentence, isTypedWord, typedTermsAsked } from './decision-features.ts';
import type { QueryTerm } from './query-terms.ts';
import type { RankedUnit } from './term-index.ts';
import { words } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * Whether the best unit is given below the answer threshold because it
 * gives a value of the kind of fact a question word asks for (a count for a
 * "how many", a sum for a "how much", a span for a "how long", a date, a
 * clock time…) right beside a word the reader typed, within
 * `DECISION.valueBesideWordsNear` words ("how many arches does the old bridge
 * have" of "…under the third and fourth of its five arches"; "how much do they
 * have to pay in legal costs on top" of "must also pay £1.3 million in
 * prosecution costs"), holds two of the reader's words as typed, and leads
 * any other fact by `DECISION.clearSentenceKindLead`. Unlike a sentence
 * holding one value only (`typed-value.ts`), it may hold several, one of
 * them the reader's, and leave up to
 * `DECISION.valueBesideWordsMostUnexplained` of the reader's words
 * unexplained: two of their words as typed, the value asked for written
 * against one of them, and no other fact near it tell the question is this
 * sentence's, in the reader's own wording. Held to one of the article's
 * sentences meeting every condition of the question, asked with a question
 * word, down to `DECISION.clearSentenceLowFloor` (lower, a question the
 * article leaves open: "how many osprey eggs get stolen across the uk each
 * year" of the three stolen overnight, at 0.34). Needs told by a text's shape (a
 * place, a person, a cause) have no value word by word, and are never given
 * so.
 */
export function givesValueBesideTypedWords(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  if (f.need === null || !f.asksWh || f.lead < DECISION.clearSentenceKindLead || f.typedHeld < 2) {
    return false;
  }
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.clearSentenceLowFloor,
    DECISION.valueBesideWordsMostUnexplained,
  );
  if (text === null) return false;
  const values = new Set(context.answerTypes.valuesIn(f.need, text));
  if (values.size === 0) return false;
  const typed = typedTermsAsked(context, question, text, terms);
  if (typed.size === 0) return false;
  const near = DECISION.valueBesideWordsNear;
  return words(text).some((word, at) => {
    if (values.has(at) || !isTypedWord(context, typed, word)) return false;
    for (let other = at - near; other <= at + near; other++) if (values.has(other)) return true;
    return false;
  });
}
