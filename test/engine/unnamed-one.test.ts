import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { speaksOnlyOfUnnamedOnes } from '../../src/engine/unnamed-one.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('when a text speaks of a kind of thing only after "a" or a count', () => {
  it.each([
    ['before being sent to a medical journal in November 2024.', 'journal'],
    ['a review of up to 14 loss-making routes would begin', 'route'],
    ['Ms Marchetti, a 44-year-old former primary school headteacher', 'school'],
    ['meal pick-up points at six schools for families', 'school'],
    ['a fault at one of its battery suppliers could leave debris', 'supplier'],
    ['some of the consultants hired last year', 'consultant'],
  ])('reads "%s" as telling no %s by name', (text, kind) => {
    expect(speaksOnlyOfUnnamedOnes(text, kind)).toBe(true);
  });

  it.each([
    ['published in the Lancet, a medical journal', 'journal', 'once named'],
    ['the routes under review', 'route', 'a determiner'],
    ['Asked about a Westmarch Premier Division return', 'division', 'a capital between'],
    ['She declined to say more.', 'route', 'never said'],
    ['one of the Lancet journals', 'journal', 'a capital between'],
    ['the best of its suppliers', 'supplier', 'not one or some of them'],
  ])('does not read "%s" so (%s: %s)', (text, kind) => {
    expect(speaksOnlyOfUnnamedOnes(text, kind)).toBe(false);
  });
});

describe('when asked "which medical journal was the paper submitted to?"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('trial-lab-suspended')).kb);
  });

  it('does not answer with the sentence saying only "a medical journal in November 2024"', () => {
    expect(engine.ask('which medical journal was the paper submitted to?').status).toBe('unknown');
  });
});

describe('when asked "which 14 routes are going to be reviewed exactly"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('bus-pay-deal')).kb);
  });

  it('does not answer with "a review of up to 14 loss-making routes"', () => {
    expect(engine.ask('which 14 routes are going to be reviewed exactly').status).toBe('unknown');
  });
});
