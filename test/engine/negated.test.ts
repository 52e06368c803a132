import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { deniedTerms } from '../../src/engine/negated.ts';
import { TOP_UNIT_THRESHOLD } from '../eval/evaluate.ts';
import { fixtureStory } from '../eval/stories.ts';
import { freshEngine } from '../support/one-off.ts';

const asItself = (word: string) => [word];

describe('the words a text says only denied', () => {
  it('are those after a "not"', () => {
    expect(deniedTerms('We do not want Russia to leave', asItself).get('want')).toBe(true);
  });
  it('are those after a "didn\'t", split at its apostrophe', () => {
    expect(deniedTerms("She didn't say when", asItself).get('say')).toBe(true);
  });
  it('leave the words the denial does not reach', () => {
    expect(deniedTerms('We do not want Russia to leave', asItself).get('russia')).toBe(false);
  });
  it('leave a word the text also says plainly', () => {
    expect(deniedTerms('They want talks, not want war', asItself).get('want')).toBe(false);
  });
  it('leave a word only put off by an "until"', () => {
    expect(
      deniedTerms('The advisory could not be lifted until tests come back clear', asItself).get(
        'lifted',
      ),
    ).toBe(false);
  });
});

describe('in a made-up article about a ferry service', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Harbour council weighs the future of the Skerry ferry',
        'Councillor Ada Brennick said on Monday that she does not want the Skerry ferry to close.',
        'Brennick hopes to keep two daily crossings running through the winter, at a cost of £40,000.',
        'The harbour board will decide in March.',
      ].join('\n\n'),
    );
  });

  describe('when asked "what does brennick want"', () => {
    it('does not answer with what she does not want', () => {
      expect(engine.ask('what does brennick want').answer).not.toContain('does not want');
    });
  });

  describe('when asked "does brennick want the ferry to close"', () => {
    it('answers with her denial', () => {
      const answer = engine.ask('does brennick want the ferry to close');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('does not want');
    });
  });
});

describe('in the teachers-strike article ingested fresh, when asked "what did pruet say about making promises"', () => {
  it('ranks first what she said of promises, though she says it denied ("cannot promise")', async () => {
    const { kb } = await fixtureStory('teachers-strike');
    const engine = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
    const answer = engine.ask('what did pruet say about making promises');
    expect(`${answer.answer} ${answer.quote?.text}`).toContain('cannot promise');
  });
});
