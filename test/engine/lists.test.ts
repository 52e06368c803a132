/**
 * The article-wide lists (its people, places, dates) answer a question that
 * asks for many of them, not one about a single fact that shares a word
 * with the list's own questions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';

let fresh: StoryEngine;
beforeAll(async () => {
  fresh = createEngine(await bundledFresh());
});

/** What the engine answers or offers first. */
const first = (question: string) => {
  const answer = fresh.ask(question);
  return answer.status === 'answered' ? answer.answer : answer.suggestions[0];
};

describe('when asked the date of one thing ("what date did assad fall")', () => {
  it('neither answers nor first offers the list of every date the article gives', () => {
    for (const question of [
      'what date did assad fall',
      "what year did russia's intervention start",
    ]) {
      expect(first(question), question).not.toMatch(/dates/i);
    }
  });
});

describe('when asked for many ("what dates come up in the article", "who are all the people")', () => {
  it('still lists them', () => {
    expect(fresh.ask('what dates come up in the article').answer).toMatch(/^Dates in the article/);
    expect(fresh.ask('who are all the people named in this').answer).toMatch(
      /^People in the article/,
    );
  });
});

describe('when asked the date of the article itself ("what date is the article")', () => {
  let launch: StoryEngine;
  beforeAll(async () => {
    launch = createEngine((await fixtureStory('launch-failure')).kb);
  });

  it('gives the publication date from the source, not the dates the story mentions', () => {
    expect(launch.ask('what date is the article').answer).toMatch(
      /published the article on 2025-03-11/,
    );
  });

  it('reads a "this" naming nothing else as the article ("when is this from")', () => {
    for (const question of ['when is this from', 'what date is this from', 'when was this']) {
      expect(launch.ask(question).answer, question).toMatch(/published the article on 2025-03-11/);
    }
  });

  it('leaves the reader\'s own clock alone ("what year is it", "what date is it today")', () => {
    for (const question of ['what year is it', 'what date is it today']) {
      expect(launch.ask(question).status, question).toBe('unknown');
    }
  });

  it('still lists the dates the story mentions when asked for them', () => {
    expect(launch.ask('what dates does the article mention').answer).toMatch(
      /^Dates in the article/,
    );
  });
});

describe('when a "which" asks for a kind of thing no list holds ("which subjects did they look at")', () => {
  let sleep: StoryEngine;
  beforeAll(async () => {
    sleep = createEngine((await fixtureStory('weekend-sleep-study')).kb);
  });

  it('does not answer with the list of places, reached only by a word related to "subjects"', () => {
    expect(sleep.ask('which subjects did they look at').answer).not.toMatch(
      /^Places in the article/,
    );
  });

  it('still lists the places when a "which" asks for places', () => {
    expect(sleep.ask('which places are mentioned').answer).toMatch(/^Places in the article/);
  });
});

describe('when asked a yes or no ("was a school affected")', () => {
  let derailment: StoryEngine;
  beforeAll(async () => {
    derailment = createEngine((await fixtureStory('acid-tanker-derailment')).kb);
  });

  it('does not answer with the list of people, one of whom is "a retired school secretary"', () => {
    expect(derailment.ask('was a school affected').answer).not.toMatch(/^People in the article/);
  });

  it('still lists the people when a yes-or-no asks for the list ("can you list the people")', () => {
    expect(derailment.ask('can you list the people').answer).toMatch(/^People in the article/);
  });
});
