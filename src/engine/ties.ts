import type { RankedUnit } from './term-index.ts';

/**
 * Breaks an exact tie at the top of a ranking between quotes by which holds
 * more of the words the reader typed, everyday ones too (not the filler
 * words every sentence holds): "what did Tarrant
 * say she felt" matches only the name in each of Tarrant's quotes, alike,
 * and the one saying "felt" is the one asked for, not the one written first.
 * Quotes holding as many keep their order. Any other tie is left as ranked:
 * units of other kinds tie because they say the same. Only the tied group is
 * read, so an untied ranking costs one comparison.
 *
 * @param typed the reader's words, filler aside, each as its terms: read only for a tie
 * @param wordsOf the terms of a quote's own words; null for a unit that is no quote
 */
export function tiesBroken(
  ranked: readonly RankedUnit[],
  typed: () => readonly (readonly string[])[],
  wordsOf: (unit: number) => ReadonlySet<string> | null,
): readonly RankedUnit[] {
  const top = ranked[0];
  if (top === undefined || ranked[1]?.score !== top.score) return ranked;
  let tied = 1;
  while (ranked[tied]?.score === top.score) tied++;
  const quotes = ranked.slice(0, tied).map((r) => wordsOf(r.unit));
  if (quotes.some((own) => own === null)) return ranked;
  const asked = typed();
  const held = (at: number) => {
    const own = quotes[at] ?? new Set<string>();
    let count = 0;
    for (const word of asked) if (word.some((term) => own.has(term))) count++;
    return count;
  };
  const group = ranked.slice(0, tied).map((r, at) => ({ r, at, held: held(at) }));
  if (group.every((g) => g.held === group[0]?.held)) return ranked;
  group.sort((a, b) => b.held - a.held || a.at - b.at);
  return [...group.map((g) => g.r), ...ranked.slice(tied)];
}
