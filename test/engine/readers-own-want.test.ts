/**
 * The reader's own want (`src/engine/analyzer.ts`, `small-talk.ts`): a
 * message opening "i need…" or "i want…" tells of the reader, not of the
 * story, when nothing else the reader typed is the story's; whatever
 * sentence happens to say "need" is no answer to it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';
import { bundledStory } from '../support/story.ts';

let club: StoryEngine;
let boil: StoryEngine;
let curated: StoryEngine;
beforeAll(async () => {
  club = createEngine((await fixtureStory('club-takeover')).kb);
  boil = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
  curated = (await bundledStory()).engine;
}, 60_000);

describe('when a reader tells the channel "i need a vacation"', () => {
  it('abstains, though the article says the ground "would need planning permission" and is for "leisure use"', () => {
    for (const q of ['i need a vacation', 'i really need a holiday']) {
      expect(club.ask(q).status, q).toBe('unknown');
    }
  });
});

describe("when the reader's need names the story's things", () => {
  it('still answers "I need the byline and publication for a citation"', () => {
    expect(curated.ask('I need the byline and publication for a citation').status).toBe('answered');
  });

  it('still answers whether the reader needs to do what the article tells ("do i need to boil water…")', () => {
    const answer = boil.ask(
      'do i need to boil water just for drinking or for brushing my teeth too?',
    );
    expect(answer.status).toBe('answered');
  });
});
