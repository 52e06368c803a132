import { describe, expect, it } from 'vitest';
import { COMMON_ENGLISH_WORDS } from '../../src/engine/common-words.ts';
import { WordTrie } from '../../src/engine/word-trie.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** The plain definition: build every one-edit spelling and look each one up. */
function oneEditByBuildingEverySpelling(words: ReadonlySet<string>, word: string): boolean {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0 && words.has(head + tail.slice(1))) return true;
    if (tail.length > 1 && words.has(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of ALPHABET) {
      if (tail.length > 0 && words.has(head + letter + tail.slice(1))) return true;
      if (words.has(head + letter + tail)) return true;
    }
  }
  return false;
}

/** A small deterministic generator, so a failure can be replayed. */
function* typosOf(words: readonly string[], count: number): Generator<string> {
  let state = 12345;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const letters = `${ALPHABET}é'-`;
  const edit = (word: string) => {
    const at = next(word.length + 1);
    const letter = letters[next(letters.length)] ?? 'a';
    const edits = [
      word.slice(0, at) + word.slice(at + 1),
      word.slice(0, at) + letter + word.slice(at),
      word.slice(0, at) + letter + word.slice(at + 1),
      word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2),
    ];
    return edits[next(edits.length)] ?? word;
  };
  for (let k = 0; k < count; k++) {
    const once = edit(words[next(words.length)] ?? '');
    // Some edited two or three times: mostly no longer one edit from any word.
    const times = next(3);
    let typo = once;
    for (let t = 0; t < times; t++) typo = edit(edit(typo));
    yield typo;
  }
}

/** The plain definition of the words one edit away, the edit at `from` or later. */
function wordsOneEditByBuildingEverySpelling(
  words: ReadonlySet<string>,
  word: string,
  from: number,
): string[] {
  const found = new Set<string>();
  const take = (spelling: string) => {
    if (spelling !== word && words.has(spelling)) found.add(spelling);
  };
  for (let i = from; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) take(head + tail.slice(1));
    if (tail.length > 1) take(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of ALPHABET) {
      if (tail.length > 0) take(head + letter + tail.slice(1));
      take(head + letter + tail);
    }
  }
  return [...found].sort();
}

describe('a trie of the common English words', () => {
  const trie = new WordTrie(COMMON_ENGLISH_WORDS, ALPHABET);

  it('holds every word it was given, and no other', () => {
    for (const word of COMMON_ENGLISH_WORDS) expect(trie.has(word)).toBe(true);
    expect(trie.has('zakharova')).toBe(false);
    expect(trie.has('')).toBe(false);
  });

  describe('when asked whether a word is one slip from a common word', () => {
    it('finds swapped, dropped, changed and added letters', () => {
      expect(trie.isOneEditFrom('speical')).toBe(true);
      expect(trie.isOneEditFrom('exmaple')).toBe(true);
      expect(trie.isOneEditFrom('negotiatons')).toBe(true);
      expect(trie.isOneEditFrom('negotiationss')).toBe(true);
      expect(trie.isOneEditFrom('negotiatiins')).toBe(true);
    });

    it('does not bend names into words', () => {
      expect(trie.isOneEditFrom('ukraine')).toBe(false);
      expect(trie.isOneEditFrom('zakharova')).toBe(false);
    });

    it('agrees with building every one-edit spelling, on 20,000 typos', () => {
      const words = [...COMMON_ENGLISH_WORDS];
      const disagreements: string[] = [];
      let slips = 0;
      for (const typo of typosOf(words, 20_000)) {
        const expected = oneEditByBuildingEverySpelling(COMMON_ENGLISH_WORDS, typo);
        if (expected) slips += 1;
        if (trie.isOneEditFrom(typo) !== expected) disagreements.push(typo);
      }
      expect(disagreements).toEqual([]);
      // Both answers occur often enough for the comparison to mean something.
      expect(slips).toBeGreaterThan(5_000);
      expect(20_000 - slips).toBeGreaterThan(3_000);
    });
  });

  describe('when asked which common words a word is one slip from', () => {
    it('lists them, keeping the letters before where the slip may be', () => {
      expect(trie.wordsOneEditFrom('hotles', 1)).toEqual(['holes', 'hotels']);
      expect(trie.wordsOneEditFrom('cat', 1)).not.toContain('bat');
      expect(trie.wordsOneEditFrom('cat', 0)).toContain('bat');
    });

    it('agrees with building every one-edit spelling, on 2,000 typos', () => {
      const words = [...COMMON_ENGLISH_WORDS];
      const disagreements: string[] = [];
      for (const typo of typosOf(words, 2_000)) {
        const expected = wordsOneEditByBuildingEverySpelling(COMMON_ENGLISH_WORDS, typo, 1);
        if (trie.wordsOneEditFrom(typo, 1).join() !== expected.join()) disagreements.push(typo);
      }
      expect(disagreements).toEqual([]);
    });
  });
});
