/**
 * The lexicon's phrases of two words or more, kept stem by stem from their
 * first ("kick" → "out"), so a question's or a text's words are walked down
 * them with no phrase built or looked up at each word: most words start no
 * phrase, and those that do are followed only as far as some phrase goes.
 *
 * Unlike `PhraseSet` (`phrases.ts`), which matches fixed words exactly, a phrase here
 * is met in any inflection ("kicked out" of "kick out") and carries the
 * entries written with its words.
 */
export class StemPhrases<E extends PhraseWords> {
  private readonly first = new Map<string, PhraseNode<E>>();

  /** Sets the entries of the phrase with these stems, two or more of them. */
  set(stems: readonly string[], entries: E[]): void {
    let level = this.first;
    let node: PhraseNode<E> = {};
    stems.forEach((stem, at) => {
      node = level.get(stem) ?? {};
      level.set(stem, node);
      if (at < stems.length - 1) {
        node.next ??= new Map();
        level = node.next;
      }
    });
    node.entries = entries;
  }

  /** Whether some phrase starts with this stem. */
  startsWith(stem: string): boolean {
    return this.first.has(stem);
  }

  /**
   * The longest phrase starting at word `i`, with the first of its entries
   * that is `usable`, whose words are the text's (`sameWord`, inflections
   * aside), and that `fits` the words it spans; undefined when none.
   *
   * @param all the text's words
   * @param stems each word's stem, in step with `all`
   */
  longestAt(
    all: readonly string[],
    stems: readonly string[],
    i: number,
    match: PhraseMatch<E>,
  ): { entry: E; length: number } | undefined {
    const first = this.first.get(stems[i] ?? '');
    return first && longestFrom(first, 1, all, stems, i, match);
  }
}

/** A phrase entry: the words it is written with. */
export interface PhraseWords {
  readonly words: readonly string[];
}

/** What an entry of a phrase must meet to be read over a text's words (see {@link StemPhrases.longestAt}). */
export interface PhraseMatch<E> {
  /** Whether the entry may be read here at all (a story's entry, or a reader's). */
  usable: (entry: E) => boolean;
  /** Whether a word the entry is written with is this word of the text. */
  sameWord: (word: string, typed: string) => boolean;
  /** Whether the entry may be read over the words it spans. */
  fits: (span: readonly string[], entry: E) => boolean;
}

/**
 * One stem of the phrases: the stems that may follow it, and the entries of
 * the phrase ending here, if one does.
 */
interface PhraseNode<E> {
  next?: Map<string, PhraseNode<E>>;
  entries?: E[];
}

/**
 * The longest phrase through `node`, which `length` words from word `i`
 * reach: the words below it first, then its own phrase.
 */
function longestFrom<E extends PhraseWords>(
  node: PhraseNode<E>,
  length: number,
  all: readonly string[],
  stems: readonly string[],
  i: number,
  match: PhraseMatch<E>,
): { entry: E; length: number } | undefined {
  const next = i + length < all.length ? node.next?.get(stems[i + length] ?? '') : undefined;
  const longer = next && longestFrom(next, length + 1, all, stems, i, match);
  if (longer) return longer;
  if (length < 2 || node.entries === undefined) return undefined;
  // The first entry written with these words that may be read here: a
  // reviewed "called off" where it fits, else WordNet's "call off".
  // The span is cut only for an entry written with these words: most are not.
  let span: string[] | undefined;
  for (const candidate of node.entries) {
    if (!match.usable(candidate)) continue;
    if (!candidate.words.every((word, at) => match.sameWord(word, all[i + at] ?? ''))) continue;
    span ??= all.slice(i, i + length);
    if (match.fits(span, candidate)) return { entry: candidate, length };
  }
  return undefined;
}
