import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { FutureQuestions } from '../../src/engine/future.ts';
import { requestFit } from '../../src/engine/requested.ts';
import { WhetherQuestions } from '../../src/engine/untold.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const whether = new WhetherQuestions(LANGUAGE, new FutureQuestions(LANGUAGE));
const texts = [
  'The residents asked for a full inquiry into the closure.',
  'The Gazette asked the council whether it would reopen the pool.',
  'The council turned down a full inquiry.',
  'A volunteer was asked to help prepare the accounts.',
  null,
];
const condition = (question: string) =>
  requestFit(question, whether, (unit) => texts[unit] ?? null);

describe('the condition a question whether something is so sets on requests', () => {
  describe('when asked "did they get a full inquiry"', () => {
    const holds = condition('did they get a full inquiry');

    it('holds a sentence telling only that it was asked for against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('holds a sentence telling only what a reporter asked against it', () => {
      expect(holds?.(1)).toBe(false);
    });
    it('takes a sentence telling what came of it', () => {
      expect(holds?.(2)).toBe(true);
    });
    it('takes a sentence telling what someone was asked to do', () => {
      expect(holds?.(3)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(4)).toBe(true);
    });
  });

  it.each([
    'did they ask for a full inquiry',
    'has anyone called for an inquiry',
    'who asked for the inquiry',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

describe('in the kessington-by-election article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('kessington-by-election')).kb);
  });

  describe('when asked "did they get the full recount or nah"', () => {
    it('tells that the full recount was turned down, not that one was asked for', () => {
      const answer = engine.ask('did they get the full recount or nah');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('turned down a full recount');
    });
  });
});
