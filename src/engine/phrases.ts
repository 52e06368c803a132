/**
 * A set of fixed phrases of one to a few words ("see ya", "who asked"),
 * found in a message's words in one pass: phrases are kept by their first
 * word, longest first, so "see you later" is read before "see you".
 */
export class PhraseSet {
  private readonly byFirstWord = new Map<string, (readonly string[])[]>();

  /** @param phrases each one or more words, separated by single spaces */
  constructor(phrases: readonly string[]) {
    for (const phrase of phrases.map((p) => p.split(' '))) {
      const first = phrase[0] ?? '';
      const starting = this.byFirstWord.get(first);
      if (starting) starting.push(phrase);
      else this.byFirstWord.set(first, [phrase]);
    }
    for (const starting of this.byFirstWord.values()) starting.sort((a, b) => b.length - a.length);
  }

  /** Whether the set holds no phrase. */
  get isEmpty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /**
   * The words outside the set's phrases, in order, and how many phrases
   * were taken out. Where phrases overlap, the longest one starting first wins.
   */
  split(words: readonly string[]): { outside: string[]; found: number } {
    const outside: string[] = [];
    let found = 0;
    for (let i = 0; i < words.length; ) {
      const phrase = this.byFirstWord
        .get(words[i] ?? '')
        ?.find((phraseWords) => phraseWords.every((word, at) => words[i + at] === word));
      if (phrase) {
        found++;
        i += phrase.length;
        continue;
      }
      outside.push(words[i] ?? '');
      i++;
    }
    return { outside, found };
  }
}
