import { foldText } from './text.ts';

/** The kind of fact a question asks for, when its wording says so. */
export type AnswerNeed =
  | 'translation'
  | 'date'
  | 'exact-date'
  | 'duration'
  | 'quantity'
  | 'reason'
  | 'full-name';

// "When" asks for a date at the start or before a verb ("when did…"), not as a
// conjunction ("did Russia help when rebels advanced").
const ASKS_FOR_DATE =
  /^\W*when\b|\bwhen (?:did|was|were|is|are|does|do|will|had|has|have|could|would|exactly)\b|\bwhat (?:exact |precise |specific )?(?:day|date|year|month|time)\b|\bwhich (?:exact |precise |specific )?(?:day|date|year|month)\b|\bsince when\b/;
const ASKS_FOR_DURATION = /\bhow long\b/;
// "When exactly…" or "on what date…" is not answered by "recently" or "late January".
const ASKS_FOR_EXACT_DATE =
  /\b(?:exact|exactly|precise|precisely|specific|specifically)\b|\b(?:what|which) (?:day|date)\b|\bon what date\b/;
// "How long has Russia been in Syria" is answered by "since 2015"; "recently" spans nothing.
const HAS_DURATION =
  /\b(?:1[89]|20)\d\d\b|\b\d+\s*(?:years?|months?|weeks?|days?)\b|\b(?:decades?|since)\b/;
const ASKS_FOR_QUANTITY =
  /\bhow (?:many|much|big|large|often)\b|\bwhat (?:number|percentage|amount|size)\b|\b(?:cost|price|costs|paid|pay)\b/;

// The story holds no translations: "how do you say thank you in russian" is not about it.
const ASKS_FOR_TRANSLATION =
  /\bhow (?:do|would|can|to) (?:you |i |we )?(?:say|spell|pronounce|write)\b|\btranslat|\bwhat(?: is|s) [\p{L} ]+ in (?:russian|arabic)\b/u;

const ASKS_FOR_FULL_NAME = /\b(?:first|full|last|given|family) name\b|\bsurname\b/;
// Two capitalised words in a row, "al-" allowed between: "Maria Zakharova", "Bashar al-Assad".
const HAS_FULL_NAME = /\p{Lu}\p{Ll}+[ -](?:al-)?\p{Lu}\p{Ll}+/u;

const ASKS_FOR_REASON = /\bwhy\b|\bwhat (?:for|caused|led to)\b|\bfor what reason\b|\bpurpose\b/;
const HAS_REASON =
  /\b(?:because|due to|in order to|so as to|aimed at|forced|providing|to maintain|to discuss|led to|caused|result|desire|interest in|committed)\b/;

const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const HAS_EXACT_DATE = new RegExp(
  `\\b${MONTH} \\d{1,2}\\b|\\b\\d{1,2} ${MONTH}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
);
const HAS_DATE = new RegExp(
  `\\b(?:1[89]|20)\\d\\d\\b|\\b${MONTH}\\b|\\b(?:recently|ago|since|yesterday|today|week|month|year)\\b`,
);
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|several';
// A year is a date, not a quantity: "how many troops" is not answered by "2015".
const HAS_QUANTITY = new RegExp(`\\b(?!(?:1[89]|20)\\d\\d\\b)\\d|\\b(?:${NUMBER_WORDS})\\b`);

/** What a question asks for: a date ("when…"), a quantity ("how many…"), a reason ("why…"), a full name, or anything. */
export function answerNeed(question: string): AnswerNeed | null {
  const folded = foldText(question);
  if (ASKS_FOR_TRANSLATION.test(folded)) return 'translation';
  if (ASKS_FOR_FULL_NAME.test(folded)) return 'full-name';
  if (ASKS_FOR_QUANTITY.test(folded)) return 'quantity';
  if (ASKS_FOR_DURATION.test(folded)) return 'duration';
  if (ASKS_FOR_DATE.test(folded)) return ASKS_FOR_EXACT_DATE.test(folded) ? 'exact-date' : 'date';
  if (ASKS_FOR_REASON.test(folded)) return 'reason';
  return null;
}

/**
 * What a "how many" question counts: "how many russian troops are…" →
 * "troops"; null otherwise. Readers drop the verb ("how many bases russia
 * operate"), so the first plural word is taken, else the phrase's last word.
 */
export function countedThing(question: string): string | null {
  const phrase = /\bhow many ((?:\p{L}+ ?)+)/u.exec(foldText(question))?.[1] ?? '';
  const counted: string[] = [];
  for (const word of phrase.split(' ')) {
    // "How many of the bases…" counts bases.
    if (counted.length === 0 && (word === 'of' || word === 'the')) continue;
    if (word === '' || ENDS_COUNTED_PHRASE.has(word) || counted.length === MAX_COUNTED_WORDS) break;
    counted.push(word);
  }
  return counted.find((word) => PLURAL.test(word)) ?? counted.at(-1) ?? null;
}

/** "russian military personnel" at most: the counted thing is named within a few words. */
const MAX_COUNTED_WORDS = 3;
/** A regular plural ("bases", "troops"), not "press" or "status". */
const PLURAL = /[^su]s$/;

/** Words that end the counted noun phrase of "how many X are…". */
const ENDS_COUNTED_PHRASE: ReadonlySet<string> = new Set(
  'are is was were does do did have has had will would can could in of at on there does from by to that which still currently'.split(
    ' ',
  ),
);

/**
 * What each number in a text counts: the few words after it ("two bases in
 * Syria"). "How many troops" is answered by a number of troops, not by any
 * number in a text that mentions troops somewhere.
 */
export function countedPhrases(text: string): string[] {
  const folded = foldText(text).split(/[^\p{L}\p{N}]+/u);
  const phrases: string[] = [];
  folded.forEach((word, at) => {
    if (IS_QUANTITY_WORD.test(word))
      phrases.push(folded.slice(at + 1, at + 1 + COUNTED_WINDOW).join(' '));
  });
  return phrases;
}

/** How many words after a number may name what it counts ("two military bases", "its only naval base"). */
const COUNTED_WINDOW = 3;
const IS_QUANTITY_WORD = new RegExp(
  `^(?!(?:1[89]|20)\\d\\d$)\\d+$|^(?:${NUMBER_WORDS}|dozens|hundreds|thousands|millions|only|sole|single|both|all|every)$`,
);

/** Whether a text can answer that need at all: a "when" needs a date, a "how many" a number, a "why" a cause. */
export function canAnswer(need: AnswerNeed, text: string): boolean {
  // A name is told by its capitals, which folding would lose.
  if (need === 'translation') return false;
  if (need === 'full-name') return HAS_FULL_NAME.test(text);
  const folded = foldText(text);
  const pattern = {
    date: HAS_DATE,
    'exact-date': HAS_EXACT_DATE,
    duration: HAS_DURATION,
    quantity: HAS_QUANTITY,
    reason: HAS_REASON,
  }[need];
  return pattern.test(folded);
}
