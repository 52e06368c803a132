import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';

/** The bundled knowledge folder. */
export const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '..', '..', 'knowledge');

/** The bundled article, read straight from disk so tests check against the real text. */
export const ARTICLE_TEXT = readFileSync(
  path.join(KNOWLEDGE_DIR, 'sources', 'caliber-az-russia-syria-bases', 'article.txt'),
  'utf8',
);

let cached: Promise<{ kb: KnowledgeBase; engine: StoryEngine }> | undefined;

/** The bundled story, loaded and indexed once per test file. */
export function bundledStory(): Promise<{ kb: KnowledgeBase; engine: StoryEngine }> {
  cached ??= loadKnowledge(KNOWLEDGE_DIR).then((kb) => ({ kb, engine: createEngine(kb) }));
  return cached;
}

/**
 * A one-article story made of these passages, with no lexicon, quotes, pairs
 * or entities: what general English and the article's structure make of
 * plain text alone.
 */
export function storyOfPassages(
  passages: readonly string[],
  story = { title: 'A harbour story', scope: 'The navy and the harbour.' },
): KnowledgeBase {
  return {
    story,
    lexicon: { synonyms: {}, stopwords: [], reasonCues: [] },
    sources: [
      {
        source: {
          id: 'harbour-gazette',
          title: story.title,
          outlet: 'Harbour Gazette',
          via: null,
          author: 'Tom Price',
          date: null,
          url: null,
          articleFile: 'article.txt',
          passages: passages.map((text, i) => ({ n: i + 1, text })),
        },
        quotes: [],
        pairs: [],
        events: [],
        entities: [],
      },
    ],
  };
}
