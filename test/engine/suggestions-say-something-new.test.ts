import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { fixtureStory } from '../eval/stories.ts';

let tram: StoryEngine;
let study: StoryEngine;
let whale: StoryEngine;
beforeAll(async () => {
  tram = createEngine((await fixtureStory('tram-line-delay')).kb);
  study = createEngine((await fixtureStory('weekend-sleep-study')).kb);
  whale = createEngine((await fixtureStory('whale-refloated')).kb);
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

  it('goes after the rest when nothing is close but the article-wide questions the question matches: the quoted people after the people ("who\'s the more gloomy one")', () => {
    const answer = whale.ask("who's the more gloomy one");
    expect(answer.status).toBe('unknown');
    const firstThree = answer.suggestions.slice(0, 3);
    expect(firstThree[0]).toBe('Who are the people in the article?');
    expect(firstThree).not.toContain('Who is quoted in the article?');
    // Moved after the rest, not left out.
    expect(answer.suggestions).toContain('Who is quoted in the article?');
  });
});

describe('the article-wide questions of an article nobody curated', () => {
  it('come each after those saying something new: the quoted people after the people in the article who name them all', () => {
    const featured = whale.story().examples;
    expect(featured.indexOf('Who are the people in the article?')).toBeLessThan(
      featured.indexOf('Who is quoted in the article?'),
    );
    expect(featured.slice(0, 3)).toEqual([
      'What is this article about?',
      'Who are the people in the article?',
      'What dates does the article mention?',
    ]);
  });

  it('are offered in that order when nothing is close ("how warm was it on the day")', () => {
    const answer = whale.ask('how warm was it on the day');
    expect(answer.status).toBe('unknown');
    expect(answer.suggestions).toEqual(whale.story().examples.slice(0, DECISION.maxSuggestions));
    expect(answer.suggestions.slice(0, 3)).not.toContain('Who is quoted in the article?');
  });
});
