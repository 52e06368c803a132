import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/engine/bounded-memo.ts';

/** A memo of a word's length that counts how often it had to measure. */
function countingMemo(limit: number) {
  const computed: string[] = [];
  const memo = new BoundedMemo(limit, (word: string) => {
    computed.push(word);
    return word.length;
  });
  return { memo, computed };
}

describe('a bounded memo', () => {
  it('computes a key once and answers it again from memory', () => {
    const { memo, computed } = countingMemo(10);
    expect(memo.get('troops')).toBe(6);
    expect(memo.get('troops')).toBe(6);
    expect(computed).toEqual(['troops']);
  });

  it('keeps null and false as answers, not as misses', () => {
    let calls = 0;
    const corrections = new BoundedMemo(10, (word: string) => {
      calls++;
      return word === 'zakarova' ? 'zakharova' : null;
    });
    const looksEnglish = new BoundedMemo(10, (word: string) => {
      calls++;
      return word !== 'qzxv';
    });
    expect(corrections.get('deadline')).toBeNull();
    expect(corrections.get('deadline')).toBeNull();
    expect(looksEnglish.get('qzxv')).toBe(false);
    expect(looksEnglish.get('qzxv')).toBe(false);
    expect(calls).toBe(2);
  });

  describe('when a new key comes while it is full', () => {
    it('starts afresh with that key alone, so it never holds more than its limit', () => {
      const { memo } = countingMemo(3);
      for (const word of ['a', 'bb', 'ccc']) memo.get(word);
      expect(memo.size).toBe(3);
      memo.get('dddd');
      expect(memo.size).toBe(1);
    });

    it('computes the forgotten keys again, with the same answers', () => {
      const { memo, computed } = countingMemo(2);
      memo.get('base');
      memo.get('port');
      memo.get('lease');
      expect(memo.get('base')).toBe(4);
      expect(computed).toEqual(['base', 'port', 'lease', 'base']);
    });
  });

  it('hands back the same value object each time, so a caller may fill it in', () => {
    const fits = new BoundedMemo(4, () => new Uint8Array(3));
    const first = fits.get('date');
    first[1] = 1;
    expect(fits.get('date')).toBe(first);
    expect(fits.get('date')[1]).toBe(1);
    expect(fits.get('place')).not.toBe(first);
  });
});
