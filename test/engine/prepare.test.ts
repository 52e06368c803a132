import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { bundledFresh, REPO, readEvalSet } from '../eval/stories.ts';
import { withTypos } from '../eval/typos.ts';

/** Readers' questions with slips in them: the ones that reach the lazily built indexes. */
async function slippedQuestions(): Promise<string[]> {
  const set = await readEvalSet(`${REPO}/test/eval/readers-bundled.json`);
  return set.answerable.slice(0, 120).flatMap(({ q }, at) => [q, withTypos(q, at + 1)]);
}

describe('an engine prepared before its first question', () => {
  let kb: KnowledgeBase;
  let questions: string[];
  let prepared: StoryEngine;
  beforeAll(async () => {
    kb = await bundledFresh();
    questions = await slippedQuestions();
    prepared = createEngine(kb);
    prepared.prepare();
  });

  it('answers every question, slips and all, as one that was not prepared', () => {
    const unprepared = createEngine(kb);
    for (const question of questions) {
      expect(prepared.ask(question), question).toEqual(unprepared.ask(question));
    }
  });

  it('may be prepared again, changing nothing', () => {
    const before = prepared.ask(questions[1] ?? '');
    prepared.prepare();
    expect(prepared.ask(questions[1] ?? '')).toEqual(before);
  });
});
