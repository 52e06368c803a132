import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

// "Goods" are things, not the plural of "good": Porter gives both one stem,
// so a sentence on grave goods denied "does anyone know a good dentist".
const ARTICLE = [
  'Dig finds graves under new estate',
  'Archaeologists have found 40 graves on the site of a planned housing estate at Little Ferring.',
  '"East-west burials with no grave goods point to a Christian cemetery," said county archaeologist Ruth Penn.',
  'Building work has stopped until the excavation ends in March.',
].join('\n');

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when a reader asks "does anyone know a good dentist" of a story on grave goods', () => {
  it('abstains', () => {
    expect(engine.ask('does anyone know a good dentist').status).toBe('unknown');
  });
});

describe('when asked "were there any grave goods"', () => {
  it('still finds the sentence on them', () => {
    expect(engine.ask('were there any grave goods').answer).toContain('no grave goods');
  });
});
