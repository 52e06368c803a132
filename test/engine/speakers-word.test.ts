import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { type FixtureArticle, fixtureStory } from '../eval/stories.ts';

describe('in the loyalty-card-breach article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('loyalty-card-breach')).kb);
  });

  describe('when asked "what did the consumer lady say customers were left in"', () => {
    it("answers with Helen Garside's remark: she chairs the consumer group, and says it", () => {
      const answer = engine.ask('what did the consumer lady say customers were left in');
      expect(answer.status).toBe('answered');
      expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain('in the dark');
    });
  });

  describe('when asked "fr tho what did the deputy commish say the office would be examining"', () => {
    it("answers with the deputy commissioner's remark, though the reader's words for her are not the article's", () => {
      const answer = engine.ask(
        'fr tho what did the deputy commish say the office would be examining',
      );
      expect(answer.status).toBe('answered');
      expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain(
        'timeline and the security measures',
      );
    });
  });

  describe('when asked "what did garside reckon customers could have done if they\'d been told sooner"', () => {
    it('answers with her remark on what customers could have done, not held back by another of hers on customers alone', () => {
      const answer = engine.ask(
        "what did garside reckon customers could have done if they'd been told sooner",
      );
      expect(answer.status).toBe('answered');
      expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain('on their guard');
    });
  });

  describe('when asked "what did the mayor say about the breach"', () => {
    it('abstains: nobody the article quotes is a mayor', () => {
      expect(engine.ask('what did the mayor say about the breach').status).toBe('unknown');
    });
  });
});

describe('in the bundled article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    const { bundledFresh } = await import('../eval/stories.ts');
    engine = createEngine(await bundledFresh());
  });

  describe('when asked "what does sharaa think about russia"', () => {
    it('abstains: more than one of what the article tells of Sharaa speaks of Russia', () => {
      expect(engine.ask('what does sharaa think about russia').status).toBe('unknown');
    });
  });
});

describe('a yes-or-no after whether someone said a thing', () => {
  const asked = async (story: FixtureArticle, question: string) =>
    createEngine((await fixtureStory(story)).kb).ask(question);

  it('"did the calder boss say the ball was hit at the player" is answered by her remark', async () => {
    const answer = await asked(
      'cup-final-penalty',
      'did the calder boss say the ball was hit at the player',
    );
    expect(answer.status).toBe('answered');
    expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain('hit straight at him');
  });

  it('"did bluegate say they meant to go ahead" is answered by what the organisers said', async () => {
    const answer = await asked('festival-cancelled', 'did bluegate say they meant to go ahead');
    expect(answer.status).toBe('answered');
    expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain('fully intended');
  });

  it('"did the charity say the freeze was a judgment on anyone" is held back: another fact comes close behind', async () => {
    const answer = await asked(
      'trial-lab-suspended',
      'Did the charity say the freeze was a judgment on anyone?',
    );
    expect(answer.status).toBe('unknown');
  });
});
