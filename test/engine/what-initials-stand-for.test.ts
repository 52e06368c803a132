import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `School bus firm loses licence

Examiners from the Driver and Vehicle Standards Agency visited the company's depot on Tuesday 15 July and inspected 19 of its 23 vehicles.

The commissioner's decision records that the DVSA wrote to the council on 29 July to warn that the licence was under review.`;

describe('when asked "what does dvsa stand for" of a body the article names in full, then by bare initials', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('spells out the initials from the name in full', () => {
    expect(engine.ask('what does dvsa stand for').answer ?? '').toContain(
      'Driver and Vehicle Standards Agency',
    );
  });

  it('does not read "what do you stand for" as asking after initials', () => {
    expect(engine.ask('what do you stand for').status).not.toBe('answered');
  });
});
