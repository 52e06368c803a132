import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Seal pup returned to the sea

A grey seal pup found stranded on the beach at Harwick was returned to the sea on the evening high tide after a day-long rescue by volunteers.

The pup was spotted shortly after 7.15am by a dog walker, who called the marine rescue line.

Volunteers kept the animal wet and shaded through the afternoon while a vet checked it for injuries.

High water came at 8.52pm, and the pup swam clear of the shallows a few minutes later.`;

describe('when asked "what time was high tide"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('ranks the sentence giving the hour ahead of the one saying only "evening"', () => {
    const [best] = engine.explain('what time was high tide', 1);
    expect(best?.title).toContain('8.52pm');
  });

  it('does not answer with the evening high tide', () => {
    expect(engine.ask('what time was high tide').quote?.text ?? '').not.toContain(
      'evening high tide',
    );
  });
});

describe('when asked "what time of day was the pup checked"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('still takes a part of the day for an answer', () => {
    const [best] = engine.explain('what time of day was the pup checked', 1);
    expect(best?.title).toContain('afternoon');
  });
});
