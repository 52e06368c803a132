import { describe, expect, it } from 'vitest';
import { words, wordsOfAll } from '../../src/engine/text.ts';

/** Every word of each text read alone: what reading them together must give. */
function wordsOfEach(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => [...words(text)]));
}

describe("when a story's texts are read together", () => {
  it('gives the words each text gives alone', () => {
    const texts = [
      'The council met on Friday.',
      'Crème brûlée… and “quotes” — dashes',
      "It won't be the city's call",
      'Costs rose to €48,000 and C$38 million',
    ];
    expect(new Set(wordsOfAll(texts))).toEqual(wordsOfEach(texts));
  });

  it('reads no currency sign into the figure that opens the next text', () => {
    const texts = ['The fare was paid in $', '5 riders said so', 'it rose by £', '6m last year'];
    expect(new Set(wordsOfAll(texts))).toEqual(wordsOfEach(texts));
    expect(wordsOfAll(texts)).not.toContain('dollar');
  });

  it('reads no "tl;dr" across two texts', () => {
    const texts = ['give me the tl', ';dr of it'];
    expect(new Set(wordsOfAll(texts))).toEqual(wordsOfEach(texts));
  });

  it('reads a text all in capitals alone, so its "US" stays "us"', () => {
    const texts = ['TELL US MORE', 'the US said so'];
    expect(new Set(wordsOfAll(texts))).toEqual(wordsOfEach(texts));
  });

  it('reads texts longer than a fold takes in as they read alone', () => {
    const long = `${'word '.repeat(450)}tail end`;
    const texts = [long, 'next text', 'x '.repeat(700)];
    expect(new Set(wordsOfAll(texts))).toEqual(wordsOfEach(texts));
  });
});
