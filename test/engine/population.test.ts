import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { populationFit } from '../../src/engine/population.ts';
import { fixtureStory } from '../eval/stories.ts';

const texts = [
  'In Kelby, a fishing town of about 6,000 people, residents gathered on the harbour wall to watch.',
  'Dr Reyes said 23 people had been treated at Port Halden General Hospital since Sunday.',
  'A crowd of about 300 watched from the harbour wall.',
  null,
];
const condition = (question: string) => populationFit(question, (unit) => texts[unit] ?? null);

describe('the condition a question after how many live in a place sets', () => {
  describe('when asked "how many people live in port halden"', () => {
    const holds = condition('how many people live in port halden');

    it('takes a sentence saying how many live in the town', () => {
      expect(holds?.(0)).toBe(true);
    });
    it('holds how many were treated in hospital against it', () => {
      expect(holds?.(1)).toBe(false);
    });
    it('holds a crowd against it', () => {
      expect(holds?.(2)).toBe(false);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  describe('when asked "how many people were on the harbour wall watching"', () => {
    const holds = condition('how many people were on the harbour wall watching');

    it('holds the size of the town the crowd stood in against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes the crowd', () => {
      expect(holds?.(2)).toBe(true);
    });
  });

  it.each([
    "what's the population of kelby",
    'how many ppl live in kelby',
    'how big was the crowd',
  ])('sets one on "%s"', (question) => {
    expect(condition(question)).not.toBeNull();
  });

  it.each(['how many people were treated', 'how many people were evacuated'])(
    'sets none on "%s"',
    (question) => {
      expect(condition(question)).toBeNull();
    },
  );
});

describe('in the boil-water article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('halden-boil-water')).kb);
  });

  describe('when asked "how many people live in port halden"', () => {
    it('does not answer with how many were treated in hospital', () => {
      expect(engine.ask('how many people live in port halden').status).toBe('unknown');
    });
  });
});

describe('in the launch-failure article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('launch-failure')).kb);
  });

  describe('when asked "how many people watched the launch"', () => {
    it('does not answer with how many live in the town they watched from', () => {
      expect(engine.ask('how many people watched the launch').status).toBe('unknown');
    });
  });
});
