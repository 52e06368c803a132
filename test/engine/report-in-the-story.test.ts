/**
 * The byline (`bylineFit`, `src/engine/byline-asked.ts`) answers who wrote
 * the article, not what someone in the story wrote ("what sort of reports did
 * he write for them"), nor where a report in the story goes ("who is the
 * report going to"), which share with it only "write" or the stem of "reporter".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

const BYLINE = /according to its byline/;

let bribes: StoryEngine;
let inquest: StoryEngine;
beforeAll(async () => {
  bribes = createEngine((await fixtureStory('planning-bribes')).kb);
  inquest = createEngine((await fixtureStory('cyclist-inquest')).kb);
}, 60_000);

describe('when asked what someone in the story wrote', () => {
  it('does not answer "what sort of reports did he write for them" with the byline', () => {
    expect(bribes.ask('what sort of reports did he write for them').answer).not.toMatch(BYLINE);
  });
});

describe('when asked about a report in the story', () => {
  it('does not answer "who is the report going to?" with the byline', () => {
    expect(inquest.ask('who is the report going to?').answer).not.toMatch(BYLINE);
  });
});

describe('when asked who wrote the article', () => {
  for (const question of ['who wrote this', "what's the byline", "who's the author"]) {
    it(`still answers "${question}" with the byline`, () => {
      expect(bribes.ask(question).answer).toMatch(BYLINE);
      expect(inquest.ask(question).answer).toMatch(BYLINE);
    });
  }
});
