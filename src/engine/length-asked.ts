import { SPELLED_NUMBERS } from './figures.ts';
import { foldText } from './text.ts';

/**
 * "How long was the queue", "how long a stretch of Route 9 is closed", "how
 * long was the whistleblower's complaint": "how long" with no verb but "to
 * be", which asks the length of a thing as often as the span of an event
 * ("how long is her term"). Not when a verb or word of time says which
 * ("how long is the zoo shut for", "how long will the ban last", "how long
 * has she been…").
 */
const ASKS_HOW_LONG_IT_IS = /\bhow long (?:an? \S+ )?(?:\S+ ){0,4}?(?:is|was|are|were|s)\b/;
const TIME_SAID =
  /\b(?:for|last|lasts|lasted|lasting|take|takes|took|taking|stay|stays|stayed|remain|remains|remained|keep|kept|run|runs|ran|go|goes|going|gonna|will|would|been|until|till|since|ago|left|before|after)\b/;

/** How long a text is: "a 41-page complaint", "a two-paragraph statement", "500 words". */
const EXTENT = new RegExp(
  `\\b(?:\\d[\\d,.]*|${SPELLED_NUMBERS.join('|')})[\\s-]*(?:pages?|paragraphs?|words?|lines?|chapters?)\\b`,
);

/**
 * Whether a "how long" asks what may be a length as well as a span: its
 * only verb is "to be", and no word of time tells it asks a span.
 */
export function asksLengthToo(question: string): boolean {
  const folded = foldText(question);
  const found = ASKS_HOW_LONG_IT_IS.exec(folded);
  return found !== null && !TIME_SAID.test(folded.slice(found.index));
}

/**
 * Whether a text gives a length: a distance ("a 2-mile stretch", "around
 * 200 metres", told by `givesDistance`) or the extent of a text ("a
 * 41-page complaint").
 */
export function givesLength(text: string, givesDistance: (text: string) => boolean): boolean {
  return givesDistance(text) || EXTENT.test(foldText(text));
}
