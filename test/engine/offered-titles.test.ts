import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let court: StoryEngine;
let flood: StoryEngine;
let sleep: StoryEngine;
beforeAll(async () => {
  court = createEngine((await fixtureStory('charity-theft')).kb);
  flood = createEngine((await fixtureStory('harlow-falls-flood')).kb);
  sleep = createEngine((await fixtureStory('weekend-sleep-study')).kb);
});

describe('a card offered as "What is X?", clicked', () => {
  it('answers "What is Stanmoor Crown Court?" with the court\'s card', () => {
    expect(court.offerableQuestions()).toContain('What is Stanmoor Crown Court?');
    const answer = court.ask('What is Stanmoor Crown Court?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Stanmoor Crown Court');
  });

  it('answers "What is Tamsin River?" with the river\'s card', () => {
    expect(flood.offerableQuestions()).toContain('What is Tamsin River?');
    const answer = flood.ask('What is Tamsin River?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Tamsin River');
  });
});

describe('a sentence offered as "More on “…”" whose opening holds a question word', () => {
  const title = 'More on “It is not clear who would fund…”';

  it('reads the quoted "who" as the article\'s words, not as asking for a person', () => {
    expect(sleep.offerableQuestions()).toContain(title);
    const answer = sleep.ask(title);
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('It is not clear who would fund');
  });
});
