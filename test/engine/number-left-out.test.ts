import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Bike-share riders left out of pocket as operator collapses

More than 3,000 electric bikes were left on the streets of Castlebridge yesterday after the operator Swiftr Mobility went into administration.

Deborah Quayle, 54, a hospital nurse from Ashby Vale, renewed her annual pass on 2 March.

"I paid £120 eight days before they went bust," she said.

The council said it would clear the bikes from 20 March if nobody else did.`;

describe('when asked "when did world war 2 end", off the story', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('does not give the day a rider renewed her pass, which shares only the "2"', () => {
    expect(engine.ask('when did world war 2 end').status).toBe('unknown');
  });

  it('still answers when the rider renewed her pass', () => {
    const answer = engine.ask('when did the nurse renew her pass');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('2 March');
  });
});
