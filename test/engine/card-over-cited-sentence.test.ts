/**
 * A who's-who card ranked above the very sentence it cites: that sentence
 * is the card's fact again, not another reading of the question, so the
 * card's lead is counted over the next fact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Snow leopard escapes from city zoo

A snow leopard escaped from its enclosure at Harwick City Zoo on Tuesday morning, forcing the evacuation of about 1,800 visitors.

"This was the most serious incident in the zoo's history," said Helen Marsh, the zoo's chief executive, at a press conference. "Our emergency procedures worked as designed."

"Our priority was public safety," Ms Marsh added.

Councillor Graham Pellow, who chairs the council's licensing committee, said the review would report within 12 weeks.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe(`when asked "who's the boss of the zoo"`, () => {
  const question = "who's the boss of the zoo";

  it('ranks the card first and the sentence it cites second', () => {
    const [card, sentence] = engine.explain(question, 2);
    expect(card?.kind).toBe('entity');
    expect(sentence?.title).toContain('said Helen Marsh, the zoo');
  });

  it('counts the lead over a fact past the cited sentence', () => {
    const [card, sentence] = engine.explain(question, 2);
    const lead = engine.explainDecision(question)?.lead ?? 0;
    expect(lead).toBeGreaterThan((card?.score ?? 0) / (sentence?.score ?? 1) + 0.01);
  });
});
