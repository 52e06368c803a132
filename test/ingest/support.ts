/** The bundled article and its metadata, as a user would pass them to `ingest`. */
import type { ArticleMeta } from '../../src/ingest/draft.ts';

export { ARTICLE_TEXT, bundledStory, KNOWLEDGE_DIR } from '../support/story.ts';

/** The bundled article's own metadata, publication date aside (the article does not give one). */
export const BUNDLED_META: ArticleMeta = {
  title: "MFA: Russia's military presence in Syria still under negotiation",
  outlet: 'Caliber.Az',
  author: 'Tamilla Hasanova',
  date: null,
  url: null,
};

/** A publication date a little after the article's latest event, for year inference. */
export const ASSUMED_PUBLICATION = '2025-02-12';
