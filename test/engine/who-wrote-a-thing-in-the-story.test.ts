import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Opening night of new musical abandoned as safety curtain jams

The opening night of a new touring musical at the Harbour Playhouse was abandoned on Thursday when the theatre's safety curtain jammed partway down.

About 600 people were in the auditorium for the first performance of The Keeper's Daughter, a new musical produced by Saltmarsh Touring.

"The curtain started coming down when nobody had asked it to," said Declan Moore, the company's managing director.`;

describe('when asked "who wrote the music for the show"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE, { author: 'Hannah Prior', outlet: 'Harbour Courier' });
  });

  it('does not answer with the reporter who wrote the article', () => {
    expect(engine.ask('who wrote the music for the show').answer ?? '').not.toContain(
      'Hannah Prior',
    );
  });

  describe('when asked "who wrote the article"', () => {
    it('still answers with its byline', () => {
      expect(engine.ask('who wrote the article').answer ?? '').toContain('Hannah Prior');
    });
  });
});
