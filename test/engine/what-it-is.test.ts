import { beforeAll, describe, expect, it } from 'vitest';
import { WhatItIs } from '../../src/engine/copular.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { TOP_UNIT_THRESHOLD } from '../eval/evaluate.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';
import { freshEngine } from '../support/one-off.ts';

const whatItIs = new WhatItIs(LANGUAGE);
const noFiller = () => false;
const same = (a: string, b: string) => a === b || a.replace(/s$/, '') === b.replace(/s$/, '');

describe('a question after what a thing is', () => {
  it.each([
    ['What is the official flood stage for the river?', 'stage'],
    ["what's their inflation target", 'target'],
    ['whats inflation at rn', 'inflation'],
    ['whats the normal level this time of year', 'level'],
    ['so whats the pipeline budget', 'budget'],
    ['hey whats the flood stage', 'stage'],
  ])('is told in "%s", the thing\'s head being "%s"', (question, head) => {
    expect(whatItIs.askedThing(question)?.head).toBe(head);
  });

  it.each([
    'what did the mayor say about the cost',
    'when does the hosepipe ban start',
    'who chairs the water board',
  ])('is not read into "%s"', (question) => {
    expect(whatItIs.askedThing(question)).toBeNull();
  });
});

describe('a sentence saying what the thing is', () => {
  const says = (question: string, text: string) => {
    const thing = whatItIs.askedThing(question);
    return thing !== null && whatItIs.saysWhatItIs(text, thing, noFiller, same);
  };

  it('opens on the thing and goes on with "is"', () => {
    expect(says('what is the official flood stage', 'Flood stage is 14 feet.')).toBe(true);
  });
  it('may name whose it is', () => {
    expect(says("what's their inflation target", "The bank's target is 2 percent.")).toBe(true);
  });
  it('may give the level a measure rose to, and which reading of it', () => {
    expect(says('whats inflation at rn', 'Annual inflation rose to 4.8 percent in February.')).toBe(
      true,
    );
  });
  it('may say when its figure holds', () => {
    expect(
      says(
        'whats the normal level this time of year',
        'The normal level for early September is 68 percent.',
      ),
    ).toBe(true);
  });

  it('is not a sentence that merely names it', () => {
    expect(
      says(
        'what is the official flood stage',
        'County officials said damage teams will start work once the river drops below flood stage.',
      ),
    ).toBe(false);
  });
  it('is not one about another thing of the same head word', () => {
    expect(
      says(
        'what is the reservoir level now',
        'The normal level for early September is 68 percent.',
      ),
    ).toBe(false);
  });
  it('is not one telling what was done to it', () => {
    expect(says('what is the record', 'The record was set in April 1999.')).toBe(false);
  });
});

describe('the condition a "what is" question sets', () => {
  const texts = [
    'Officials said the river drops below flood stage.',
    'Flood stage is 14 feet.',
    null,
    'The level at which the river overflows its banks.',
    'A measure of the river.',
  ];
  // Units 3 and 4 are cards: of flood stage itself, and of another thing.
  const names = [[], [], [], ['Flood Stage'], ['Flood Warning']];
  const ranked = texts.map((_, unit) => ({ unit, score: 1 - unit / 10 }));
  const holds = whatItIs.fit(
    'what is flood stage',
    ranked,
    (unit) => texts[unit] ?? null,
    (unit) => names[unit] ?? [],
    noFiller,
    same,
  );

  it('holds a sentence merely naming the thing against it', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes the sentence saying what it is', () => {
    expect(holds?.(1)).toBe(true);
  });
  it('trusts an answer written for its questions', () => {
    expect(holds?.(2)).toBe(true);
  });
  it("takes the thing's own card, whose text never opens on its name", () => {
    expect(holds?.(3)).toBe(true);
  });
  it("holds another thing's card against it", () => {
    expect(holds?.(4)).toBe(false);
  });
  it('sets none when no answer says what the thing is', () => {
    expect(
      whatItIs.fit(
        'what is flood stage',
        ranked.slice(0, 1),
        (u) => texts[u] ?? null,
        () => [],
        noFiller,
        same,
      ),
    ).toBeNull();
  });
});

describe('on a flood report ingested fresh', () => {
  describe('when asked "What is the official flood stage for the river?"', () => {
    it('ranks "Flood stage is 14 feet." above a longer sentence that merely names flood stage', async () => {
      const { kb } = await fixtureStory('harlow-falls-flood');
      const ranking = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
      expect(ranking.ask('What is the official flood stage for the river?').answer).toContain(
        'Flood stage is 14 feet.',
      );
    });
  });
});

describe('in a made-up article about a reservoir in drought', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Drought pushes Lake Orrin reservoir to lowest level in four decades',
        'The Lake Orrin reservoir, which supplies drinking water to about 90,000 people in the Vessby valley, fell to 31 percent of capacity on Tuesday, its lowest level since 1984, the Vessby Water Board said.',
        'The normal level for early September is 68 percent. Rainfall across the valley since May has been less than half the long-term average.',
        'The emergency threshold is 25 percent. Below that level the board can cut supply to farms and impose night-time pressure reductions in homes.',
        "The board's chair, Councillor Petra Lund, said a new pipeline linking Lake Orrin to the larger Sillen reservoir was approved in 2022 but construction has not started because of a dispute over its cost. The pipeline's budget is 41 million euros.",
      ].join('\n\n'),
    );
  });

  describe('when asked "whats the normal level this time of year"', () => {
    it('ranks the sentence giving the normal level first', () => {
      expect(engine.explain('whats the normal level this time of year', 1)[0]?.title).toBe(
        'The normal level for early September is 68 percent.',
      );
    });

    it('gives it, though it holds few of the words asked: it says what the level is', () => {
      const answer = engine.ask('whats the normal level this time of year');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('68 percent');
    });
  });

  describe('when asked "what is the reservoir level now"', () => {
    it('gives the level it fell to, not the normal level', () => {
      const answer = engine.ask('what is the reservoir level now');
      expect(answer.answer).toContain('31 percent');
    });
  });

  describe('when asked "what\'s the pipeline budget"', () => {
    it('gives the budget', () => {
      const answer = engine.ask("what's the pipeline budget");
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('41 million euros');
    });
  });

  describe('when asked "what\'s the water price"', () => {
    it('abstains: the article gives no price', () => {
      expect(engine.ask("what's the water price").status).toBe('unknown');
    });
  });
});
