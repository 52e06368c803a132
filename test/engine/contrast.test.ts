import { beforeAll, describe, expect, it } from 'vitest';
import { contrastFit, slotsIn } from '../../src/engine/contrast.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { STOPWORDS } from '../../src/engine/stopwords.ts';
import { fixtureStory } from '../eval/stories.ts';

const texts = [
  'Two people were rescued by boat from a pickup truck.',
  'Two people were rescued by a boat crew.',
  'The rocket, built and operated by Northwind Launch Systems, lifted off.',
];
const isFiller = (word: string) => STOPWORDS.has(word);
const fitFor = (question: string) =>
  contrastFit(question, (unit) => slotsIn(texts[unit] ?? '', isFiller), {
    isFiller,
    sameWord: (a, b) => a.replace(/d$/, '') === b.replace(/d$/, ''),
    unitHolds: (unit, word) => (texts[unit] ?? '').toLowerCase().includes(word),
  });

describe('when asked "how many people got rescued by helicopter"', () => {
  const holds = fitFor('how many people got rescued by helicopter');
  it('holds against "rescued by boat", done otherwise', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes a sentence that does not say how', () => {
    expect(holds?.(2)).toBe(true);
  });
});

describe('when asked "were they rescued by a boat"', () => {
  it('takes "rescued by boat", the same way', () => {
    expect(fitFor('were they rescued by a boat')?.(1)).toBe(true);
  });
});

describe('when the question says no means', () => {
  it('sets no condition', () => {
    expect(fitFor('how many people were rescued')).toBeNull();
  });
});

describe('in the flood report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('harlow-falls-flood')).kb);
  });

  it('does not count the people rescued by boat for "how many got rescued by helicopter"', () => {
    expect(engine.ask('how many people got rescued by helicopter').status).toBe('unknown');
  });
  it('still counts them for "how many were rescued by boat"', () => {
    expect(engine.ask('how many were rescued by boat').answer).toContain('Two people');
  });
});
