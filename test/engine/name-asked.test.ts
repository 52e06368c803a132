import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { isNameAsked } from '../../src/engine/name-asked.ts';
import { freshEngine } from '../support/one-off.ts';
import { bundledStory } from '../support/story.ts';

const ARTICLE = `Nine children hurt in pool chlorine leak

Nine children and a lifeguard were taken to hospital on Tuesday evening after chlorine gas leaked into the main pool hall at the Brackenford Leisure Centre.

The lifeguard, Daniel Oyelaran, 24, was treated for breathing difficulties after going back into the hall to check that it was empty.

Aquaserve Leisure, a spokesperson for the company, said: "The valve was replaced within the week and every check since has been passed."

The Charity Commission said it had opened an inquiry into the centre's trust.

Officials said a new Brackenford dam would not affect the pool.

Parents said they had not been told about the valve.`;

describe('when asked the name of one of a kind', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('answers "whats the lifeguards name" with the lifeguard, "name" asking only what "who" would', () => {
    const answer = engine.ask('whats the lifeguards name');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Daniel Oyelaran');
  });

  it('answers "what is the lifeguard called" alike', () => {
    expect(engine.ask('what is the lifeguard called').answer).toContain('Daniel Oyelaran');
  });

  it('does not answer the name of a spokesperson the article leaves unnamed', () => {
    expect(engine.ask("what's the name of the aquaserve spokesperson").status).not.toBe('answered');
  });

  it('reads no charity named by the name of a commission ("the Charity Commission")', () => {
    expect(engine.ask("what's the charity called").answer).not.toContain('Charity Commission');
  });

  it('reads no dam named by "a new Brackenford dam"', () => {
    expect(engine.ask('what is the name of the dam').status).not.toBe('answered');
  });
});

describe('when a word asks for a name', () => {
  it.each([
    ['whats the lifeguards name', 3],
    ['what the lifeguard name again', 3],
    ['what is the name of the dam', 3],
    ['name of the hospital', 0],
    ['what is the dam called', 4],
    ['whats the business group called', 4],
    ['what the dam called', 3],
  ])('reads "%s" as asking a name', (question, at) => {
    expect(isNameAsked(question.split(' '), at)).toBe(true);
  });

  it.each([
    ['is the whistleblower named', 3],
    ['who got called out first', 2],
    ['whats his full name', 3],
    ['what is the name of the spokeswoman first name', 3],
    ['what was wrong with the boat when they called mayday', 8],
    ['did they name the comet', 3],
    ['what time of day was the critical incident called', 8],
    ['what is this story called', 4],
  ])('does not read "%s" as asking a name', (question, at) => {
    expect(isNameAsked(question.split(' '), at)).toBe(false);
  });
});

describe("when asked the name of someone's relative in a curated story", () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    ({ engine } = await bundledStory());
  });

  it("does not answer with an editors' pair that never names the relative", () => {
    expect(engine.ask("what is the name of assad's wife").status).not.toBe('answered');
  });

  it("still answers with an editors' pair naming the thing asked", () => {
    expect(engine.ask('name of the air base').status).toBe('answered');
  });
});
