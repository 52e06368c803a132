import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

/** A made-up court report naming one court and one police force (and two councils). */
const COURT_REPORT = [
  'Former planning officer jailed for taking bribes',
  'A former planning officer who took cash and a car from a developer was jailed for four years on Thursday.',
  'A jury at Hallbridge Crown Court found Martin Keel, 52, guilty of two counts of bribery after a three-week trial.',
  'Keel worked for Eastmere District Council for 14 years before he was suspended in 2023.',
  'Detectives from Marlshire Police began their inquiry after a tip-off from a colleague.',
  'Neighbouring Westmere Borough Council said it would review its own planning decisions.',
  '"This was a gross abuse of a position of trust," Judge Helen Amory said as she passed sentence.',
].join('\n');

describe('on an article ingested fresh, the only named thing of the kind asked for', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(COURT_REPORT);
  });

  describe('when asked "yo bot quick q — which court did the trial take place in?"', () => {
    it('names the only court, then the sentence naming it', () => {
      const answer = engine.ask('yo bot quick q — which court did the trial take place in?');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Hallbridge Crown Court — /);
      expect(answer.quote?.text).toContain('A jury at Hallbridge Crown Court');
    });
  });

  describe('when asked "which police force handled the case"', () => {
    it('names the only police force the article names', () => {
      const answer = engine.ask('which police force handled the case');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Marlshire Police — /);
    });
  });
});
