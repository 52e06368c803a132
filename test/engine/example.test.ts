import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { exampleFit } from '../../src/engine/example.ts';
import { freshEngine } from '../support/one-off.ts';

describe('the condition a question asking for an example sets', () => {
  const texts = [
    'The council has cut spending on parks.',
    'For example, the Elm Road playground will close in June.',
    null,
  ];
  const holds = exampleFit('give me an example of the cuts', (unit) => texts[unit] ?? null);

  it('holds a sentence saying the general thing against it', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes one giving an instance', () => {
    expect(holds?.(1)).toBe(true);
  });
  it('trusts an answer written for its questions', () => {
    expect(holds?.(2)).toBe(true);
  });
  it('sets none on a question asking for no example', () => {
    expect(exampleFit('what has the council cut', () => '')).toBeNull();
  });
});

describe('in a made-up article about council cuts', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Brenford council cuts park spending',
        'Brenford council has cut its spending on parks and playgrounds by a fifth this year.',
        'For example, the Elm Road playground will close in June.',
        'Council leader Joan Marsh said the cuts were painful but unavoidable.',
      ].join('\n\n'),
    );
  });

  describe('when asked "give an example of the council cutting spending on parks"', () => {
    it('does not answer with the sentence saying only that it cut spending', () => {
      const answer = engine.ask('give an example of the council cutting spending on parks');
      expect(answer.status === 'unknown' || answer.answer.includes('Elm Road')).toBe(true);
    });
  });

  describe('when asked "give an example of the council cutting spending on parks and playgrounds"', () => {
    it('ranks the example first, though the sentence saying only that it cut holds more of the words', () => {
      const [best] = engine.explain(
        'give an example of the council cutting its spending on parks and playgrounds',
        1,
      );
      expect(best?.title).toContain('Elm Road');
    });
  });
});
