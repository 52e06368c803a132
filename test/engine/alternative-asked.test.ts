import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { type FixtureArticle, fixtureStory } from '../eval/stories.ts';

const asked = async (story: FixtureArticle, question: string) =>
  createEngine((await fixtureStory(story)).kb).ask(question);

const said = (answer: { answer: string; quote?: { text: string } | null }) =>
  `${answer.answer} ${answer.quote?.text ?? ''}`;

describe('a yes-or-no asking between two options', () => {
  it('"did the fire go uphill or downhill" is given the sentence naming the one it went', async () => {
    const answer = await asked('moorland-wildfire', 'did the fire go uphill or downhill');
    expect(answer.status).toBe('answered');
    expect(said(answer)).toContain('downhill');
  });

  it('"was the trial for early stage or advanced cancer" is given the sentence saying which', async () => {
    const answer = await asked(
      'trial-lab-suspended',
      'was the trial for early stage or advanced cancer',
    );
    expect(answer.status).toBe('answered');
    expect(said(answer)).toContain('advanced');
  });

  it('"could u also buy it online or only in person" is held back: a word the story never gives is left unsaid', async () => {
    const answer = await asked('baby-food-recall', 'could u also buy it online or only in person');
    expect(answer.status).toBe('unknown');
  });
});
