/** Offsets-preserving text scanning: sentences and word tokens of a passage (quote marks: `engine/quote-marks.ts`). */

import { findQuoteMarks, type Span } from '../engine/quote-marks.ts';
import { SHORT_PLACE_PREFIXES, TITLE_ABBREVIATIONS } from './words.ts';

/** Words written with a point that ends no sentence: the titles, and short forms of places, months and Latin. */
const ABBREVIATIONS = new Set([
  ...[...TITLE_ABBREVIATIONS, ...SHORT_PLACE_PREFIXES].map((short) => short.toLowerCase()),
  ...'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc u.s u.k u.n e.g i.e jr sr'.split(
    ' ',
  ),
]);

/**
 * Sentences of a passage, never cut inside a quotation (a quoted remark of
 * several sentences stays with its "she said"), nor after "Mr." or "Dec.".
 */
export function sentenceSpans(text: string): Span[] {
  const quoted = findQuoteMarks(text).quotes.map((q) => q.outer);
  const insideQuote = (at: number) => quoted.some((q) => at > q.start && at < q.end - 1);
  const spans: Span[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’)]*(?=\s+["“(]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (insideQuote(end - 1)) continue;
    const wordBefore = /([\p{L}.]+)\.$/u.exec(text.slice(start, match.index + 1))?.[1] ?? '';
    if (ABBREVIATIONS.has(wordBefore.toLowerCase()) || /^\p{Lu}$/u.test(wordBefore)) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed !== '')
    spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
}

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
