import { BoundedMemo } from './bounded-memo.ts';
import { figuresOfThings } from './figures-of-things.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/**
 * "What's the share price now", "how much does a bus fare cost right now",
 * "current price of a ticket": a question after what something stands at
 * today, told by a word of the present moment and a word of price or value.
 */
const ASKS_THE_PRESENT = /\b(?:now|currently|current|at the moment|at present|these days)\b/;
const ASKS_A_VALUE = /\b(?:how much|price|prices|priced|cost|costs|fare|fares|value|worth)\b/;

/**
 * Words by which a text tells what someone would have something cost,
 * not what it costs: "her main pledge is a £1.50 cap on fares", "proposed
 * a fare freeze", "promised cheaper tickets".
 */
const TELLS_A_PLEDGE =
  /\b(?:pledge|pledges|pledged|pledging|promise|promises|promised|promising|proposal|proposals|propose|proposes|proposed|proposing|vow|vows|vowed|manifesto|campaigned|campaigning)\b/;

/**
 * A question after what something costs or is worth now ("what's the
 * share price now") is not answered by a sentence that tells only how its
 * value moved ("its shares fell 3.1 per cent on Monday"), nor by one telling
 * what someone pledged it would cost ("her main pledge is a £1.50 cap on
 * single bus fares"): neither says where it stands today. A move that says
 * where it took the value ("fell 3% to 245p") answers. Null for any other
 * question.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function presentValueFit(
  question: string,
  textOf: (unit: number) => string | null,
): UnitFit {
  const folded = foldText(question);
  if (!ASKS_THE_PRESENT.test(folded) || !ASKS_A_VALUE.test(folded)) return null;
  return textFit(textOf, (text) => !tellsNoPresentValue.get(text));
}

/**
 * Whether a unit's folded text tells only a move (read by
 * {@link figuresOfThings}, as a question after a level reads it) or a
 * pledge, read once per text. The story's texts are few; a loose cap
 * bounds a large one.
 */
const tellsNoPresentValue = new BoundedMemo(
  8192,
  (text: string) => TELLS_A_PLEDGE.test(text) || figuresOfThings(text).movedNotReached,
);
