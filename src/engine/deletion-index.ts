/**
 * Words filed under their spellings with a letter or two dropped, so the
 * words one or two edits from a string are found in constant time whatever
 * the vocabulary's size: a word and its slip share a spelling once a letter
 * or two is dropped from each (symmetric deletion). Finds candidates only;
 * the caller decides which are close enough.
 */
export class DeletionIndex {
  /**
   * A spelling with letters dropped → the words it comes from: most
   * spellings come from one word, kept as itself rather than in an array of
   * its own, as an index holds a few hundred thousand of them.
   */
  private readonly byDeletion = new Map<string, string | string[]>();

  /**
   * Files `word` under every spelling of it with one letter dropped, and with
   * two when `depth` is 2. The same spelling can come more than once ("coffee"
   * without either "f"); as one word's spellings are filed one after another,
   * the last word filed under a spelling tells whether this one is there
   * already, with no set of spellings built for each word: a speller's build
   * reads every word of the story, and this is most of its cost.
   */
  add(word: string, depth: 1 | 2): void {
    for (let i = 0; i < word.length; i++) {
      const shorter = word.slice(0, i) + word.slice(i + 1);
      if (shorter.length === 0) continue;
      this.file(shorter, word);
      if (depth < 2) continue;
      for (let j = i; j < shorter.length; j++) {
        const shortest = shorter.slice(0, j) + shorter.slice(j + 1);
        if (shortest.length > 0) this.file(shortest, word);
      }
    }
  }

  /** The words filed under a spelling with letters dropped; empty when none. */
  wordsUnder(spelling: string): readonly string[] {
    const words = this.byDeletion.get(spelling);
    if (words === undefined) return NONE;
    return typeof words === 'string' ? [words] : words;
  }

  private file(key: string, word: string): void {
    const words = this.byDeletion.get(key);
    if (words === undefined) this.byDeletion.set(key, word);
    else if (typeof words === 'string') {
      if (words !== word) this.byDeletion.set(key, [words, word]);
    } else if (words[words.length - 1] !== word) words.push(word);
  }
}

const NONE: readonly string[] = Object.freeze([]);

/** Every spelling of `word` with one to `depth` letters dropped. */
export function deletions(word: string, depth: number): Set<string> {
  const found = new Set<string>();
  let frontier = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (let i = 0; i < current.length; i++) {
        const shorter = current.slice(0, i) + current.slice(i + 1);
        if (shorter.length > 0 && !found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return found;
}
