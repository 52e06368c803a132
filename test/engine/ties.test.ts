import { describe, expect, it } from 'vitest';
import { tiesBroken } from '../../src/engine/ties.ts';

/** Three of one speaker's quotes, tied on her name alone, and a sentence below them. */
const quotes: Record<number, ReadonlySet<string>> = {
  1: new Set(['went', 'up', 'beautiful', 'cheer']),
  2: new Set(['bright', 'flash', 'trail', 'split']),
  3: new Set(['first', 'time', 'want', 'look', 'away']),
};
const wordsOf = (unit: number) => quotes[unit] ?? null;
const ranked = [
  { unit: 1, score: 0.5 },
  { unit: 2, score: 0.5 },
  { unit: 3, score: 0.5 },
  { unit: 4, score: 0.4 },
];

describe("when only a speaker's name matches each of her quotes alike", () => {
  it('ranks first the quote holding more of the words the reader typed', () => {
    const broken = tiesBroken(ranked, () => [['want'], ['look']], wordsOf);
    expect(broken.map((r) => r.unit)).toEqual([3, 1, 2, 4]);
  });

  it('keeps the written order when no quote holds more of them', () => {
    expect(tiesBroken(ranked, () => [['rocket']], wordsOf)).toBe(ranked);
  });

  it('leaves a tie with a unit that is no quote as ranked', () => {
    const mixed = [
      { unit: 1, score: 0.5 },
      { unit: 4, score: 0.5 },
    ];
    expect(
      tiesBroken(
        mixed,
        () => [['4']],
        () => null,
      ),
    ).toBe(mixed);
    expect(tiesBroken(mixed, () => [['cheer']], wordsOf)).toBe(mixed);
  });
});
