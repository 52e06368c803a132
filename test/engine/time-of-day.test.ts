import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

describe('in a made-up article about a ferry strike', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Ferry crews walk out over pay',
        'Ferry crews on the Kessock crossing walked out over pay on Monday.',
        'The first strike began in March 2021.',
        'The latest strike began at 6 a.m., when the first sailing of the day was cancelled and hundreds of waiting passengers were turned away at both terminals.',
        'The union said talks with the operator would resume next month.',
      ].join('\n\n'),
    );
  });

  describe('when asked "what time did the strike begin"', () => {
    it('ranks first the sentence giving the hour, not the one giving only years', () => {
      expect(engine.explain('what time did the strike begin', 1)[0]?.title).toContain('6 a.m.');
    });
  });

  describe('when asked "which day of the week did the crews walk out"', () => {
    it('ranks first the sentence giving the weekday', () => {
      expect(engine.explain('which day of the week did the crews walk out', 1)[0]?.title).toContain(
        'Monday',
      );
    });
  });
});
