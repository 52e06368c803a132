/**
 * "Has Brackenford had measles before": the sentence holding the reader's
 * words often only announces an earlier one ("Brackenford has faced measles
 * before."), and the next sentence of its paragraph tells it ("In 2013, an
 * outbreak…"): that one is ranked first (`src/engine/earlier-told.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type PlainStory, plainStory } from '../support/plain-story.ts';

let story: PlainStory;
beforeAll(async () => {
  story = await plainStory(
    [
      'Health officials in Brackenford have confirmed 27 cases of measles linked to three primary schools in the city.',
      'Brackenford has faced measles before. In 2013, an outbreak centred on the Eastgate estate led to 64 confirmed cases over five months.',
      'The attack is not the trust’s first brush with cyber crime.',
      'In 2023 a phishing campaign compromised several staff email accounts.',
    ],
    { title: 'Measles in Brackenford', scope: 'A measles outbreak in Brackenford' },
  );
}, 60_000);

describe('when asked "has brackenford had measles before"', () => {
  it('ranks first the next sentence, telling the earlier outbreak and its year', () => {
    expect(story.rankedFirst('has brackenford had measles before')).toMatch(
      /^In 2013, an outbreak/,
    );
  });
});

describe('when asked "what has brackenford faced"', () => {
  it('keeps the sentence holding its words first: no earlier time is asked', () => {
    expect(story.rankedFirst('what has brackenford faced')).toBe(
      'Brackenford has faced measles before.',
    );
  });
});

describe('when the sentence telling the earlier one opens the next paragraph', () => {
  it('keeps the announcing sentence first: a new paragraph may tell of something else', () => {
    expect(story.rankedFirst('has the trust had a brush with cyber crime before')).toBe(
      'The attack is not the trust’s first brush with cyber crime.',
    );
  });
});
