import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import {
  BUNDLED_DIR,
  bundledFresh,
  FIXTURE_ARTICLES,
  fixtureStory,
  REPO,
  readEvalSet,
} from '../eval/stories.ts';

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

describe('a sentence offered as "More on “…”" whose opening holds a "which"', () => {
  it.each([
    [
      'maternity-unit',
      'More on “That is not an environment in which people…”',
      'That is not an environment in which people can deliver safe care',
    ],
    [
      'museum-bronzes',
      'More on “The sculptures, which include 19 commemorative…”',
      'The sculptures, which include 19 commemorative plaques',
    ],
  ] as const)(
    'reads the quoted "which" on %s as the article\'s words, not as asking for a kind',
    async (name, title, sentence) => {
      const engine = createEngine((await fixtureStory(name)).kb);
      expect(engine.offerableQuestions()).toContain(title);
      const answer = engine.ask(title);
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain(sentence);
    },
  );
});

describe('a quote offered as "What did Price say: …?", its speaker\'s name an English word', () => {
  it('reads "Price" as the speaker, not as asking for a sum', async () => {
    const engine = createEngine((await fixtureStory('kessington-by-election')).kb);
    const title = 'What did Price say: “Sofia won it street by street,…”?';
    expect(engine.offerableQuestions()).toContain(title);
    const answer = engine.ask(title);
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Sofia won it street by street');
  });
});

describe('a sentence offered whose opening is mostly everyday words', () => {
  it('is answered with that sentence, clicked, though its words weigh little', () => {
    const title = "More on “That number is going to go up, and I'm not going to…”";
    expect(flood.offerableQuestions()).toContain(title);
    const answer = flood.ask(title);
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('That number is going to go up');
  });

  it('still abstains on the same words typed otherwise', () => {
    expect(flood.ask('that number is going to go up').status).toBe('unknown');
  });
});

describe('every question the engine offers, asked as offered', () => {
  /** What a reader can click: the engine's offered questions, and what it suggests on its dev set. */
  function offered(engine: StoryEngine, asked: readonly string[]): Set<string> {
    const questions = new Set(engine.offerableQuestions());
    for (const question of asked)
      for (const s of engine.ask(question).suggestions) questions.add(s);
    return questions;
  }

  function abstainsOn(engine: StoryEngine, asked: readonly string[]): string[] {
    return [...offered(engine, asked)].filter((q) => engine.ask(q).status !== 'answered');
  }

  it('is answered on the curated bundled story', async () => {
    const set = await readEvalSet(path.join(REPO, 'test', 'eval', 'questions.json'));
    const engine = createEngine(await loadKnowledge(BUNDLED_DIR));
    expect(
      abstainsOn(
        engine,
        set.answerable.map((a) => a.q),
      ),
    ).toEqual([]);
  });

  it('is answered on the bundled article ingested fresh', async () => {
    const set = await readEvalSet(path.join(REPO, 'test', 'eval', 'questions.json'));
    const engine = createEngine(await bundledFresh());
    expect(
      abstainsOn(
        engine,
        set.answerable.map((a) => a.q),
      ),
    ).toEqual([]);
  });

  /**
   * Offered questions that still abstain when clicked, found when the
   * released held-out articles joined the fixtures (2026-12-03, night).
   * Listed so that any other one fails; each is a defect to mend, not a rule.
   */
  const STILL_UNANSWERED: Partial<Record<(typeof FIXTURE_ARTICLES)[number], string[]>> = {
    'loyalty-card-breach': ['What is Kelbrook?'],
  };

  it.each(FIXTURE_ARTICLES)('is answered on %s ingested fresh', async (name) => {
    const { kb, set } = await fixtureStory(name);
    const asked = [...set.answerable.map((a) => a.q), ...set.unanswerable];
    expect(abstainsOn(createEngine(kb), asked)).toEqual(STILL_UNANSWERED[name] ?? []);
  });
});
