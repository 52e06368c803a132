import { SPELLED_NUMBERS } from './figures.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';

/**
 * "What was the vote", "what's the final score", "vote split?", "what was
 * the margin", "how did the committee vote": a question after how a count
 * came out, ending on the word for it (not "what was the vote about", nor
 * "how did Brell vote", one member's vote).
 */
const ASKS_FOR_TALLY =
  /(?:^\W*|\bwhat(?:'s|s| was| were| is)?\s+(?:the\s+|its\s+|their\s+)?)(?:final\s+|full\s+|actual\s+|exact\s+)?(?:vote|votes|score|scoreline|tally|margin|split)(?:\s+(?:split|count|tally|breakdown))?\W*$|\bhow did the (?:\w+\s+){1,2}vote\W*$|\bhow did the vote go\b/;

/** A small number, in digits or as reporters spell it out. */
const SMALL = `(?:\\d{1,3}|${SPELLED_NUMBERS.join('|')})`;

/**
 * Words by which a text tells how a count came out: "voted 6-1", "won
 * 22-17", "by two votes to one", "by 412 votes", "won 18,936 votes",
 * "unanimously".
 */
const TELLS_TALLY = new RegExp(
  `\\b\\d{1,3}\\s*[-–]\\s*\\d{1,3}\\b|\\b${SMALL}\\s+(?:votes?\\s+)?to\\s+${SMALL}\\b|\\b\\d[\\d,]*\\s+votes\\b|\\bunanimous(?:ly)?\\b`,
);

/**
 * A question after how a vote or a game came out ("what was the vote") is
 * not answered by a sentence telling how one member voted ("Brell voted to
 * keep the rate"): the count is what is asked. Null when the question asks
 * for no count.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function tallyFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  if (!ASKS_FOR_TALLY.test(foldText(question))) return null;
  return (unit) => {
    const text = textOf(unit);
    return text === null || TELLS_TALLY.test(foldText(text));
  };
}
