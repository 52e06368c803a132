import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Council to close two libraries

Dunmore County Council will close two branch libraries next spring.

The closures are part of savings meant to close a £3.1 million gap in the council's budget for the 2025-26 financial year.

The council said it had consulted residents over the summer, and that the year ahead would be hard.

Opening hours at the remaining branches will also be cut.`;

describe('when asked "which financial year is the budget shortfall for"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('answers with the sentence telling the year, "the 2025-26 financial year", though it names nothing', () => {
    const answer = engine.ask('which financial year is the budget shortfall for');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('2025-26 financial year');
  });
});
