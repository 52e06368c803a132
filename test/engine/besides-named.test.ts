import { beforeAll, describe, expect, it } from 'vitest';
import { besidesNamedFit } from '../../src/engine/besides-named.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { NamedKinds } from '../../src/engine/named-kind.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const texts = [
  'Elsford Primary closed because its kitchen could not safely prepare lunches.',
  'Elsford Primary and Kelby Infants closed on Tuesday.',
  'Surveys also turned up old tunnels under the road.',
  null,
];
const names = new Set(['elsford', 'kelby']);
const namedKinds = new NamedKinds(LANGUAGE);
const fitFor = (question: string) =>
  besidesNamedFit(
    question,
    (word) => names.has(word),
    (unit) => texts[unit] ?? null,
    (text, asked) => namedKinds.namesOtherThan(text, asked),
  );

describe('the condition a question setting aside one it names sets', () => {
  describe('when asked "Which other schools besides Elsford Primary closed?"', () => {
    const holds = fitFor('Which other schools besides Elsford Primary closed?');

    it('holds an answer naming only the school set aside against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes one naming another school', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  it.each(['besides the tunnels, what else did surveys turn up', 'which schools closed'])(
    'sets none on "%s", which sets aside nothing the story names',
    (question) => {
      expect(fitFor(question)).toBeNull();
    },
  );
});

describe('in the boil notice report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
  });

  describe('when asked "Which other schools besides Elsford Primary closed?"', () => {
    it('abstains: the article names no other school closed', () => {
      expect(engine.ask('Which other schools besides Elsford Primary closed?').status).toBe(
        'unknown',
      );
    });
  });
});
