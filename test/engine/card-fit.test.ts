import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh } from '../eval/stories.ts';

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

  describe('when asked who or what someone or something is', () => {
    it('still answers with the card, though the reader adds a word it does not hold', () => {
      expect(best('who is zakharova')).toMatchObject({ kind: 'entity' });
      expect(best('what is tartous used for')).toMatchObject({ kind: 'entity' });
    });
  });
});
