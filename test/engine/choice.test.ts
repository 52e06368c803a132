/**
 * A choice put to the channel between two kinds of a thing the story never
 * names (`src/engine/choice.ts`) is small talk, whatever word of the story
 * names a kind; a choice between the story's own things still asks it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';

let wildfire: StoryEngine;
let bundled: StoryEngine;
beforeAll(async () => {
  wildfire = createEngine((await fixtureStory('wildfire-evacuation')).kb);
  bundled = createEngine(await bundledFresh());
}, 60_000);

describe('when a reader asks "crew neck or v neck?"', () => {
  it('abstains on a story of fire crews, which never speaks of necks', () => {
    expect(wildfire.ask('crew neck or v neck?').status).toBe('unknown');
  });
});

describe('when a reader asks "air base or naval base?"', () => {
  it('answers from the article, which names both of its bases', () => {
    const answer = bundled.ask('air base or naval base?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('naval base in Tartous');
  });
});
