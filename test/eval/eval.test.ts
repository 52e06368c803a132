import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledStory } from '../support/story.ts';
import { type EvalReport, EvalSetSchema, evaluate } from './evaluate.ts';
import { misspelt } from './typos.ts';

const set = EvalSetSchema.parse(
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'questions.json'), 'utf8')),
);

let report: EvalReport;
let typoReport: EvalReport;
beforeAll(async () => {
  const { engine } = await bundledStory();
  report = evaluate(set, (q) => engine.ask(q));
  typoReport = evaluate(misspelt(set), (q) => engine.ask(q));
});

// Floors at the measured level (2026-11-29), so a change that makes answers worse fails CI.
// The 95% hit@1 target is above the floor and not met yet (see issue
// #2's notes); its 100% off-topic and 80% not-in-article targets are met here.
describe('on the evaluation set', () => {
  it('is broad enough to mean something', () => {
    expect(set.answerable.length).toBeGreaterThanOrEqual(150);
    expect(set.offTopic.length).toBeGreaterThanOrEqual(30);
    expect(set.unanswerable.length).toBeGreaterThanOrEqual(10);
  });

  it('abstains on every off-topic question', () => {
    expect(report.offTopicAbstentionRate).toBe(1);
  });

  it('abstains on at least 90% of questions the article does not answer', () => {
    expect(report.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.9);
  });

  it('answers at least 87% of answerable questions correctly, with few wrong answers', () => {
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.87);
    expect(report.wrong).toBeLessThanOrEqual(28);
  });
});

describe('on the same questions with typos injected', () => {
  it('still abstains on every off-topic question', () => {
    expect(typoReport.offTopicAbstentionRate).toBe(1);
  });

  it('still answers at least 85% of answerable questions correctly', () => {
    expect(typoReport.hitAt1).toBeGreaterThanOrEqual(0.85);
    expect(typoReport.wrong).toBeLessThanOrEqual(28);
  });
});
