import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Steam railway halts trains after lineside fires

A volunteer-run steam railway has suspended all services after two fires destroyed about 40 acres of a farmer's unharvested wheat on Saturday.

Geoffrey Pell, 58, who farms 310 acres at Hollins Farm, said he saw smoke rising from the cutting as the train pulled away.

The railway's position has been complicated by its insurer. Heritage Rail Mutual said its policy required lineside fire patrols in dry weather.

"We will look at this claim fairly, but the terms of the policy are clear," said Helen Marsh, the insurer's head of claims.`;

describe('when asked "who\'s the insurer lol"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it("does not answer with the insurer's head of claims, someone else", () => {
    const answer = engine.ask("who's the insurer lol");
    expect(answer.answer ?? '').not.toContain('Helen Marsh');
  });

  describe('when asked "who\'s the farmer"', () => {
    it('does not answer with the sentence naming only "a farmer\'s" wheat', () => {
      expect(engine.ask("who's the farmer").answer ?? '').not.toContain('unharvested wheat');
    });
  });
});
