/**
 * "What does RTWU stand for?" asks for the words a short form's letters
 * begin: "Regional Transport Workers' Union". A sentence that only uses the
 * short form ("the RTWU's regional organiser") holds every word of the
 * question and answers nothing of it.
 */
import type { RankedUnit, UnitFit } from './term-index.ts';

/** "What does RTWU stand for", "what's the RTWU short for", "what is RTWU short for". */
const STANDS_FOR =
  /\bwhat(?:\s+(?:does|do|did|is)|['’]?s)\s+(?:the\s+)?([a-z]{2,8})\s+(?:stands?|short)\s+for\b/i;

/**
 * Whether the word at `at` of a question's folded words is the "stand" or
 * "short" of "what does X stand for": it only asks again what the letters
 * are for, as "name" asks a name (`name-asked.ts`), and no answer need hold it.
 */
export function isStandsForAsked(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (word !== 'stand' && word !== 'stands' && word !== 'short') return false;
  return words[at + 1] === 'for' && STANDS_FOR.test(words.join(' '));
}

/** Lowercase words a name's initials may pass over: "Department of Health and Human Services". */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'for',
  'the',
  'on',
  'in',
  '&',
]);

/** A word as written, an ampersand included. */
const WORD = /[\p{L}][\p{L}'’-]*|&/gu;

/**
 * The condition a "what does X stand for" sets: an answer spelling out X's
 * letters as the first letters of a run of capitalised words. Null when the
 * question asks no such thing, or when no ranked answer spells it out (then
 * the article may give it in other words, "Foreign Ministry" for "MFA", and
 * nothing is held against any answer).
 *
 * @param textOf what a unit answers with, as written; null for one trusted to meet its questions
 */
export function spelledOutFit(
  question: string,
  textOf: (unit: number) => string | null,
  ranked: readonly RankedUnit[],
): UnitFit {
  const letters = STANDS_FOR.exec(question)?.[1]?.toUpperCase();
  if (letters === undefined) return null;
  const fits = (unit: number) => {
    const text = textOf(unit);
    return text === null || spellsOut(text, letters);
  };
  return ranked.some((r) => textOf(r.unit) !== null && fits(r.unit)) ? fits : null;
}

/**
 * Whether a text holds a run of capitalised words whose first letters are
 * `letters`, lowercase connectors passed over or counted ("HHS" and "DHHS"
 * of "Department of Health and Human Services").
 */
export function spellsOut(text: string, letters: string): boolean {
  const words = text.match(WORD) ?? [];
  for (let start = 0; start < words.length; start++) {
    if (!isCapitalised(words[start])) continue;
    let skipping = '';
    let counting = '';
    for (let at = start; at < words.length; at++) {
      const word = words[at] ?? '';
      const initial = word.charAt(0).toUpperCase();
      if (isCapitalised(word)) {
        skipping += initial;
        counting += initial;
      } else if (CONNECTORS.has(word)) {
        counting += initial;
      } else {
        break;
      }
      if (skipping === letters || counting === letters) return true;
      if (skipping.length > letters.length) break;
    }
  }
  return false;
}

/** Whether a word opens with a capital letter. */
export function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}
