import type { GeneralLanguage } from '../knowledge/general-schema.ts';
import type { Expansion } from './analyzer.ts';
import { EXPANSION } from './tuning.ts';

/**
 * General English restricted to one story: for each term a reader may use
 * that the story does not, the story's terms WordNet relates it to. Built
 * once per story, so a question only looks its words up.
 */
export class Expansions {
  private readonly byTerm = new Map<string, Expansion[]>();

  /**
   * @param related WordNet relations of the story's words and the reader phrases' plain words
   * @param knowsTerm whether the story uses a term
   * @param termOf the analyzer's term for a word (stemmed), null for filler
   */
  constructor(
    related: GeneralLanguage['related'],
    knowsTerm: (term: string) => boolean,
    termOf: (word: string) => string | null,
  ) {
    const link = (a: string, b: string, credit: number) => {
      const from = termOf(a);
      const to = termOf(b);
      if (from === null || to === null || from === to) return;
      // Only a word the story does not use needs a stand-in, and only one it uses can be one.
      if (knowsTerm(to) && !knowsTerm(from)) this.add(from, to, credit);
      if (knowsTerm(from) && !knowsTerm(to)) this.add(to, from, credit);
    };
    for (const [word, relations] of related) {
      for (const other of relations.synonyms) link(word, other, EXPANSION.synonym);
      for (const other of relations.derived) link(word, other, EXPANSION.derived);
      for (const other of relations.hypernyms) link(word, other, EXPANSION.broaderOrNarrower);
      for (const other of relations.hyponyms) link(word, other, EXPANSION.broaderOrNarrower);
    }
    for (const [term, list] of this.byTerm) {
      list.sort((a, b) => b.credit - a.credit || (a.term < b.term ? -1 : 1));
      this.byTerm.set(term, list.slice(0, EXPANSION.maxPerWord));
    }
  }

  /** The story's terms standing in for a term it does not use; empty when none. */
  of(term: string): readonly Expansion[] {
    return this.byTerm.get(term) ?? NONE;
  }

  /** How many reader terms have stand-ins, for tests and diagnostics. */
  get size(): number {
    return this.byTerm.size;
  }

  private add(from: string, to: string, credit: number): void {
    const list = this.byTerm.get(from);
    if (!list) {
      this.byTerm.set(from, [{ term: to, credit }]);
      return;
    }
    const existing = list.find((e) => e.term === to);
    if (!existing) list.push({ term: to, credit });
    else if (existing.credit < credit) existing.credit = credit;
  }
}

const NONE: readonly Expansion[] = Object.freeze([]);
