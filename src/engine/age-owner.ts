/**
 * "How old is the club", "how old is Chloe's sister": an age asked is the
 * age of the one the question names. News English ties an age to whom it
 * belongs right beside it, "Chloe Ashdown, 22, a trainee nurse" or "the
 * 29-year-old defender said"; a sentence whose every age is tied so to
 * someone else ("…you love the club," the 29-year-old defender said) does
 * not tell the age asked, however many of the question's words it holds.
 */
import { STOPWORDS } from './stopwords.ts';
import type { UnitFit } from './term-index.ts';
import { textFit } from './text-fit.ts';

/** "How old is the club", "how old was the conductor who walked out": the one asked about, after the verb. */
const HOW_OLD = /\bhow old (?:is|was|are|were|s)\s+(.+)$/u;

/** Where the one asked about ends: a clause saying more of them ("the woman who watched"). */
const CLAUSE_AFTER = /\s(?:who|that|which|when|where|whose|in|at|from|on)\s.*$/u;

/** Words that point to someone without naming them: no word to find beside an age. */
const POINTING = new Set([
  'he',
  'she',
  'they',
  'it',
  'him',
  'her',
  'them',
  'this',
  'that',
  'these',
]);

/** Words asked beside the one asked about that are not them: "exactly", "now", "lol". */
const NOT_THE_ONE = new Set(['exactly', 'now', 'actually', 'really', 'anyway', 'lol', 'then']);

/** A word or a mark of punctuation, lowercased. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;

/** "29-year-old", "six-year-old", "34-year-olds". */
const YEAR_OLD = /-years?-olds?$/u;

/** How many words either side of an age may name whom it belongs to. */
const WORDS_BEFORE = 4;
const WORDS_AFTER = 6;

/** Marks that do not end the words an age is told beside: an apposition's comma or dash. */
const JOINING_MARKS = new Set([',', '—', '–', '-']);

/**
 * The words naming the one whose age a question asks ("club" of "how old
 * is the club exactly", "sister" of "how old is chloe's sister": the one
 * owned, not the owner), or null when it asks no age, or only of someone it
 * points to ("how old is he").
 */
export function ageAskedOf(question: string): readonly string[] | null {
  const lower = question.toLowerCase().replace(/[’‘]/gu, "'");
  const after = HOW_OLD.exec(lower)?.[1];
  if (after === undefined) return null;
  const phrase = after.replace(CLAUSE_AFTER, '');
  // "chloe's sister": the owner is whose; the one asked about follows.
  const owned = phrase.split(/'s?\s+/u).at(-1) ?? phrase;
  const named = (owned.match(TOKEN) ?? []).filter(
    (word) => /^\p{L}/u.test(word) && !STOPWORDS.has(word) && !NOT_THE_ONE.has(word),
  );
  if (named.length === 0 || named.every((word) => POINTING.has(word))) return null;
  return named;
}

/**
 * Whether a text gives an age only beside others than the one asked about:
 * it tells at least one age ("a 29-year-old", "Haynes, 71,") and none has
 * a word naming them within a few words either side, past an apposition's
 * comma or dash but not past a quotation's mark or a sentence's end.
 *
 * @param named the words naming the one asked about ({@link ageAskedOf})
 */
export function tellsOnlyOthersAges(text: string, named: readonly string[]): boolean {
  const tokens = text.toLowerCase().replace(/[’‘]/gu, "'").match(TOKEN) ?? [];
  const isNamed = (word: string) =>
    named.some((one) => word === one || word === `${one}'s` || word === `${one}s`);
  let ages = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] ?? '';
    const yearOld = YEAR_OLD.test(token);
    // "Haynes, 71, who…": a number of at most three digits set off by commas.
    const setOff =
      /^\d{1,3}$/u.test(token) &&
      tokens[at - 1] === ',' &&
      [',', ')'].includes(tokens[at + 1] ?? '');
    if (!yearOld && !setOff) continue;
    ages++;
    const before = wordsBeside(tokens, setOff ? at - 2 : at - 1, -1, WORDS_BEFORE);
    const afterAge = wordsBeside(tokens, setOff ? at + 2 : at + 1, 1, WORDS_AFTER);
    if ([...before, ...afterAge].some(isNamed)) return false;
  }
  return ages > 0;
}

/** Up to `most` words from `from` on, one way, passing commas and dashes, stopping at any other mark. */
function wordsBeside(
  tokens: readonly string[],
  from: number,
  step: 1 | -1,
  most: number,
): readonly string[] {
  const found: string[] = [];
  for (let at = from; at >= 0 && at < tokens.length && found.length < most; at += step) {
    const token = tokens[at] ?? '';
    if (/^[\p{L}\p{N}]/u.test(token)) found.push(token);
    else if (!JOINING_MARKS.has(token)) break;
  }
  return found;
}

/**
 * "How old is the club" is not answered by a sentence whose every age is
 * someone else's (see {@link tellsOnlyOthersAges}). Null when the question
 * asks no one's age by name.
 *
 * @param textOf what a unit answers with, as written; null for one trusted to meet its questions
 */
export function ageOwnerFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  const named = ageAskedOf(question);
  if (named === null) return null;
  return textFit(textOf, (text) => !tellsOnlyOthersAges(text, named));
}
