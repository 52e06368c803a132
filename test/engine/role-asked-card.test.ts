/**
 * "Who's the local MP", "who is the analyst they quoted": a person asked by
 * the role the article writes beside their name, not by that name. The one
 * card holding that role answers, whatever sentence mentioning the role
 * ranks above it, and words only pointing at the article ("local",
 * "quoted", "in the story") do not weigh against it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Supporters march against stadium sale

Thousands of supporters marched on Millfield Road on Wednesday evening to protest against a proposed takeover of Castlebrook Rovers.

"You don't sell the ground," said Marian Oduya, who chairs the supporters' trust.

The town's MP, Priya Lambourne, said she understood the anger. Ms Oduya said the MP was "sitting on the fence".

Dr Owen Farrant, a lecturer in sports finance at the University of Westmoor, said the club's debts were large.

Rovers chairman Geoffrey Hale defended the board's decision.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe(`when asked "who's the local MP"`, () => {
  it('names the MP from her card', () => {
    const answer = engine.ask("who's the local MP");
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Priya Lambourne');
  });
});

describe(`when asked "who's the sports finance lecturer they quoted"`, () => {
  it('names the lecturer, the words pointing at the article aside', () => {
    const answer = engine.ask("who's the sports finance lecturer they quoted");
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Owen Farrant');
  });
});

describe(`when asked "who's the head of the uni"`, () => {
  it('names no one: two words read through related words are a guess', () => {
    const answer = engine.ask("who's the head of the uni");
    expect(answer.answer).not.toContain('Oduya');
  });
});
