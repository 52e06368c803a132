/** "How many…" pairs made from the sentences of a fresh article that count something. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { generatedPairs } from '../../src/engine/structure/generate.ts';
import { draftSource } from '../../src/ingest/draft.ts';
import type { KnowledgeBase, QaPair } from '../../src/knowledge/schema.ts';

const meta = {
  title: 'Town votes on pool',
  outlet: 'The Test Gazette',
  author: null,
  date: '2025-03-13',
  url: null,
};

function fresh(articleText: string): { kb: KnowledgeBase; pairs: QaPair[] } {
  const drafted = draftSource({ articleText, meta, id: 'test', existing: [] }).bundle;
  const bundle = { ...drafted, pairs: [] };
  const kb: KnowledgeBase = {
    story: { title: meta.title, scope: 'test' },
    lexicon: { synonyms: {}, stopwords: [], reasonCues: [] },
    sources: [bundle],
  };
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  return { kb, pairs: generatedPairs(bundle, entities) };
}

const figures = (pairs: QaPair[]) => pairs.filter((pair) => /-figure(?:-|$)/.test(pair.id));

describe('a sentence that counts something', () => {
  const { kb, pairs } = fresh(
    'Town votes on pool\n\nThe council surveyed 412 households in the east ward. Seventeen schools closed early.\n\nThe new pool will cost £2.4 million, the council said.',
  );

  it('is asked for by what it counts', () => {
    const questions = figures(pairs).flatMap((pair) => pair.questions);
    expect(questions).toContain('how many households');
    expect(questions).toContain('how many schools');
    expect(questions.some((q) => q.startsWith('how much'))).toBe(true);
  });

  it('cites the very sentence that holds the figure', () => {
    const households = figures(pairs).find((pair) =>
      pair.questions.includes('how many households'),
    );
    expect(households?.citations[0]?.excerpt).toBe(
      'The council surveyed 412 households in the east ward.',
    );
  });

  describe('when asked "how many households were surveyed"', () => {
    it('answers with the count', () => {
      const answer = createEngine(kb).ask('how many households did the council survey');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('412 households');
    });
  });
});

describe('a sentence whose only numbers are dates, years or names', () => {
  it('makes no "how many" pair', () => {
    const { pairs } = fresh(
      'Town votes on pool\n\nThe pool opened on March 8 in 1998 beside Route 9, and it closed on 4 April.',
    );
    expect(figures(pairs)).toEqual([]);
  });
});

describe('an article with no figures at all', () => {
  it('ingests cleanly and makes no "how many" pair', () => {
    const { pairs } = fresh('Town votes on pool\n\nThe council met and talked about the pool.');
    expect(figures(pairs)).toEqual([]);
    expect(pairs.length).toBeGreaterThan(0);
  });
});
