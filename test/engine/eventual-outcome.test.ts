/**
 * "Did he end up…", "…in the end", "was it ever…", "what did the review end
 * up finding": a reader asking how something turned out is not answered by
 * a sentence telling it only as weighed, recommended, awaited, put off or
 * possible, nor an inquiry's findings by a sentence telling only that it was
 * ordered (`src/engine/eventual-outcome.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

let engine: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(
    [
      'The owners of Harbour Athletic said they were considering all options, including placing the company into administration.',
      'A farmer near the river said some growers will lose whole crops if the drought continues.',
      'A 2019 survey recommended new flood barriers along the quay, which were never built.',
      'The council said it had ordered an independent review of the harbour wall.',
      'Athletic was founded in 1887 and plays at the Quay Ground.',
    ],
    { title: 'A harbour club in trouble', scope: 'A harbour club in trouble' },
  );
  engine = createEngine({ ...bare, general: await loadGeneralLanguage(storyWords(bare)) });
}, 60_000);

describe('when asked "did the owners put the company into administration in the end"', () => {
  it('does not answer with the sentence saying they were only considering it', () => {
    const answer = engine.ask('did the owners put the company into administration in the end');
    expect(answer.status).toBe('unknown');
  });
});

describe('when asked "did the farmer end up losing his crops"', () => {
  it('does not answer with what would happen if the drought continues', () => {
    expect(engine.ask('did the farmer end up losing his crops').status).toBe('unknown');
  });
});

describe('when asked "what did the independent review end up finding"', () => {
  it('does not answer with the sentence saying only that the review was ordered', () => {
    const answer = engine.ask('what did the independent review end up finding');
    expect(answer.status).toBe('unknown');
  });
});

describe('when asked "were the flood barriers ever built"', () => {
  it('answers with the sentence telling they never were, though it says they were recommended', () => {
    const answer = engine.ask('were the flood barriers ever built');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('never built');
  });
});

describe('when asked "did the farmer say growers will lose crops"', () => {
  it('still answers what was said', () => {
    expect(engine.ask('did the farmer say growers would ever lose crops').status).toBe('answered');
  });
});
