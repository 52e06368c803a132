/**
 * "When exactly will the report be out" is not answered by the day a remark
 * about it was made: "the regulator said on Tuesday that it would publish
 * its findings in due course" (`src/engine/said-on.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { withoutDaysOfSaying } from '../../src/engine/said-on.ts';
import { freshEngine } from '../support/one-off.ts';

describe('the dates of a text without those of its saying', () => {
  it('leaves out the day a remark was made ("said on Tuesday", "told reporters on Monday evening")', () => {
    expect(withoutDaysOfSaying('The regulator said on Tuesday that it would report.')).not.toMatch(
      /tuesday/i,
    );
    expect(
      withoutDaysOfSaying('Ms Reid told reporters on Monday evening that talks would resume.'),
    ).not.toMatch(/monday/i);
  });
  it('leaves out the label of when a generated pair tells of', () => {
    expect(withoutDaysOfSaying('The Courier reports, for on Tuesday: It said so.')).toBe(
      'The Courier reports: It said so.',
    );
  });
  it('keeps the day of what the remark tells is to come', () => {
    expect(
      withoutDaysOfSaying('The council said it would reopen the bridge on Friday 14 March.'),
    ).toContain('Friday 14 March');
  });
});

/** A made-up report whose only day is the one the regulator spoke on. */
const REGRADE_REPORT = [
  'Exam board admits marking fault',
  'An exam board has admitted that a fault in its marking system lowered the grades of 2,300 pupils.',
  'The regulator said on Tuesday that it had opened an investigation and would publish its findings "in due course".',
  'Schools said pupils had missed university offers because of the fault.',
].join('\n');

describe('on an article ingested fresh, asked the exact day of something still to come', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(REGRADE_REPORT);
  });

  describe('when asked "when exactly will the regulator publish its findings"', () => {
    it('does not answer with the day the regulator spoke', () => {
      expect(engine.ask('when exactly will the regulator publish its findings').status).toBe(
        'unknown',
      );
    });
  });

  describe('when asked "when did the regulator open its investigation"', () => {
    it('still answers with the day it said so, a question about the past', () => {
      const answer = engine.ask('when did the regulator open its investigation');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Tuesday');
    });
  });
});
