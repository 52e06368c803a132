import type { AskContext } from './ask-context.ts';
import type { DecisionFeatures } from './decision-features.ts';
import type { QueryTerm } from './query-terms.ts';
import { DECISION } from './tuning.ts';

/**
 * Whether the best unit is given below the answer threshold because it
 * names the one a question's "she" or "he" stands for and stands far ahead
 * of any other fact: "did he go peacefully or was it sudden" of "He
 * [Wilfred Ashdown] died peacefully at St Brennan's Hospice…", "how much
 * would a cab cost her" of Doreen Whitlock's remark. The reader's pronoun
 * is a word the unit holds as surely as it holds the name it stands for,
 * which the score does not count, so a question asked by pronoun scores
 * below the same question asked by name. The question names nobody, its
 * pronouns say one gender, and the unit names someone the article says is
 * of it (`NamedPeople.namesOneThePronounMeans`); the unit meets every
 * condition, leads any other fact by `DECISION.clearSentenceWideLead` and
 * scores `DECISION.clearSentenceLowFloor` at least.
 */
export function isAboutOneThePronounMeans(
  context: AskContext,
  plain: string,
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
  unit: number,
): boolean {
  return (
    f.fitsAll &&
    f.score >= DECISION.clearSentenceLowFloor &&
    f.lead >= DECISION.clearSentenceWideLead &&
    context.people.askedIn(terms).size === 0 &&
    context.people.namesOneThePronounMeans(plain, unit)
  );
}
