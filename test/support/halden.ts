/** The second article: a test fixture written apart from the code and the knowledge. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleMeta } from '../../src/ingest/draft.ts';

export const HALDEN_DIR = path.resolve(
  import.meta.dirname,
  '../fixtures/articles/halden-boil-water',
);
export const HALDEN_ARTICLE_FILE = path.join(HALDEN_DIR, 'article.txt');
export const HALDEN_TEXT = readFileSync(HALDEN_ARTICLE_FILE, 'utf8');

/** Its `meta.json`, as `ingest` takes it (the fixture gives no URL). */
export const HALDEN_META: ArticleMeta = {
  url: null,
  ...(JSON.parse(readFileSync(path.join(HALDEN_DIR, 'meta.json'), 'utf8')) as Omit<
    ArticleMeta,
    'url'
  >),
};
