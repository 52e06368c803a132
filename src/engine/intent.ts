import { foldText } from './text.ts';

/** The kind of fact a question asks for, when its wording says so. */
export type AnswerNeed = 'date' | 'duration' | 'quantity' | 'reason';

// "When" asks for a date at the start or before a verb ("when did…"), not as a
// conjunction ("did Russia help when rebels advanced").
const ASKS_FOR_DATE =
  /^\W*when\b|\bwhen (?:did|was|were|is|are|does|do|will|had|has|have|could|would|exactly)\b|\bwhat (?:day|date|year|month|time)\b|\bwhich (?:day|date|year|month)\b|\bsince when\b/;
const ASKS_FOR_DURATION = /\bhow long\b/;
// "How long has Russia been in Syria" is answered by "since 2015"; "recently" spans nothing.
const HAS_DURATION =
  /\b(?:1[89]|20)\d\d\b|\b\d+\s*(?:years?|months?|weeks?|days?)\b|\b(?:decades?|since)\b/;
const ASKS_FOR_QUANTITY =
  /\bhow (?:many|much|big|large|often)\b|\bwhat (?:number|percentage|amount|size)\b|\b(?:cost|price|costs|paid|pay)\b/;

const ASKS_FOR_REASON = /\bwhy\b|\bwhat (?:for|caused|led to)\b|\bfor what reason\b|\bpurpose\b/;
const HAS_REASON =
  /\b(?:because|due to|in order to|so as to|aimed at|forced|providing|to maintain|to discuss|led to|caused|result|desire|interest in|committed|despite)\b/;

const HAS_DATE =
  /\b(?:1[89]|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:recently|ago|since|yesterday|today|week|month|year)\b/;
// A year is a date, not a quantity: "how many troops" is not answered by "2015".
const HAS_QUANTITY =
  /\b(?!(?:1[89]|20)\d\d\b)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|several)\b/;

/** What a question asks for: a date ("when…"), a quantity ("how many…"), a reason ("why…"), or anything. */
export function answerNeed(question: string): AnswerNeed | null {
  const folded = foldText(question);
  if (ASKS_FOR_QUANTITY.test(folded)) return 'quantity';
  if (ASKS_FOR_DURATION.test(folded)) return 'duration';
  if (ASKS_FOR_DATE.test(folded)) return 'date';
  if (ASKS_FOR_REASON.test(folded)) return 'reason';
  return null;
}

/** What a "how many" question counts: "how many troops…" → "troops"; null otherwise. */
export function countedThing(question: string): string | null {
  return /\bhow many (\p{L}+)/u.exec(foldText(question))?.[1] ?? null;
}

/** Whether a text can answer that need at all: a "when" needs a date, a "how many" a number, a "why" a cause. */
export function canAnswer(need: AnswerNeed, text: string): boolean {
  const folded = foldText(text);
  const pattern = {
    date: HAS_DATE,
    duration: HAS_DURATION,
    quantity: HAS_QUANTITY,
    reason: HAS_REASON,
  }[need];
  return pattern.test(folded);
}
