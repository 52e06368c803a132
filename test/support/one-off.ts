import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEngine, type EngineOptions, type StoryEngine } from '../../src/engine/engine.ts';
import { type ArticleMeta, draftSource } from '../../src/ingest/draft.ts';
import type { Entity, Quote } from '../../src/knowledge/schema.ts';
import { freshStory } from '../eval/stories.ts';
import { GIVEN_NAMES, TENSE_WORDS } from './language.ts';

/** The entities ingest drafts from a one-off article of these paragraphs. */
export function draftedEntities(...paragraphs: string[]): Entity[] {
  return draftedBundle(paragraphs).entities;
}

/** The quotes ingest drafts from a one-off article of these paragraphs. */
export function draftedQuotes(...paragraphs: string[]): Quote[] {
  return draftedBundle(paragraphs).quotes;
}

/** What ingest drafts from a one-off article of these paragraphs, under a made-up byline. */
function draftedBundle(paragraphs: readonly string[]) {
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
    tense: TENSE_WORDS,
    givenNames: GIVEN_NAMES,
  });
  return bundle;
}

/**
 * An engine over a one-off article ingested fresh, as `storydesk ingest`
 * makes a new story: its first line is the headline. `meta` overrides the
 * made-up byline (The Test Gazette, no author, 2025-05-01); `options`
 * tune the engine (an answer threshold that measures the ranking alone).
 */
export async function freshEngine(
  article: string,
  meta: Partial<ArticleMeta> = {},
  options: EngineOptions = {},
): Promise<StoryEngine> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'storydesk-one-off-'));
  try {
    const file = path.join(scratch, 'article.txt');
    await writeFile(file, article);
    const title = article.split('\n')[0] ?? 'A test story';
    const kb = await freshStory(file, {
      title,
      outlet: 'The Test Gazette',
      author: null,
      date: '2025-05-01',
      url: null,
      ...meta,
    });
    return createEngine(kb, options);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
