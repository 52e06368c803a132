import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Protected oak felled overnight beside housing site

A protected oak thought to be 350 years old was cut down overnight in Fernley St Mary, beside the Glebe Meadow housing site on Oakhurst Lane.

Neighbours say the trunk was loaded on to two lorries before 5.30am. In 2019 a landowner near Kettlebridge was fined £42,000 for felling three protected beeches.`;

describe('when asked "what\'s happening with interest rates" of a story that lists places', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('does not give the list of places, which only a stand-in for "rates" reaches', () => {
    expect(engine.ask("what's happening with interest rates").answer ?? '').not.toContain(
      'Places in the article',
    );
  });

  it('still lists the places when asked for them', () => {
    expect(engine.ask('which places are mentioned').answer ?? '').toContain('Kettlebridge');
  });
});
