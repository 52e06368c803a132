import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Pupils left without school buses

About 1,100 pupils have no buses after the county's contractor lost its licence, said Denise Carrow, 43, whose two sons attend Selby Ridge Academy.

At Selby Ridge Academy, headteacher Paul Ingersoll said no child would be marked late in the first fortnight.`;

describe('when asked "whos the head at selby ridge"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('names the headteacher, "head" being what readers call one', () => {
    expect(engine.ask('whos the head at selby ridge').answer ?? '').toContain('Paul Ingersoll');
  });
});
