import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { incrementFit } from '../../src/engine/increment.ts';
import { fixtureStory } from '../eval/stories.ts';

const texts = [
  'The Kestwick unit had opened six additional beds.',
  'The unit has 24 beds, including six additional beds opened last week.',
  "The company's shares fell 3.1 per cent on Monday.",
  "The company's shares fell 3.1 per cent on Monday, to 240p.",
  'A recruitment drive has brought in 19 newly qualified midwives.',
  'The trust said it still needed another 30 midwives.',
  null,
];
/** Reads a word as its own term, a plural as its singular: enough for these texts. */
const termsOfWord = (word: string) => [word.replace(/s$/, '')];
const condition = (question: string, need: 'quantity' | 'money' | null) =>
  incrementFit(
    question,
    need,
    () => question.split(/\W+/).map(termsOfWord),
    termsOfWord,
    (unit) => texts[unit] ?? null,
  );

describe('the condition a question after a level, or after an increment, sets', () => {
  describe('when asked "how many beds does the unit have"', () => {
    const holds = condition('how many beds does the unit have', 'quantity');

    it('holds a sentence giving only how many beds were added against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes one giving how many beds there are', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('takes one giving no figure of beds at all: other conditions weigh it', () => {
      expect(holds?.(4)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(6)).toBe(true);
    });
  });

  describe('when asked "what is the share price now"', () => {
    const holds = condition('what is the share price now', 'money');

    it('holds a sentence saying only how far the shares fell against it', () => {
      expect(holds?.(2)).toBe(false);
    });
    it('takes one saying what they fell to', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  describe('when asked "how many more midwives does the trust need"', () => {
    const holds = condition('how many more midwives does the trust need', 'quantity');

    it('holds a sentence giving only how many were taken on against it', () => {
      expect(holds?.(4)).toBe(false);
    });
    it('takes one giving how many more', () => {
      expect(holds?.(5)).toBe(true);
    });
  });

  it.each([
    ['how many beds did they open', 'quantity'],
    ['how far did the shares fall', 'quantity'],
    ['what happened to the share price', 'money'],
    ['who runs the unit', null],
  ] as const)('sets none on "%s"', (question, need) => {
    expect(condition(question, need)).toBeNull();
  });
});

describe('in the maternity-unit article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('maternity-unit')).kb);
  });

  describe('when asked "how many beds does the harrowfield unit have"', () => {
    it('abstains: the article gives only the beds the Kestwick unit added', () => {
      expect(engine.ask('how many beds does the harrowfield unit have').status).toBe('unknown');
    });
  });

  describe('when asked "how many more midwives are needed"', () => {
    it('abstains: the article gives only how many were brought in', () => {
      expect(engine.ask('how many more midwives are needed').status).toBe('unknown');
    });
  });

  describe('when asked "how many beds did kestwick open"', () => {
    it('gives the beds added', () => {
      const answer = engine.ask('how many beds did kestwick open');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('six additional beds');
    });
  });
});

describe('in the cough-syrup-recall article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('cough-syrup-recall')).kb);
  });

  describe('when asked "how much are calloway shares worth now"', () => {
    it('abstains: the article gives only how far they fell', () => {
      expect(engine.ask('how much are calloway shares worth now').status).toBe('unknown');
    });
  });

  describe('when asked "how much did calloway shares fall"', () => {
    it('gives the fall', () => {
      const answer = engine.ask('how much did calloway shares fall');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('fell 11 percent');
    });
  });
});
