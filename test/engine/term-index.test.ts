import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer.ts';
import { stem } from '../../src/engine/stemming.ts';
import { TermIndex } from '../../src/engine/term-index.ts';

const index = new TermIndex(
  [
    { phrases: ['who is zakharova'], body: 'Zakharova is the spokeswoman.', prior: 1 },
    { phrases: ['where is tartous'], body: 'Tartous is a port.', prior: 1 },
  ],
  new Analyzer({ synonyms: {} }),
);

const strangenessOf = (question: string) =>
  Object.fromEntries(index.analyze(question).map((t) => [t.term, t.strangeness]));
const bestScore = (question: string) => index.rank(index.analyze(question))[0]?.score ?? 0;

describe('when a question holds words the knowledge never uses', () => {
  it('tells everyday words, other English words and unknown names apart', () => {
    expect(strangenessOf('is zakharova saying anything about sanctions from putin')).toEqual({
      zakharova: 'known',
      sai: 'everyday',
      sanction: 'english',
      putin: 'name',
    });
  });

  it('lets an everyday word count less against the answer than a rarer word', () => {
    expect(bestScore('zakharova saying')).toBeGreaterThan(bestScore('zakharova sanctions'));
    expect(bestScore('zakharova sanctions')).toBeGreaterThan(bestScore('zakharova putin'));
  });
});

describe('when a question uses an adverb of a word the story uses', () => {
  it('reads "publicly" as "public" and "dramatically" as "dramatic"', () => {
    expect(stem('publicly')).toBe(stem('public'));
    expect(stem('dramatically')).toBe(stem('dramatic'));
  });

  it('leaves short words ending in -ly alone ("family" still matches "families")', () => {
    expect(stem('family')).toBe(stem('families'));
  });
});

describe('when a lexicon key shares a stem with an unrelated word', () => {
  const withLexicon = new TermIndex(
    [
      { phrases: ['who runs the power plants'], body: 'power plants', prior: 1 },
      { phrases: ['what is it about in general'], body: 'general overview', prior: 1 },
    ],
    new Analyzer({ synonyms: { generator: 'power plants', kicked: 'ousted' } }),
  );
  const termsOf = (question: string) => withLexicon.analyze(question).map((t) => t.term);

  it('maps the key and its inflections ("kicks" like "kicked")', () => {
    expect(termsOf('kicks')).toEqual([stem('ousted')]);
    expect(termsOf('generators')).toEqual([stem('power'), stem('plants')]);
  });

  it('leaves the other word alone ("general" is not a "generator")', () => {
    expect(termsOf('general')).toEqual([stem('general')]);
  });
});

describe("when a reader writes two of the story's words as one", () => {
  const bases = new TermIndex(
    [
      {
        phrases: ['where is the air base'],
        body: 'Russia operates an air base in Hmeimim.',
        prior: 1,
      },
      { phrases: ['what melted'], body: 'Officials blamed heavy rain and melting snow.', prior: 1 },
    ],
    new Analyzer({ synonyms: {} }),
  );
  const termsOf = (question: string) => bases.analyze(question).map((t) => t.term);

  it('reads "airbase" as "air base" and "snowmelt" as "snow" and "melt"', () => {
    expect(termsOf('which airbase')).toEqual(expect.arrayContaining([stem('air'), stem('base')]));
    expect(termsOf('did snowmelt play a role')).toEqual(
      expect.arrayContaining([stem('snow'), stem('melting')]),
    );
  });

  it('answers with the passage that writes them apart', () => {
    expect(bases.rank(bases.analyze('name of the airbase'))[0]?.unit).toBe(0);
  });

  it('does not cut a name the story never uses into two', () => {
    expect(termsOf('what about putin')).toContain('putin');
  });
});

