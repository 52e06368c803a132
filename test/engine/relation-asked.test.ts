import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { relationFit } from '../../src/engine/relation-asked.ts';
import { freshEngine } from '../support/one-off.ts';

const texts = [
  'Fire Chief Ray Delgado said the driver had gone around a barricade.',
  'He had become addicted to gambling after the death of his wife in 2017.',
  'His wife, Maria Delgado, runs the shelter at the high school.',
  null,
];
const cards = [null, null, null, null, { name: 'Ray Delgado', description: 'Fire Chief' }];
const condition = (question: string) =>
  relationFit(
    question,
    (unit) => texts[unit] ?? null,
    (unit) => cards[unit] ?? null,
  );

describe('the condition a question after who holds a relation to someone sets', () => {
  describe('when asked "who is ray delgado\'s wife"', () => {
    const holds = condition("who is ray delgado's wife");

    it('holds the card of the one whose wife is asked for against it', () => {
      expect(holds?.(4)).toBe(false);
    });
    it('holds a sentence naming him but not her against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('holds a sentence speaking of a wife without a name against it', () => {
      expect(holds?.(1)).toBe(false);
    });
    it('takes a sentence naming her beside "wife"', () => {
      expect(holds?.(2)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  it.each(['whats his wifes name', 'who is the daughter of the mayor', 'who are halloways kids'])(
    'sets one on "%s"',
    (question) => {
      expect(condition(question)).not.toBeNull();
    },
  );

  it.each([
    'when did his wife die',
    'how big is the parents group',
    'who said "I love these kids"?',
    'who is ray delgado',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

const ARTICLE = `Flood forces hundreds from homes in Kelby

About 400 people in Kelby were ordered out of their homes on Sunday as the river rose.

Fire Chief Ray Delgado said crews had rescued two people from a car on Ferris Road.

Marguerite Haynes, 71, said she would stay in her house on Water Street.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked "who is ray delgado\'s wife" of an article naming no wife', () => {
  it("does not answer with Delgado's own card", () => {
    expect(engine.ask("who is ray delgado's wife").status).toBe('unknown');
  });
});

describe('when asked "who is ray delgado"', () => {
  it('still answers with his card', () => {
    expect(engine.ask('who is ray delgado')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'ray-delgado' },
    });
  });
});
