/**
 * "Sorry" is a word of the story where an apology is news: "did the boss say
 * sorry" asks whether they apologised, and "We are sorry for the
 * disruption" says so. Chat that opens a question ("sorry if dumb q but…")
 * is read past as ever (`leading-chat.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let outage: StoryEngine;
let rail: StoryEngine;
beforeAll(async () => {
  outage = createEngine((await fixtureStory('mobile-network-outage')).kb);
  rail = createEngine((await fixtureStory('rail-timetable')).kb);
}, 60_000);

describe('when asked "did the boss say sorry"', () => {
  it('answers that the chief executive apologised, not with another thing she said', () => {
    const answer = outage.ask('did the boss say sorry');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('apologised');
  });
});

describe('when asked "did the company apologise at all"', () => {
  it('ranks the remark saying “We are sorry for the disruption” first', () => {
    expect(rail.explain('did the company apologise at all', 1)[0]?.title).toContain(
      'We are sorry for the disruption',
    );
  });
});
