import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let court: StoryEngine;
let cup: StoryEngine;
beforeAll(async () => {
  court = createEngine((await fixtureStory('charity-theft')).kb);
  cup = createEngine((await fixtureStory('cup-semi')).kb);
});

/** How many of the first three suggestions are one speaker's quotes, at most. */
function mostOfOneSpeaker(suggestions: readonly string[]): number {
  const bySpeaker = new Map<string, number>();
  for (const title of suggestions.slice(0, 3)) {
    const speaker = /^What did (.+?) say: /.exec(title)?.[1];
    if (speaker !== undefined) bySpeaker.set(speaker, (bySpeaker.get(speaker) ?? 0) + 1);
  }
  return Math.max(0, ...bySpeaker.values());
}

describe("when the engine abstains on a question matching one speaker's quotes alike", () => {
  it('offers no more than two of them, so the third slot leads to another fact', () => {
    const answer = court.ask('what road is the larder on');
    expect(answer.status).toBe('unknown');
    expect(mostOfOneSpeaker(answer.suggestions)).toBe(2);
  });

  it('offers all three when the question names the speaker', () => {
    const answer = cup.ask('did fairlie just blame the ref for everything?');
    expect(answer.status).toBe('unknown');
    expect(mostOfOneSpeaker(answer.suggestions)).toBe(3);
  });
});
