/**
 * Small talk that asks (`src/engine/small-talk.ts`): the channel asked what
 * the reader's own day holds ("whats for lunch", "any plans for the
 * weekend") or an everyday word defined ("what is love") abstains even
 * where the article happens to say "lunch", "plan", "weekends" or "love";
 * the story's own questions in the same words still ask the article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';
import { expectAbstainsOn } from '../support/abstains.ts';

let strike: StoryEngine;
let landslide: StoryEngine;
beforeAll(async () => {
  strike = createEngine((await fixtureStory('teachers-strike')).kb);
  landslide = createEngine((await fixtureStory('landslide-repair')).kb);
}, 60_000);

const both = () =>
  [
    ['the teachers strike, which says "breakfast and lunch" and "I love these kids"', strike],
    ['the landslide repair, which says "no plan B" and "work weekends"', landslide],
  ] as const;

describe('when a reader asks the channel "whats for lunch" or "any plans for the weekend"', () => {
  it('abstains, though the article uses the words of that day', () => {
    expectAbstainsOn(both(), [
      'whats for lunch',
      'any plans for the weekend',
      'what should i eat for dinner',
    ]);
  });

  it('still reads a question after the story\'s people ("what did he do for work")', () => {
    expect(strike.explain('what did he do for work before all this').length).toBeGreaterThan(0);
    expect(strike.explain('what about lunch for the kids').length).toBeGreaterThan(0);
  });
});

describe('when a reader asks "what is love"', () => {
  it('abstains: no article is written to define an everyday word', () => {
    expectAbstainsOn(both(), ['what is love', 'what is a briefcase', 'ok so whats love']);
  });

  it('still reads a question after the story\'s own thing or a name ("what is the offer")', () => {
    expect(strike.explain('what is the offer').length).toBeGreaterThan(0);
    expect(strike.explain('what is the title').length).toBeGreaterThan(0);
    expect(landslide.explain('whats glenmoss').length).toBeGreaterThan(0);
  });
});
