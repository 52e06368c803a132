/** Quotes ingest finds in a few made-up paragraphs, for specs of who said what. */
import { scanEntities } from '../../src/ingest/names.ts';
import { IdAllocator } from '../../src/ingest/slug.ts';
import { findQuotes } from '../../src/ingest/speakers.ts';
import { GIVEN_NAMES } from './language.ts';

/** The outlet the made-up articles are published by. */
export const OUTLET = 'The Test Courier';

/**
 * Quotes of a small article made of these paragraphs, in an empty story,
 * each with its speaker's name (or null when ingest credits nobody).
 */
export function quotesOf(...paragraphs: string[]) {
  const passages = paragraphs.map((text, i) => ({ n: i + 1, text }));
  const scan = scanEntities(passages, [], new IdAllocator([]), OUTLET, GIVEN_NAMES);
  return findQuotes(passages, scan.mentions, OUTLET, GIVEN_NAMES).quotes.map((quote) => ({
    ...quote,
    speaker: quote.speaker?.name ?? null,
  }));
}
