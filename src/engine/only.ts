import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';
import type { WhetherQuestions } from './untold.ts';

/**
 * A question's "only" of the only one of its kind: "is the larder the
 * town's only food bank", "was he the only one with access". Not "only" as a
 * word of degree: "if only", "not only", "or only him", "only 412 votes",
 * "only just", "i only want to know".
 */
const ASKS_ABOUT_ONLY =
  /(?<!\b(?:if|not|or|i|we|you|they|just) )\bonly\b(?! (?:\d|(?:him|her|them|me|us|it|one of|just|if|when|because|after|before|about|a few|a couple|a little|recently|now|then|yesterday|today|tomorrow|to)\b))/;

/**
 * A question's "other" of more of a kind: "does the navy have other
 * bases", "any other suspects", "did anyone else see it". The same question
 * as "is it the only one", asked the other way round. Not "each other", "the
 * other" (one given thing), "other than" or an either-or ("the Ledger or some
 * other site").
 */
const ASKS_ABOUT_OTHERS =
  /(?<!\b(?:each|the|one|every|or|or some|or any) )\b(?:others?|another|else)\b(?! than\b)/;

/**
 * An "other" or "else" after an "or" is one side of an either-or, not a
 * question about more of a kind: "did they report it themselves or get it
 * from somewhere else".
 */
const EITHER_OR_OTHER = /\bor\b.*\b(?:others?|another|else)\b/;

/** Words by which a text speaks of more of a kind: "another base", "also runs". */
const SAYS_MORE =
  /\b(?:others?|another|else|also|as well|too|second|separate|additional|further)\b/;

/**
 * Words by which a text says something is the only one of its kind:
 * "its only naval base", "the sole witness", "the single operator", "no
 * other bank", "the one person who", "alone had access".
 */
const SAYS_ONLY =
  /\b(?:only|sole|solely|single|lone|alone|unique|exclusive|exclusively|no other|none other|nobody else|no one else|no-one else|just one)\b/;

/**
 * How a curated pair answers a yes-or-no about an "only": written for such
 * questions (one of its own questions speaks of the only one, or of others),
 * it is trusted; written for others, it answers only by saying "only" in its
 * answer. A pair on the port's ferry terminal whose answer "also" tells of a
 * lease does not say whether the town has other ferry terminals.
 */
export interface CuratedOnly {
  /**
   * Whether the pair answers such a question: trusted, or its answer says
   * "only". Read once per pair: the answer never changes, and folding it
   * for each question that asks was most of this check's cost.
   */
  answers: boolean;
}

/**
 * Reads a curated pair for {@link onlyFit}: trusted when one of its own
 * questions speaks of the only one of a kind or of others of it.
 */
export function curatedOnly(questions: readonly string[], answer: string): CuratedOnly {
  const written = questions.some((question) => {
    const folded = foldText(question);
    return ASKS_ABOUT_ONLY.test(folded) || ASKS_ABOUT_OTHERS.test(folded) || SAYS_ONLY.test(folded);
  });
  return { answers: written || SAYS_ONLY.test(foldText(answer)) };
}

/**
 * A question asking whether something is the only one of its kind ("is
 * the larder the town's only food bank", or "does it have other food
 * banks") is not answered by a sentence
 * that only says it is one ("The Larder runs a food bank in the town"):
 * "only" is what is asked, and a sentence silent on it cannot say yes or no. Null when the question asks no yes-or-no about an "only".
 *
 * @param whether reads whether a question asks whether something is so
 * @param textOf what a unit answers with; null for an answer trusted to meet
 *   its questions (a gap), a {@link CuratedOnly} for a curated pair
 */
export function onlyFit(
  question: string,
  whether: Pick<WhetherQuestions, 'asksYesOrNo'>,
  textOf: (unit: number) => string | CuratedOnly | null,
): UnitFit {
  // "What is the town's only food bank" asks which it is: a sentence naming
  // the bank answers it, with or without "only".
  // The pattern first: few questions say "only", and reading a yes-or-no costs more.
  const folded = foldText(question);
  const others =
    !ASKS_ABOUT_ONLY.test(folded) &&
    ASKS_ABOUT_OTHERS.test(folded) &&
    !EITHER_OR_OTHER.test(folded);
  if (!(others || ASKS_ABOUT_ONLY.test(folded)) || !whether.asksYesOrNo(question)) return null;
  // "Does it have other bases" is answered by "its only base" as by "another base".
  const saysIt = (said: string) => SAYS_ONLY.test(said) || (others && SAYS_MORE.test(said));
  const sentenceFit = textFit((unit) => {
    const text = textOf(unit);
    return typeof text === 'string' ? text : null;
  }, saysIt);
  return (unit) => {
    const text = textOf(unit);
    if (text === null || typeof text === 'string') return sentenceFit(unit);
    return text.answers;
  };
}