describe("when a reader splits one of the story's words in two", () => {
  const airline = new TermIndex(
    [
      { phrases: ['who grounded planes'], body: 'Coastlink grounded nine aircraft.', prior: 1 },
      { phrases: ['where is the coast'], body: 'The coast road is shut.', prior: 1 },
    ],
    new Analyzer({ synonyms: {} }),
  );
  const termsOf = (question: string) => airline.analyze(question).map((t) => t.term);

  it('reads "coast link" as "coastlink"', () => {
    expect(termsOf('how many planes did coast link ground')).toContain(stem('coastlink'));
  });

  it('leaves two words the story uses apart as they are', () => {
    expect(termsOf('was the coast road grounded')).toEqual(
      expect.arrayContaining([stem('coast'), stem('road')]),
    );
  });
});

describe('when a reader slips on a form of a word the story writes in another', () => {
  const hotels = new TermIndex(
    [{ phrases: ['what is paid'], body: 'It will cover hotel costs of up to £120.', prior: 1 }],
    new Analyzer({ synonyms: {} }),
  );
  const termsOf = (question: string) => hotels.analyze(question).map((t) => t.term);

  it('reads "hotles" as "hotels", a form of the story\'s "hotel"', () => {
    expect(termsOf('how much for hotles')).toContain(stem('hotel'));
  });

  it('leaves an English word as typed ("hostels" is no slip of "hotels")', () => {
    expect(termsOf('how much for hostels')).not.toContain(stem('hotel'));
  });
});

describe("when a slip stems as one of the story's words but is a slip of another", () => {
  const inspection = new TermIndex(
    [
      { phrases: ['who visited'], body: 'Inspectors visited in February.', prior: 1 },
      { phrases: ['what did the inspection find'], body: 'The inspection found gaps.', prior: 1 },
    ],
    new Analyzer({ synonyms: {} }),
  );
  const termsOf = (question: string) => inspection.analyze(question).map((t) => t.term);

  it('reads "inspecters" as "inspectors", not as the "inspect" of "inspection"', () => {
    expect(termsOf('when did the inspecters visit')).toContain(stem('inspectors'));
  });

  it('leaves a word the story writes as it is', () => {
    expect(termsOf('what did the inspection find')).toContain(stem('inspection'));
  });
});

describe('when a slip is as close to two of the story\'s words ("marh": "march", "marsh")', () => {
  const trust = new TermIndex(
    [
      { phrases: ['who runs the trust'], body: 'Dr Helen Marsh runs the trust.', prior: 1 },
      { phrases: ['where is the office'], body: 'The office is on Marsh Lane.', prior: 1 },
      { phrases: ['when was it shut'], body: 'The unit shut on 12 March.', prior: 1 },
    ],
    new Analyzer({ synonyms: {} }),
  );
  const termsOf = (question: string) => trust.analyze(question).map((t) => t.term);

  it('reads it as the one the story writes beside the word typed before it', () => {
    expect(termsOf('who is helen marh')).toContain(stem('marsh'));
  });

  it('reads it as the one the story writes beside the word typed after it', () => {
    expect(termsOf('where is marh lane')).toContain(stem('marsh'));
    expect(termsOf('did it shut on 12 marh')).toContain(stem('march'));
  });
});

describe('when a passage says what is not known ("too early to say how many")', () => {
  const passages = new TermIndex(
    [
      {
        phrases: ['He said it was too early to say how many cases were linked to the water.'],
        body: 'He said it was too early to say how many cases were linked to the water.',
        prior: 1,
      },
      {
        phrases: ['Reyes said 23 cases had been treated at the hospital.'],
        body: 'Reyes said 23 cases had been treated at the hospital.',
        prior: 1,
      },
    ],
    new Analyzer({ synonyms: {} }),
  );

  it('does not take its "how" for an answer to "how many", as a number is', () => {
    const holdsNumber = (unit: number) => unit === 1;
    const ranked = passages.rank(passages.analyze('how many cases'), holdsNumber);
    expect(ranked[0]?.unit).toBe(1);
  });
});
