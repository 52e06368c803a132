/**
 * Going or moving to a place is not a level moved to: "what school does
 * Lina go to" asks which school, "how far away is the ground they'd be
 * moving to" a distance; "what did the charge go to" still asks a level
 * (`level.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { levelFit } from '../../src/engine/level.ts';
import { freshEngine } from '../support/one-off.ts';

const condition = (question: string) => levelFit(question, () => 'The fee went up.');

describe('the condition a question after a level sets', () => {
  it.each([
    'what school does Lina go to?',
    'what ground are they moving to',
    "how far away is the new ground they'd be moving to",
  ])('sets none on "%s", which asks where to', (question) => {
    expect(condition(question)).toBeNull();
  });

  it.each([
    'what did the charge go to',
    'what level did the river go to',
    'how high did the charge go to',
  ])('still sets one on "%s"', (question) => {
    expect(condition(question)).not.toBeNull();
  });
});

const ARTICLE = `Boy, 10, finds fossil on Wrayburn beach
A ten-year-old boy has found the fossil of a marine reptile in fallen rock on Wrayburn beach, the county museum said on Tuesday.
Oliver Grant was walking with his father below the cliffs when he saw a row of vertebrae in a boulder.
"I thought it was a dinosaur," said Oliver, who attends Wrayburn Primary School.
The museum said the fossil would go on display next spring.
`;

describe('in a made-up report of a fossil found on a beach', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  describe('when asked "what school does oliver go to"', () => {
    it('answers with the school he attends', () => {
      const answer = engine.ask('what school does oliver go to');
      expect(answer.status).toBe('answered');
      expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain('Wrayburn Primary School');
    });
  });
});
