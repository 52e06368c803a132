import { beforeAll, describe, expect, it } from 'vitest';
import { generateKnowledge } from '../../scripts/bench/corpus.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { bundledStory } from '../support/story.ts';

let engine: StoryEngine;
let kb: KnowledgeBase;
beforeAll(async () => {
  ({ engine, kb } = await bundledStory());
});

/** Everything the engine offers when a reader follows its completions and suggestions. */
function crawl(from: StoryEngine): Set<string> {
  const seen = new Set<string>();
  const queue = [...from.complete('', 1000), ...from.story().examples];
  for (const name of from.whoNames('')) queue.push(...from.complete(name, 1000));
  while (queue.length > 0) {
    const question = queue.pop() ?? '';
    if (seen.has(question)) continue;
    seen.add(question);
    queue.push(...from.complete(question, 1000), ...from.ask(question).suggestions);
  }
  return seen;
}

describe('the questions the engine offers', () => {
  it('start with the featured ones, in their order', () => {
    const featured = engine.complete('');
    expect(featured.length).toBeGreaterThan(0);
    expect(engine.offerableQuestions().slice(0, featured.length)).toEqual(featured);
  });

  it('hold every question a completion or a suggestion can lead to', () => {
    const offered = new Set(engine.offerableQuestions());
    for (const question of crawl(engine)) expect(offered.has(question), question).toBe(true);
  });

  it('never offer a question the article leaves open, and list each question once', () => {
    const questions = engine.offerableQuestions();
    expect(new Set(questions).size).toBe(questions.length);
    const gaps = kb.sources.flatMap((s) => s.pairs.filter((p) => p.gap).map((p) => p.questions[0]));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(questions).not.toContain(gap);
  });
});

describe('on a generated story of 2,000 passages', () => {
  it('lists its questions without searching, in well under a second', () => {
    const big = createEngine(generateKnowledge(2000));
    const started = performance.now();
    const questions = big.offerableQuestions();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(questions.length).toBeGreaterThan(0);
    for (const question of big.complete('')) expect(questions).toContain(question);
  });
});
