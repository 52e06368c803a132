/**
 * Offsets-preserving word tokens of a passage, and folded names and titles.
 * Sentences and quote marks come from the engine's one splitter
 * (`sentences.ts`, `quote-marks.ts`).
 */

import type { Span } from '../engine/quote-marks.ts';

/** A word of a passage; `text` has any possessive "’s" dropped, `end` points past the word itself. */
export interface Token extends Span {
  /** True when the word had a possessive "’s", which ends a name. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.-](?=[\p{L}\p{N}]))*/gu;

/** Words of a passage with their offsets. "Caliber.Az", "al-Assad" and "Russian-Syrian" are one word each. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => {
    const possessive = /['’]s$/u.test(match[0]);
    const word = possessive ? match[0].slice(0, -2) : match[0];
    return {
      start: match.index,
      end: match.index + word.length,
      text: word,
      possessive,
    };
  });
}

/** Case- and accent-insensitive form of a name, for comparing names and aliases. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A headline or outlet reduced to what makes it the same one: case, quote
 * style, dashes, spacing and closing punctuation do not count.
 */
export function foldTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;!?,]+$/, '')
    .trim()
    .toLowerCase();
}
