import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { timeOfDayFit } from '../../src/engine/time-of-day.ts';
import { freshEngine } from '../support/one-off.ts';

describe('the condition a question asking for the time of day sets', () => {
  const texts = [
    'The bank has raised rates eight times since 2022, most recently in May.',
    'The statement was released at 2 p.m. local time.',
    'Crews reached the site early on Tuesday morning.',
    null,
  ];
  const holds = timeOfDayFit('what time did the statement come out', (unit) => texts[unit] ?? null);

  it('holds a sentence giving only a year and a month against it', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes one giving a time on the clock', () => {
    expect(holds?.(1)).toBe(true);
  });
  it('takes one giving the time of day in words', () => {
    expect(holds?.(2)).toBe(true);
  });
  it('trusts an answer written for its questions', () => {
    expect(holds?.(3)).toBe(true);
  });
  it('sets none on a "when", which any date answers', () => {
    expect(timeOfDayFit('when did the statement come out', () => '')).toBeNull();
  });
  it('sets none on "what time of year" or "what time frame"', () => {
    expect(timeOfDayFit('what time of year do the floods come', () => '')).toBeNull();
    expect(timeOfDayFit('what time frame did they give', () => '')).toBeNull();
  });
});

describe('the condition a question asking for the day of the week sets', () => {
  const holds = timeOfDayFit('which day of the week was the vote', (unit) =>
    unit === 0 ? 'The next vote is due on April 24.' : 'The council voted on Thursday.',
  );

  it('holds a date in the month against it', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes a weekday', () => {
    expect(holds?.(1)).toBe(true);
  });
});

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
});
