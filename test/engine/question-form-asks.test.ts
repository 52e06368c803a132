/**
 * "whats", "whens", "whos": a question word typed with its verb as one asks
 * as the question word does, for the decision as for the chat around it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `School shut after ceiling collapse

A secondary school in Marlbury closed on Monday after part of a classroom ceiling collapsed overnight.

Officials warned schools in 2018 that the lightweight concrete could fail with little or no warning.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe.each([
  'whats the risk with this concrete according to the 2018 warning',
  'whens the school shutting',
])('when asked "%s"', (question) => {
  it('reads it as asking with a question word', () => {
    expect(engine.explainDecision(question)?.asksWh).toBe(true);
  });
});

describe('when asked "is the concrete risky"', () => {
  it('reads it as a yes-or-no question', () => {
    expect(engine.explainDecision('is the concrete risky')?.asksWh).toBe(false);
  });
});
