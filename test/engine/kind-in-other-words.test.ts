import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const FOSSIL = `Girl finds fossil fish on beach after cliff fall

A nine-year-old girl has found a fossil fish in a block of fallen limestone on a Dorrow beach.

Maisie Tenwick was walking her dog at Polgarrow Sands early on Saturday when she saw the fins in the rock.

"I thought it was a leaf at first," she said.`;

describe('when asked "which beach was it on" of an article naming "Polgarrow Sands"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(FOSSIL);
  });

  it('names the sands: readers call them a beach (a reviewed reader phrase)', () => {
    const answer = engine.ask('which beach was it on');
    expect(answer.status).toBe('answered');
    expect(answer.answer ?? '').toContain('Polgarrow Sands');
  });

  describe('when asked "which beach was she walking her dog on"', () => {
    it('reads the beach asked in the sentence naming the sands, leaving no word unexplained', () => {
      const question = 'which beach was she walking her dog on';
      expect(engine.explain(question, 1)[0]?.title ?? '').toContain('Polgarrow Sands');
      expect(engine.explainDecision(question)?.unexplained).toBe(0);
    });
  });
});

const PATIENT = `Cyclist taken to hospital after lorry collision

A cyclist was seriously injured in a collision with a lorry on the Wexbury ring road on Monday morning.

The 41-year-old man was taken to Carnford Royal Infirmary, where he remains in a stable condition.

Police have appealed for witnesses.`;

describe('when asked "which hospital is it" of an article naming one infirmary', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(PATIENT);
  });

  it('names the infirmary: readers call it a hospital (a reviewed reader phrase)', () => {
    const answer = engine.ask('which hospital is it');
    expect(answer.status).toBe('answered');
    expect(answer.answer ?? '').toContain('Carnford Royal Infirmary');
  });

  describe('when asked "which building is it"', () => {
    it('names no infirmary: a broader word is no other name for it', () => {
      expect(engine.ask('which building is it').answer ?? '').not.toContain(
        'Carnford Royal Infirmary —',
      );
    });
  });
});

const LECTURER = `Town's old mill to become flats

Plans to turn the derelict Hadley Mill in Orwen into 40 flats were approved by councillors on Thursday.

Dr Rhiannon Vale, a historian at the University of Brackmoor, said the mill was "the last of its kind in the valley".

Work is expected to begin next spring.`;

describe('when asked "which uni is it" of an article naming one university', () => {
  it('names the university: "uni" is read as "university" (a reviewed reader phrase)', async () => {
    const engine = await freshEngine(LECTURER);
    const answer = engine.ask('which uni is it');
    expect(answer.status).toBe('answered');
    expect(answer.answer ?? '').toContain('University of Brackmoor');
  });
});
