import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let tram: StoryEngine;
let study: StoryEngine;
beforeAll(async () => {
  tram = createEngine((await fixtureStory('tram-line-delay')).kb);
  study = createEngine((await fixtureStory('weekend-sleep-study')).kb);
});

describe('a suggestion whose answer the ones before it already say', () => {
  it('goes after the rest: the people in the article after the quoted people they repeat ("who did Stephen Hale speak to")', () => {
    const answer = tram.ask('Who did Stephen Hale speak to?');
    expect(answer.status).toBe('unknown');
    const firstThree = answer.suggestions.slice(0, 3);
    expect(firstThree).toContain('Who is quoted in the article?');
    expect(firstThree).not.toContain('Who are the people in the article?');
  });

  it('goes after the rest: the date after the outlet\'s byline that gives it ("was this actually published somewhere")', () => {
    const answer = study.ask('was this actually published somewhere or just a press release');
    expect(answer.status).toBe('unknown');
    expect(answer.suggestions).toContain('Which outlet published this article?');
    expect(study.ask('Which outlet published this article?').answer).toContain('2025-03-13');
    expect(answer.suggestions.slice(0, 3)).not.toContain('When was this article published?');
  });
});
