/**
 * The closed-class words that open a noun phrase, shared by the readers of
 * phrases that need to know where one starts: general English, the same for
 * every story.
 */
import { wordSet } from './text.ts';

/**
 * Words that make a phrase a known one, the reader's or the article's own:
 * "the", "this", "those", "its", "their".
 */
export const KNOWN_DETERMINERS: ReadonlySet<string> = wordSet(
  'the this that these those its his her their our',
);

/** Determiners that say whose: "his widow", "their daughter", "your bottle". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = wordSet('his her their our my your');

/** Prepositions that open another phrase: "of", "in", "at", "with". */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = wordSet('of in on at to for from by with');
