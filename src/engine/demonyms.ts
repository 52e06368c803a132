import { COMMON_ENGLISH_WORDS } from './common-words.ts';

/** A country's name shorter than this is no country ("via", "spa"). */
const MIN_COUNTRY_LENGTH = 4;

/**
 * The story's country names with the adjective it also writes of them:
 * "kestria" and "kestrian", "mawena" and "mawenan". A reader asking
 * "where are the kestrian bases" means the article's "Kestria operates an
 * air base…"; WordNet lists no proper names, and the stemmer keeps the two
 * apart. A name ending in "a" whose adjective adds
 * an "n" is the one shape read: a dictionary word is never taken for a
 * name ("media" is not "median").
 *
 * @param words the story's words, folded
 */
export function demonymPairs(words: ReadonlySet<string>): [country: string, adjective: string][] {
  const pairs: [string, string][] = [];
  for (const word of words) {
    if (word.length < MIN_COUNTRY_LENGTH || !word.endsWith('a')) continue;
    if (COMMON_ENGLISH_WORDS.has(word)) continue;
    const adjective = `${word}n`;
    if (words.has(adjective)) pairs.push([word, adjective]);
  }
  return pairs;
}
