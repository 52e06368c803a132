import type { DecisionFeatures } from './decision-features.ts';
import { type AnswerNeed, PRECISE_NEEDS } from './intent.ts';
import { DECISION } from './tuning.ts';

/**
 * The kinds of fact a question may ask for that a text gives as a figure or
 * a day, told by an exact pattern: an age, a percentage, a tally, a clock
 * time, a distance, an exact date, a weekday, a number of times: the
 * {@link PRECISE_NEEDS} but a frequency, which everyday words give ("each",
 * "every"). Nor a date, a span, a count or a sum, which readers ask of things the article leaves
 * open, where a sentence near the subject holds one all the same ("how much
 * would a replacement satellite cost" of the lost one's "$412 million").
 */
export const VALUED_NEEDS: ReadonlySet<AnswerNeed> = new Set(
  [...PRECISE_NEEDS].filter((need) => need !== 'frequency'),
);

/**
 * Whether the best unit is given below the answer threshold because it is
 * the only fact the question finds that holds the very kind of fact asked
 * for: "how old is the new mayor" of "Ms Marchetti, a 44-year-old former
 * primary school head", "labour % share?" of the one sentence giving
 * Labour's share, "vote split?" of "voted 6-1". Such a kind is told by an
 * exact pattern ({@link VALUED_NEEDS}), so a sentence sharing a word of the
 * question and holding it is rarely about something else, and when no
 * other fact ranked for the question holds it with another value, nothing
 * else in the article could be the answer: the weak match is the reader's
 * wording, not a sign the article leaves the question open. The unit must
 * be one of the article's sentences meeting every condition of the question,
 * and hold in its own text a word of the reader's besides those naming the
 * kind ("how old are you" shares only "old" with "the 46-year-old"), within
 * `DECISION.kindAloneNearWords` words of the kind where a word shows it
 * (an off-topic "how old is the city of X" is not asked of a sentence
 * saying what began in 2015, seventeen words before it names X), down to
 * `DECISION.kindAloneFloor`.
 */
export function isKindAlone(f: DecisionFeatures): boolean {
  return (
    f.kindAlone &&
    (f.kindDistance === null || f.kindDistance <= DECISION.kindAloneNearWords) &&
    f.fitsAll &&
    f.showsOneSentence &&
    f.score >= DECISION.kindAloneFloor
  );
}
