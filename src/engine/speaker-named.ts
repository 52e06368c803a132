/**
 * "Who said 'most of the time there is nothing'" asks who: the sentence
 * holding the very words ("'…,' she told the Gazette") tells it only where
 * it names them. Where an answer scoring near the best names someone (the
 * pair "What did Keller say: …"), an answer of the article's own words
 * naming nobody (only "she", "officers" or the words said) does not answer;
 * "a ministry spokesperson said only that…", far ahead of any other, still does.
 */
import type { RankedUnit, UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { SPEAKER_NAMED } from './tuning.ts';

/** "Who said…", "who called it…", "who told the crowd…": asked after whoever said something. */
const ASKS_SPEAKER =
  /\bwho(?:s|'s|\s+(?:is|was))?\s+(?:said|says|say|called|calls|told|tells|described|warned|claimed|admitted|insisted|compared|likened)\b/;

/**
 * @param namesSomeone whether a unit names one of the story's people or
 *   groups; null for an answer held to no such test (a curated one)
 */
export function speakerNamedFit(
  question: string,
  ranked: readonly RankedUnit[],
  namesSomeone: (unit: number) => boolean | null,
): UnitFit {
  if (!ASKS_SPEAKER.test(foldText(question))) return null;
  const best = ranked[0]?.score ?? 0;
  const near = (r: RankedUnit) => r.score >= best * SPEAKER_NAMED.runnerUpShare;
  if (!ranked.some((r) => near(r) && namesSomeone(r.unit) === true)) return null;
  return (unit) => namesSomeone(unit) !== false;
}
