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

describe('a card offered as "What is X?" whose text says something is not known', () => {
  it('answers "What is Kelbrook?" with the card of Kelbrook', async () => {
    const engine = createEngine((await fixtureStory('loyalty-card-breach')).kb);
    expect(engine.offerableQuestions()).toContain('What is Kelbrook?');
    const answer = engine.ask('What is Kelbrook?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toMatch(/^According to .*: Kelbrook — /);
  });
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

  it('reads "Price" as the speaker in a question typed with a dash and a curly apostrophe', async () => {
    const engine = createEngine((await fixtureStory('kessington-by-election')).kb);
    const answer = engine.ask('What did Price say — about Sofia’s win?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Aled Price');
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

describe('two events the article tells at the same time ("this year")', () => {
  // The chess article's family spending and the federation's budget cut are
  // both "this year": two generated pairs titled "What happened this year?".
  it('offers no "What happened this year?" that a click could not settle', async () => {
    const { kb } = await fixtureStory('youngest-grandmaster');
    const offered = createEngine(kb).offerableQuestions();
    expect(offered).not.toContain('What happened this year?');
    expect(offered).toContain('What happened last month?');
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

  /**
   * The offered questions a click does not answer as offered: those that
   * abstain, and those quoting a sentence's opening ("More on “…”") that
   * answer with some other sentence.
   */
  function missedOn(engine: StoryEngine, asked: readonly string[]): string[] {
    return [...offered(engine, asked)].filter((q) => {
      const answer = engine.ask(q);
      if (answer.status !== 'answered') return true;
      const opening = SENTENCE_TITLE.exec(q)?.[1];
      return opening !== undefined && !plainly(answer.answer).includes(plainly(opening));
    });
  }

  /** "More on “Seventeen schools in the area closed…”": the sentence's opening. */
  const SENTENCE_TITLE = /^More on “(.+)…”$/u;

  /** A text without quotation marks or the names the engine puts after a pronoun ("He [Tom Ellery] said"). */
  function plainly(text: string): string {
    return text.replace(/\s*\[[^\]]*\]/g, '').replace(/["“”]/g, '');
  }

  it('is answered, with what it offered, on the curated bundled story', async () => {
    const set = await readEvalSet(path.join(REPO, 'test', 'eval', 'questions.json'));
    const engine = createEngine(await loadKnowledge(BUNDLED_DIR));
    expect(
      missedOn(
        engine,
        set.answerable.map((a) => a.q),
      ),
    ).toEqual([]);
  });

  it('is answered, with what it offered, on the bundled article ingested fresh', async () => {
    const set = await readEvalSet(path.join(REPO, 'test', 'eval', 'questions.json'));
    const engine = createEngine(await bundledFresh());
    expect(
      missedOn(
        engine,
        set.answerable.map((a) => a.q),
      ),
    ).toEqual([]);
  });

  /**
   * Offered questions known to go unanswered, each with why: a click that
   * starts answering fails the spec too, so the list is kept true.
   */
  const KNOWN_MISSES: Partial<Record<(typeof FIXTURE_ARTICLES)[number], string[]>> = {
    // Released 2026-12-07 and missed since its first measurement: "Ealing" is an
    // English word to the general resources (a London borough), so the exact
    // card title weighs less than the sentence naming him, which is held back.
    'beekeeper-hives-sprayed': ['Who is Tom Ealing?'],
  };

  it.each(FIXTURE_ARTICLES)(
    'is answered, with what it offered, on %s ingested fresh',
    async (name) => {
      const { kb, set } = await fixtureStory(name);
      const asked = [...set.answerable.map((a) => a.q), ...set.unanswerable];
      expect(missedOn(createEngine(kb), asked)).toEqual(KNOWN_MISSES[name] ?? []);
    },
  );
});
