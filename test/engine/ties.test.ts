import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { type TieReaders, tiesBroken } from '../../src/engine/ties.ts';
import { bundledStory } from '../support/story.ts';

/** Three of one speaker's quotes, tied on her name alone, and a sentence below them. */
const quotes: Record<number, ReadonlySet<string>> = {
  1: new Set(['went', 'up', 'beautiful', 'cheer']),
  2: new Set(['bright', 'flash', 'trail', 'split']),
  3: new Set(['first', 'time', 'want', 'look', 'away']),
};
const ranked = [
  { unit: 1, score: 0.5 },
  { unit: 2, score: 0.5 },
  { unit: 3, score: 0.5 },
  { unit: 4, score: 0.4 },
];

/** Two pairs tied because a reader synonym reads "job title" as "role". */
const phrasings: Record<number, readonly string[]> = {
  1: ['Who is Shaibani?', "what is shaibani's role"],
  2: ["What is Shaibani's position?", "what is shaibani's job title"],
};

/** Readers for a question typed as `typedWords`; quotes and pairs as given. */
function readers(
  typed: readonly (readonly string[])[],
  typedWords: readonly string[] = [],
  quoteWordsOf: TieReaders['quoteWordsOf'] = (unit) => quotes[unit] ?? null,
): TieReaders {
  return {
    typed: () => typed,
    quoteWordsOf,
    typedWords: () => typedWords,
    phrasingsOf: (unit) => phrasings[unit] ?? null,
    mentionOf: (word) => (text) => text.toLowerCase().split(/\W+/).includes(word),
  };
}

describe("when only a speaker's name matches each of her quotes alike", () => {
  it('ranks first the quote holding more of the words the reader typed', () => {
    const broken = tiesBroken(ranked, readers([['want'], ['look']]));
    expect(broken.map((r) => r.unit)).toEqual([3, 1, 2, 4]);
  });

  it('keeps the written order when no quote holds more of them', () => {
    expect(tiesBroken(ranked, readers([['rocket']]))).toBe(ranked);
  });

  it('leaves a tie with a unit that is neither a quote nor a pair as ranked', () => {
    const mixed = [
      { unit: 1, score: 0.5 },
      { unit: 4, score: 0.5 },
    ];
    expect(
      tiesBroken(
        mixed,
        readers([['4']], ['4'], () => null),
      ),
    ).toBe(mixed);
    expect(tiesBroken(mixed, readers([['cheer']], ['cheer']))).toBe(mixed);
  });
});

describe('when two of the editors\' pairs tie, "job title" read as "role" in both', () => {
  const tied = [
    { unit: 1, score: 1 },
    { unit: 2, score: 1 },
    { unit: 3, score: 0.8 },
  ];
  const asPairs = () => null;

  it('ranks first the pair one of whose questions holds more of the words as typed', () => {
    const broken = tiesBroken(tied, readers([], ['shaibanis', 'job', 'title'], asPairs));
    expect(broken.map((r) => r.unit)).toEqual([2, 1, 3]);
  });

  it('keeps the written order when their questions hold as many', () => {
    expect(tiesBroken(tied, readers([], ['shaibani'], asPairs))).toBe(tied);
  });
});

describe('on the bundled story', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    ({ engine } = await bundledStory());
  });

  describe('when asked "what is shaibanis job title"', () => {
    it('says the article does not give it, not who Shaibani is', () => {
      const answer = engine.ask('what is shaibanis job title');
      expect(answer.status).toBe('unknown');
      expect(answer.answer).toMatch(/neither Shaibani's position/);
    });
  });

  describe('when asked "ngl whats the deal w the bases rn"', () => {
    it('counts "deal", filler to the index, as wording a tied pair\'s question holds', () => {
      expect(engine.ask('ngl whats the deal w the bases rn').answer).toContain(
        'still under negotiation',
      );
    });
  });

  describe('when asked "what happened after assad was ousted"', () => {
    it('does not read the ousting, the clause it is set by, as what is asked', () => {
      expect(engine.ask('what happened after assad was ousted').answer).toMatch(
        /changed dramatically/,
      );
    });
  });
});
