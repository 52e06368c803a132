/**
 * Stems and inflections: Porter's stem, cached, with adverbs folded into
 * their adjectives, and whether two words are one word inflected.
 */
import { stemmer } from 'stemmer';
import { BoundedMemo } from './bounded-memo.ts';

/** Enough for a large story's vocabulary; questions cannot grow it without bound. */
const STEM_CACHE_LIMIT = 200_000;

/**
 * Porter leaves "-ly" adverbs apart from their adjectives ("publicly" →
 * "publicli", "public" → "public"); long enough words lose the "-ly" first.
 * Shorter ones are too often not adverbs at all ("family", "reply").
 */
const ADVERB = /^(.{5,})ly$/;

/**
 * Porter stem, adverbs folded into their adjectives. Words general English
 * lists as exceptions are handled by {@link Analyzer.stem}.
 */
export function stem(word: string): string {
  return stems.get(word);
}

const stems = new BoundedMemo(STEM_CACHE_LIMIT, (word: string) =>
  stemmer(word.replace(ADVERB, '$1')),
);

/**
 * Whether two words are one word inflected ("kicked", "kicks"; "tell",
 * "telling"), as opposed to two words Porter gives one stem ("general",
 * "generator"; "reports", "reporter"). A doubled consonant or a dropped "e"
 * is let through ("stopped", "stop"; "based", "base").
 */
export function sameWordInflected(a: string, b: string): boolean {
  if (a === b) return true;
  const baseA = withoutInflection(a);
  const baseB = withoutInflection(b);
  const [shorter, longer] = baseA.length <= baseB.length ? [baseA, baseB] : [baseB, baseA];
  return longer.startsWith(shorter) && longer.length - shorter.length <= 1;
}

const INFLECTIONS: readonly [suffix: string, replacement: string][] = [
  ['ings', ''],
  ['ing', ''],
  ['ied', 'y'],
  ['ies', 'y'],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
  ['d', ''],
];

function withoutInflection(word: string): string {
  for (const [suffix, replacement] of INFLECTIONS) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, -suffix.length) + replacement;
    }
  }
  return word;
}
