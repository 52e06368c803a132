/**
 * Questions after what eventually came of something: "did he end up losing
 * his crops", "did the family put the company into administration in the
 * end", "was the report ever made public", "what did the review end up
 * finding". The reader already knows the thing was on the cards; what they
 * ask is how it turned out. A sentence telling it only as a step before
 * that outcome (weighed, recommended, awaited, delayed, ordered, or
 * possible if something else happens) tells them nothing new, however many
 * of their words it holds.
 */

/**
 * A yes-or-no about the past ("did", "was", "has", after at most one word:
 * "so did…") that asks how things turned out: "end up", "in the end",
 * "eventually", "ever", "finally", "at last". A question about the future
 * ("will they ever…", "could it end up…") opens otherwise, and is read by
 * `future.ts`.
 */
const ASKS_WHETHER_IT_CAME_TO_PASS =
  /^(?:\W*(?!(?:what|whats|where|when|who|whos|whom|why|how|which)\b)\w+\W+)?(?:did|was|were|has|have|had)\b.*\b(?:end(?:s|ed)? up|in the end|eventually|ever|finally|at last)\b/;

/**
 * Words by which a text holds the thing asked short of its outcome: weighed
 * ("considering all options"), proposed or recommended ("recommended
 * upgrades to older servers"), awaited ("await laboratory results"), put
 * off ("had delayed her son's second jab"), or only possible, on a
 * condition or in time to come ("if the regulator starts…, some growers
 * will lose whole crops").
 */
const SHORT_OF_ITS_OUTCOME =
  /\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)|await(?:s|ed|ing)?|pending|recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|delay(?:s|ed|ing)|postpon(?:e|es|ed|ing)|if|will|would|could|might)\b/;

/**
 * A question after what an inquiry found ("what did the review end up
 * finding") that a text answers only by telling the inquiry was set going
 * ("had ordered an independent inspection", "has opened an investigation",
 * "would commission independent tests"),
 * with no word of what it found.
 */
const ONLY_SET_GOING =
  /\b(?:order(?:s|ed)?|commission(?:s|ed)?|open(?:s|ed)?|launch(?:es|ed)?|set up|begun|began|start(?:s|ed)?)\b(?: \S+){0,4}? (?:review|inquiry|investigation|inspection|audit|study|probe|tests|testing|checks|analysis|assessment|examination)\b/;
const TELLS_WHAT_IT_FOUND =
  /\b(?:found|finds|showed|shows|shown|concluded|concludes|revealed|reveals|determined|ruled|identified|uncovered)\b/;

/**
 * Whether a question asks whether something eventually came to pass (see
 * {@link ASKS_WHETHER_IT_CAME_TO_PASS}).
 *
 * @param own the question's own words, folded
 */
export function asksWhetherItCameToPass(own: string): boolean {
  return ASKS_WHETHER_IT_CAME_TO_PASS.test(own);
}

/**
 * A text telling that a thing never came to pass tells how it turned out,
 * whatever step before it names: "recommended £1.2 million of work, which
 * was never carried out".
 */
const NEVER_CAME_TO_PASS = /\bnever\b/;

/**
 * Whether a text tells the thing asked only short of its outcome (see
 * {@link SHORT_OF_ITS_OUTCOME}), and not that it never came to pass.
 *
 * @param folded the text, folded
 */
export function tellsOnlyShortOfOutcome(folded: string): boolean {
  return SHORT_OF_ITS_OUTCOME.test(folded) && !NEVER_CAME_TO_PASS.test(folded);
}

/**
 * Whether a text tells an inquiry only as set going, not what it found
 * (see {@link ONLY_SET_GOING}).
 *
 * @param folded the text, folded
 */
export function tellsOnlyInquirySetGoing(folded: string): boolean {
  return ONLY_SET_GOING.test(folded) && !TELLS_WHAT_IT_FOUND.test(folded);
}
