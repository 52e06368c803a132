import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';

let engine: StoryEngine;
beforeAll(async () => {
  engine = createEngine(await bundledFresh());
});

const best = (question: string) => engine.explain(question, 1)[0];

describe("a who's-who card, in an article nobody has curated", () => {
  describe('when asked what someone did ("where did assad run to")', () => {
    it('yields to the sentence that says it', () => {
      expect(best('where did assad run to')?.title).toMatch(/fled to Moscow/);
      expect(best('did assad escape by himself?')?.title).toMatch(/his family fled/);
    });
  });

  describe('when asked what someone\'s job is ("whats zakharovas job")', () => {
    it('answers with the card whose description is that role', () => {
      expect(engine.ask('whats zakharovas job')).toMatchObject({
        status: 'answered',
        match: { kind: 'entity', id: 'maria-zakharova' },
      });
    });
  });

  describe('when asked "who is russia talking to in syria now"', () => {
    it('does not answer with the card for Russia, which says who it is, not what it is doing', () => {
      expect(best('who is russia talking to in syria now')?.kind).not.toBe('entity');
    });
  });

  describe('when asked who or what someone or something is', () => {
    it('still answers with the card, though the reader adds a word it does not hold', () => {
      expect(best('who is zakharova')).toMatchObject({ kind: 'entity' });
      expect(best('what is tartous used for')).toMatchObject({ kind: 'entity' });
    });
  });
});

describe("a place's card, asked where that place is", () => {
  let ruling: StoryEngine;
  beforeAll(async () => {
    ruling = createEngine((await fixtureStory('port-valdora-ruling')).kb);
  });

  describe('when the card only quotes a sentence that names the place', () => {
    it('does not answer "what country is it in" with it', () => {
      const answer = ruling.ask('what country is marenne in');
      expect(answer.match?.id).not.toBe('marenne');
      expect(answer.status).toBe('unknown');
    });
  });

  describe('when what the card says of the place places it', () => {
    it('still answers with the card', () => {
      expect(engine.ask('where is hmeimim')).toMatchObject({
        status: 'answered',
        match: { kind: 'entity', id: 'hmeimim' },
      });
    });
  });
});

describe('in the cup-semi article ingested fresh, when asked "when did castellan go off"', () => {
  it('ranks the sentence saying "in the 34th minute" first, not his card ("Full-back"), which tells no time', async () => {
    const { kb } = await fixtureStory('cup-semi');
    const [best] = createEngine(kb).explain('when did castellan go off', 1);
    expect(best?.title).toContain('34th minute');
  });
});
