import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { draftSource } from '../../src/ingest/draft.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { KNOWLEDGE_DIR } from './story.ts';

/**
 * The bundled article as a brand-new story would see it: ingested into an
 * empty knowledge base, with no curated Q&A, no story lexicon and no review.
 * Only the general resources the loader attaches to any story are kept.
 */
export async function freshBundledStory(): Promise<KnowledgeBase> {
  const curated = await loadKnowledge(KNOWLEDGE_DIR);
  const source = curated.sources[0]?.source;
  if (!source) throw new Error('the bundled story has no source');
  const articleText = await readFile(
    path.join(KNOWLEDGE_DIR, 'sources', source.id, source.articleFile),
    'utf8',
  );
  const { bundle } = draftSource({
    articleText,
    meta: {
      title: source.title,
      outlet: source.outlet,
      author: source.author,
      date: source.date,
      url: source.url,
    },
    id: source.id,
    existing: [],
  });
  return {
    ...curated,
    story: { title: source.title, scope: source.title },
    lexicon: { synonyms: {}, stopwords: [], reasonCues: [] },
    sources: [{ ...bundle, pairs: [] }],
  };
}
