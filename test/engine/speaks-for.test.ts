/**
 * A spokesperson's card answers whom they speak for ("who speaks for the
 * district"), though no stemmer takes "speaks" for "spokesperson": not the
 * list of everyone the article quotes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Bus drivers strike over pay as talks collapse

Bus drivers in Marlow walked out on Monday after talks with the operator over pay collapsed.

"We have been patient for a year," said Dana Pike, who chairs the drivers' branch of the union.

A spokesperson for the council, Melissa Grant, said extra school buses would run from Tuesday.

Harbour Transport spokesman Tom Reilly said the company had offered 4 percent.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked "who speaks for the council"', () => {
  it('answers with the card of the spokesperson for the council', () => {
    expect(engine.ask('who speaks for the council')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'melissa-grant' },
    });
  });
});

describe('when asked "who speaks for harbour transport"', () => {
  it('answers with the card of the one whose role names it before "spokesman"', () => {
    expect(engine.ask('who speaks for harbour transport')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'tom-reilly' },
    });
  });
});
