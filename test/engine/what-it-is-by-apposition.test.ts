import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Opening night abandoned as theatre's safety curtain jams

The opening night of a new musical at the Harbour Playhouse was abandoned on Thursday when the theatre's safety curtain jammed.

The theatre's chief executive, Gillian Ashby, said an inspection had found that a flown scenery piece belonging to the production, a 6-metre lantern frame used in the storm scene, had fouled one of the curtain's guides.

The producer, Declan Moore, said the lantern frame had flown without trouble at rehearsals on Tuesday.

Many in the audience said the lantern frame had looked spectacular before the stop.`;

describe('when asked "what is the lantern frame"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('answers with the sentence saying what it is, set beside it after a comma', () => {
    expect(engine.ask('what is the lantern frame').answer ?? '').toContain('a flown scenery piece');
  });

  describe('when asked "what\'s a lantern frame"', () => {
    it('reads "what\'s a" as asking what it is too', () => {
      expect(engine.ask("what's a lantern frame").answer ?? '').toContain('a flown scenery piece');
    });
  });
});
