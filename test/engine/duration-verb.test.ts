import { beforeAll, describe, expect, it } from 'vitest';
import { isDurationVerb } from '../../src/engine/duration-verb.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Bus drivers accept pay deal

Bus drivers at Marlowe Coaches have voted to accept a revised pay offer, ending a three-week strike that left thousands of passengers without services.

Drivers last struck in the spring of 2022, in a dispute settled after eight days.

The company said it would review loss-making routes before Christmas.`;

describe('when asked "how long did the strike last"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('does not answer with the sentence whose "last" is another word ("Drivers last struck in 2022")', () => {
    const answer = engine.ask('how long did the strike last');
    expect(answer.quote?.text ?? '').not.toContain('last struck');
  });

  it('still reads "last" where it is no closing verb ("when did drivers last strike")', () => {
    expect(engine.ask('when did drivers last strike').quote?.text).toContain('2022');
  });
});

describe('when a "how long" closes on its verb', () => {
  it.each([
    ['how long did the strike last', 5],
    ['how long will the suspension last', 5],
  ])('reads the last word of "%s" as the verb', (question, at) => {
    expect(isDurationVerb(question.split(' '), at)).toBe(true);
  });

  it.each([
    ['how long since the last failure', 3],
    ['how long was the road closed last time', 6],
    ['when did drivers last strike', 3],
  ])('reads "last" of "%s" as the word it is', (question, at) => {
    expect(isDurationVerb(question.split(' '), at)).toBe(false);
  });
});
