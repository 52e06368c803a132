import { expect } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';

/** Stories to ask, each with the name a failure reports it by. */
export type NamedStories = readonly (readonly [story: string, engine: StoryEngine])[];

/** Expects every story to abstain on every message; a failure names the message and the story. */
export function expectAbstainsOn(stories: NamedStories, messages: readonly string[]): void {
  for (const [story, engine] of stories) {
    for (const message of messages) {
      expect(engine.ask(message).status, `"${message}" on ${story}`).toBe('unknown');
    }
  }
}
