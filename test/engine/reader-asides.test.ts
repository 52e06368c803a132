import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { bundledStory } from '../support/story.ts';

let curated: StoryEngine;
beforeAll(async () => {
  curated = (await bundledStory()).engine;
});

/** Asks, and expects an answer holding `fact`. */
function expectAnswered(question: string, fact: string): void {
  const answer = curated.ask(question);
  expect(answer.status).toBe('answered');
  expect(answer.answer).toContain(fact);
}

// A reader's asides ask nothing: read as words, they held back an answer
// that says everything else asked.
describe('when a question carries an aside ("excuse my english", "source pls", "in short")', () => {
  it('answers where Zakharova spoke, excuse my english', () => {
    expectAnswered('where did zakharova say it, excuse my english', 'briefing');
  });

  it('names the bases, not the outlet\'s source, when asked "where are the bases, source pls"', () => {
    expectAnswered('where are the bases, source pls', 'Hmeimim');
  });

  it('gives what Sharaa said, in short', () => {
    expectAnswered('what did sharaa say, in short', 'Russian origin');
  });
});

// "Along", "making" and "per" name no fact, as "with", "make" and
// "according to" do not.
describe('when a question holds a function word the stopwords lacked', () => {
  it('places the bases on the coast when asked "where along the coast are the bases"', () => {
    expectAnswered('where along the coast are the bases', 'Hmeimim');
  });

  it('quotes Zakharova on detailed comments when asked about "making comments"', () => {
    expectAnswered('what did zakharova say about making comments', 'refrain from public detailed');
  });
});

// Readers' slang in plain words: "lips zipped" is silence, "hang onto" is keep.
describe('when a question is asked in slang', () => {
  it('gives why Zakharova held back when asked if her lips are zipped', () => {
    expectAnswered('is zakharova keeping her lips zipped about the bases', 'refrain');
  });

  it('tells what the Kremlin wants to keep when asked what it is trying to hang onto', () => {
    expectAnswered('what is moscow trying to hang onto in syria', 'military foothold');
  });
});
