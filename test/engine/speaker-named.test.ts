import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { speakerNamedFit } from '../../src/engine/speaker-named.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('the condition a "who said…" question sets', () => {
  // Unit 0 names nobody ("she"), unit 1 names the speaker, unit 2 is curated.
  const names = [false, true, null];
  const namesSomeone = (unit: number) => names[unit] ?? null;
  const tied = [
    { unit: 0, score: 0.72 },
    { unit: 1, score: 0.72 },
    { unit: 2, score: 0.3 },
  ];

  it('holds an answer naming nobody against it, where one scoring near it names someone', () => {
    const holds = speakerNamedFit(
      "who said 'most of the time there is nothing'",
      tied,
      namesSomeone,
    );
    expect(holds?.(0)).toBe(false);
    expect(holds?.(1)).toBe(true);
    expect(holds?.(2)).toBe(true);
  });
  it('sets none where every answer naming someone scores far below the best', () => {
    const far = [
      { unit: 0, score: 0.88 },
      { unit: 1, score: 0.11 },
    ];
    expect(
      speakerNamedFit("who said 'all options are on the table'", far, namesSomeone),
    ).toBeNull();
  });
  it('sets none on a question asking after no speaker', () => {
    expect(speakerNamedFit('who runs the museum', tied, namesSomeone)).toBeNull();
  });
});

describe('in the stolen painting report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('stolen-painting-found')).kb);
  });

  it('answers "who said \'most of the time there is nothing\'" with the one who said it, not "she told the Gazette"', () => {
    const answer = engine.ask("who said 'most of the time there is nothing'");
    expect(answer.status === 'unknown' || answer.answer.includes('Keller')).toBe(true);
  });
});
