import type { Expansion } from './analyzer.ts';
import { EXPANSION } from './tuning.ts';

/**
 * Stand-ins gathered under words while a story is built, each list ranked
 * (strongest first, then by term) and cut to `EXPANSION.maxPerWord` when it
 * is first read. A story's WordNet relations fill some fifteen thousand lists
 * of which its readers ever read a few dozen: ranking them all at build was a
 * fifth of what general English added to start-up. A list reads the same
 * whenever it is ranked, since nothing is added once the build is done, and
 * reading it again gives the same array.
 */
export class StandIns {
  private readonly gathered = new Map<string, Expansion[]>();
  private readonly ranked = new Map<string, readonly Expansion[]>();

  /** Adds a stand-in under a key, keeping the higher credit of a term listed twice. */
  add(key: string, term: string, credit: number): void {
    const list = this.gathered.get(key);
    if (!list) {
      this.gathered.set(key, [{ term, credit }]);
      return;
    }
    const existing = list.find((e) => e.term === term);
    if (!existing) list.push({ term, credit });
    else if (existing.credit < credit) existing.credit = credit;
  }

  /** The ranked stand-ins under `key`; undefined when nothing was gathered there. */
  get(key: string): readonly Expansion[] | undefined {
    let list = this.ranked.get(key);
    if (list === undefined) {
      const gathered = this.gathered.get(key);
      if (gathered === undefined) return undefined;
      list = rankedStandIns(gathered);
      this.ranked.set(key, list);
    }
    return list;
  }

  /** The stand-ins gathered under `key` as added, unranked; undefined when none. */
  gatheredUnder(key: string): Expansion[] | undefined {
    return this.gathered.get(key);
  }

  /** Every key something was gathered under. */
  keys(): IterableIterator<string> {
    return this.gathered.keys();
  }
}

/** Stand-ins strongest first, then by term, cut to `EXPANSION.maxPerWord`; sorts `gathered` in place. */
export function rankedStandIns(gathered: Expansion[]): readonly Expansion[] {
  gathered.sort((a, b) => b.credit - a.credit || (a.term < b.term ? -1 : 1));
  return gathered.slice(0, EXPANSION.maxPerWord);
}
