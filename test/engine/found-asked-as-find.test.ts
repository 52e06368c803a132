/**
 * A news story tells what was found in the past ("was found"), and a reader
 * asks in the present ("when did they find…"): "found" is read as the past
 * of "find", as general English's irregular forms list it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Snow leopard recaptured after zoo escape

A snow leopard escaped from its enclosure at Harwick City Zoo on Tuesday morning, forcing the evacuation of about 1,800 visitors.

The leopard was found shortly after 3pm in a wooded service area behind the reptile house.

The zoo will remain closed until at least Saturday while engineers inspect the enclosure.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked "when did they finally find the leopard"', () => {
  it('answers with the sentence saying when it was found', () => {
    const answer = engine.ask('when did they finally find the leopard');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('was found shortly after 3pm');
  });
});
