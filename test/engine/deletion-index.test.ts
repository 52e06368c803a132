import { describe, expect, it } from 'vitest';
import { DeletionIndex, deletions } from '../../src/engine/deletion-index.ts';

/** The words filed under any one-letter deletion of `slip` or under `slip` itself. */
function near(index: DeletionIndex, slip: string): string[] {
  const found = new Set<string>();
  for (const spelling of [slip, ...deletions(slip, 1)]) {
    for (const word of index.wordsUnder(spelling)) found.add(word);
  }
  return [...found].sort();
}

describe('a deletion index of "weapon" and "coffee"', () => {
  const index = new DeletionIndex();
  index.add('weapon', 1);
  index.add('coffee', 1);

  it('finds "weapon" from a dropped letter ("weapn")', () => {
    expect(near(index, 'weapn')).toEqual(['weapon']);
  });

  it('finds "weapon" from a changed letter ("weapun") and swapped ones ("waepon")', () => {
    expect(near(index, 'weapun')).toEqual(['weapon']);
    expect(near(index, 'waepon')).toEqual(['weapon']);
  });

  it('files "coffee" once under "cofee", though either "f" may drop', () => {
    expect(index.wordsUnder('cofee')).toEqual(['coffee']);
  });

  it('files two words under a spelling both drop to ("eapon" from "weapon" and "reapon")', () => {
    const shared = new DeletionIndex();
    shared.add('weapon', 1);
    shared.add('reapon', 1);
    expect(shared.wordsUnder('eapon')).toEqual(['weapon', 'reapon']);
  });

  it('finds nothing two letters away at depth 1 ("wepn")', () => {
    expect(near(index, 'wepn')).toEqual([]);
  });

  it('finds "weapon" two letters away once filed at depth 2', () => {
    const deep = new DeletionIndex();
    deep.add('weapon', 2);
    expect(deep.wordsUnder('wepn')).toEqual(['weapon']);
  });
});
