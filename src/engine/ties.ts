import type { RankedUnit } from './term-index.ts';

/** What {@link tiesBroken} reads of the question and of the tied units, only when there is a tie. */
export interface TieReaders {
  /** The reader's words, filler aside, each as its terms (reader synonyms read). */
  typed: () => readonly (readonly string[])[];
  /** The terms of a quote's own words; null for a unit that is no quote. */
  quoteWordsOf: (unit: number) => ReadonlySet<string> | null;
  /** The reader's words, general filler and question words aside, as typed. */
  typedWords: () => readonly string[];
  /** The questions an editor wrote for a curated pair; null for any other unit. */
  phrasingsOf: (unit: number) => readonly string[] | null;
  /** Whether a text uses a word as typed (its stem, not a word standing in for it). */
  mentionOf: (word: string) => (text: string) => boolean;
}

/**
 * Breaks an exact tie at the top of a ranking by which unit holds more of the
 * words the reader typed, everyday ones too (not the filler words every
 * sentence holds). Between quotes, by their own words: "what did Tarrant
 * say she felt" matches only the name in each of Tarrant's quotes, alike,
 * and the one saying "felt" is the one asked for, not the one written first.
 * Between the editors' pairs, by the one of their questions holding most of
 * the reader's words as typed: a reader synonym can read two wordings as one
 * ("job title" and "role"), and "what is the coach's job title" is then asked
 * as the pair one of whose questions says so, not as the pair written first.
 * Units holding as many keep their order. Any other tie is left as ranked:
 * units of other kinds tie because they say the same. Only the tied group is
 * read, so an untied ranking costs one comparison.
 */
export function tiesBroken(ranked: readonly RankedUnit[], read: TieReaders): readonly RankedUnit[] {
  const top = ranked[0];
  if (top === undefined || ranked[1]?.score !== top.score) return ranked;
  let tied = 1;
  while (ranked[tied]?.score === top.score) tied++;
  const group = ranked.slice(0, tied);
  const held = heldByQuotes(group, read) ?? heldByPhrasings(group, read);
  if (held === null || held.every((count) => count === held[0])) return ranked;
  const order = group.map((r, at) => ({ r, at, held: held[at] ?? 0 }));
  order.sort((a, b) => b.held - a.held || a.at - b.at);
  return [...order.map((g) => g.r), ...ranked.slice(tied)];
}

/** How many of the reader's words each tied quote holds; null unless all are quotes. */
function heldByQuotes(group: readonly RankedUnit[], read: TieReaders): number[] | null {
  const quotes = group.map((r) => read.quoteWordsOf(r.unit));
  if (quotes.some((own) => own === null)) return null;
  const asked = read.typed();
  return quotes.map((own) => {
    let count = 0;
    for (const word of asked) if (word.some((term) => own?.has(term))) count++;
    return count;
  });
}

/**
 * How many of the reader's words, as typed, the best of each tied pair's
 * questions holds; null unless all are the editors' pairs.
 */
function heldByPhrasings(group: readonly RankedUnit[], read: TieReaders): number[] | null {
  const phrasings = group.map((r) => read.phrasingsOf(r.unit));
  if (phrasings.some((own) => own === null)) return null;
  const mentions = read.typedWords().map(read.mentionOf);
  return phrasings.map((own) => {
    let best = 0;
    for (const phrasing of own ?? []) {
      let count = 0;
      for (const holds of mentions) if (holds(phrasing)) count++;
      if (count > best) best = count;
    }
    return best;
  });
}
