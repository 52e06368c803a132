import { draftSource } from '../../src/ingest/draft.ts';
import type { Entity } from '../../src/knowledge/schema.ts';

/** The entities ingest drafts from a one-off article of these paragraphs. */
export function draftedEntities(...paragraphs: string[]): Entity[] {
  const { bundle } = draftSource({
    articleText: paragraphs.join('\n\n'),
    meta: {
      title: 'A test story',
      outlet: 'The Test Gazette',
      author: null,
      date: null,
      url: null,
    },
    id: 'test-story',
    existing: [],
  });
  return bundle.entities;
}
