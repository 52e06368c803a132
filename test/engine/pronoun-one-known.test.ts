/**
 * A question naming nobody but saying "she", asked of an article that tells
 * of one woman only by a pronoun or a title, may still be about someone else
 * the article never says is a man or a woman: her coach, her neighbour.
 * Those people are not ruled out; a man the article calls "he" is, and so is
 * a sentence naming no one at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = [
  'Teenage climber from Bryn Aur wins national bouldering title',
  'Nia Rowlands, 16, won the national bouldering championship in Sheffield on Saturday, topping all four problems in the final.',
  'She said she had not expected to reach the final after a fall in the qualifying round.',
  'Gwyn Tudor, a retired geography teacher, has trained the teenager at the Bryn Aur climbing wall since 2019.',
  'The runner-up, Owen Pritchard, said he had never seen anyone climb so calmly. "She made it look easy," he said.',
  'The championship has been held in Sheffield every year since 2004.',
].join('\n\n');

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked "who trains her", of an article whose one known woman has a coach it never calls "he" or "she"', () => {
  it('answers with the sentence naming the coach', () => {
    const answer = engine.ask('who trains her');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Gwyn Tudor');
  });
});
