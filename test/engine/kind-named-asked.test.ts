import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Cheese recalled over listeria fears

The supermarket chain Hollowmere has recalled a batch of its own-label soft cheese sold in its stores after routine testing found listeria at its supplier's dairy.

Customers were told to return the cheese for a full refund.

The chain said it had stopped all deliveries from the dairy while checks were carried out.

Environmental health officers from Carrow District Council visited the site on Friday.`;

describe('when asked "which grocery chain is pulling the cheese"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('gives the sentence naming the chain beside its word, below the answer threshold', () => {
    const answer = engine.ask('which grocery chain is pulling the cheese');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('The supermarket chain Hollowmere');
    expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
  });

  it('reads the sentence as naming the kind asked', () => {
    expect(
      engine.explainDecision('which grocery chain is pulling the cheese')?.namesKindAsked,
    ).toBe(true);
  });
});

describe('when asked "which chain stopped deliveries"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('does not read "The chain said…", which names none, as naming the kind asked', () => {
    const features = engine.explainDecision('which chain stopped deliveries');
    expect(features?.namesKindAsked).toBe(false);
  });
});
