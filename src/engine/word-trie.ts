/**
 * A set of words that answers "is some word one slip away from this one?"
 * without building the slips: a walk down a letter trie tries each edit
 * where it could happen, and gives up on a branch as soon as no word starts
 * that way. Building every slip of a word and looking each one up in a set
 * cost about 0.1 ms per unknown word, the largest part of a question with
 * a typo in it.
 *
 * The trie is kept in four typed arrays (first child, next sibling, letter,
 * word end), about 1 MB for 40,000 words.
 */
export class WordTrie {
  readonly #firstChild: Int32Array;
  readonly #nextSibling: Int32Array;
  readonly #letter: Uint16Array;
  readonly #endsWord: Uint8Array;
  /** The letters an edit may put in, by UTF-16 code. */
  readonly #insertable: ReadonlySet<number>;

  /**
   * @param words the words of the set; any characters, each a UTF-16 unit
   * @param alphabet the letters an edit may put in place of one or add
   */
  constructor(words: Iterable<string>, alphabet: string) {
    this.#insertable = new Set([...alphabet].map((letter) => letter.charCodeAt(0)));
    // In sorted order a word's path shares a prefix only with the word before it, so the
    // child to follow, if any, is always the one added last: no scan of the siblings.
    const list = [...words].sort();
    const capacity = 1 + list.reduce((sum, word) => sum + word.length, 0);
    const firstChild = new Int32Array(capacity).fill(NONE);
    const nextSibling = new Int32Array(capacity).fill(NONE);
    const letter = new Uint16Array(capacity);
    const endsWord = new Uint8Array(capacity);
    let nodes = 1;
    for (const word of list) {
      let node = ROOT;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        let child = firstChild[node] as number;
        if (child === NONE || letter[child] !== code) {
          const added = nodes++;
          letter[added] = code;
          nextSibling[added] = child;
          firstChild[node] = added;
          child = added;
        }
        node = child;
      }
      endsWord[node] = 1;
    }
    this.#firstChild = firstChild.slice(0, nodes);
    this.#nextSibling = nextSibling.slice(0, nodes);
    this.#letter = letter.slice(0, nodes);
    this.#endsWord = endsWord.slice(0, nodes);
  }

  /** Whether the set holds `word` exactly. */
  has(word: string): boolean {
    return this.#endsWord[this.#follow(ROOT, word, 0)] === 1;
  }

  /**
   * Whether the set holds a word one edit from `word`: a letter dropped, two
   * neighbours swapped, or a letter of the alphabet put in place of one or
   * added anywhere. `word` itself counts when it is in the set.
   */
  isOneEditFrom(word: string): boolean {
    let node = ROOT;
    for (let i = 0; ; i++) {
      // The edit is at position i; the letters before it matched as typed.
      for (let child = this.#firstChild[node] as number; child !== NONE; ) {
        if (this.#insertable.has(this.#letter[child] as number)) {
          // Put in place of word[i], or added before it.
          if (i < word.length && this.#endsAt(child, word, i + 1)) return true;
          if (this.#endsAt(child, word, i)) return true;
        }
        child = this.#nextSibling[child] as number;
      }
      if (i === word.length) return false;
      // word[i] dropped.
      if (this.#endsAt(node, word, i + 1)) return true;
      // word[i] and word[i + 1] swapped.
      if (i + 1 < word.length) {
        const swapped = this.#child(this.#child(node, word.charCodeAt(i + 1)), word.charCodeAt(i));
        if (this.#endsAt(swapped, word, i + 2)) return true;
      }
      node = this.#child(node, word.charCodeAt(i));
      if (node === NONE) return false;
    }
  }

  /**
   * The words of the set one edit from `word` (as {@link isOneEditFrom}
   * counts edits), the edit at `from` or later: the letters before it as
   * typed. Sorted; `word` itself is not among them.
   */
  wordsOneEditFrom(word: string, from = 0): string[] {
    const found = new Set<string>();
    let node = ROOT;
    for (let i = 0; node !== NONE; i++) {
      if (i >= from) {
        const before = word.slice(0, i);
        for (let child = this.#firstChild[node] as number; child !== NONE; ) {
          const code = this.#letter[child] as number;
          if (this.#insertable.has(code)) {
            const letter = String.fromCharCode(code);
            if (i < word.length && this.#endsAt(child, word, i + 1)) {
              found.add(before + letter + word.slice(i + 1));
            }
            if (this.#endsAt(child, word, i)) found.add(before + letter + word.slice(i));
          }
          child = this.#nextSibling[child] as number;
        }
        if (i === word.length) break;
        if (this.#endsAt(node, word, i + 1)) found.add(before + word.slice(i + 1));
        if (i + 1 < word.length) {
          const swapped = this.#child(
            this.#child(node, word.charCodeAt(i + 1)),
            word.charCodeAt(i),
          );
          if (this.#endsAt(swapped, word, i + 2)) {
            found.add(before + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
          }
        }
      } else if (i === word.length) break;
      node = this.#child(node, word.charCodeAt(i));
    }
    found.delete(word);
    return [...found].sort();
  }

  /** Whether following `word` from `from` onwards, as typed, from `node` ends on a word. */
  #endsAt(node: number, word: string, from: number): boolean {
    const end = this.#follow(node, word, from);
    return end !== NONE && this.#endsWord[end] === 1;
  }

  #follow(node: number, word: string, from: number): number {
    let at = node;
    for (let i = from; i < word.length && at !== NONE; i++)
      at = this.#child(at, word.charCodeAt(i));
    return at;
  }

  #child(node: number, code: number): number {
    if (node === NONE) return NONE;
    let child = this.#firstChild[node] as number;
    while (child !== NONE && this.#letter[child] !== code)
      child = this.#nextSibling[child] as number;
    return child;
  }
}

const ROOT = 0;
const NONE = -1;
