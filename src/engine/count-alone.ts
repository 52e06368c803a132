import type { DecisionFeatures } from './decision-features.ts';
import { DECISION } from './tuning.ts';

/**
 * Whether the best unit is given below the answer threshold because it is
 * the only fact the question finds that counts the very thing a "how many"
 * asks about: "how many charges was it" of "pleaded guilty to one count of
 * fraud", "how many ppl work at the plant" of "the 400 people who work
 * here", "how many cats does the lady have" of "her two cats". The count
 * must name that thing, in the reader's word or one standing in for it
 * (`TermIndex.namingOf`: "people" for "ppl", "pupils" for "kids"), a few
 * words after the number (`countedPhrases`), so a sentence counting
 * something else ("14,000 containers" for "how many jobs") is no candidate;
 * and no other fact ranked for the question may count it with another value
 * (two counts of people are two readings of the question). Unlike a figure
 * told by an exact pattern (`kind-alone.ts`), a count is asked of things
 * the article leaves open ("how many people live in Port Halden" of "23
 * people had been treated at Port Halden General Hospital"): the unit must
 * also leave at most `DECISION.countAloneMostUnexplained` of the reader's
 * words unexplained, since such a question's point is the word the sentence
 * does not say ("live"), and score at least `DECISION.countAloneFloor`.
 */
export function isCountAlone(f: DecisionFeatures): boolean {
  return (
    f.countAlone &&
    f.fitsAll &&
    f.showsOneSentence &&
    f.unexplained <= DECISION.countAloneMostUnexplained &&
    f.score >= DECISION.countAloneFloor
  );
}
