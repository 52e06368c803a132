/**
 * "Pryce was arrested at his home", "steel ties were added beneath the
 * deck", "photographs placing the pieces in the palace storerooms": a text
 * places something by a common noun of place after a preposition of place,
 * no name needed. The noun is told by its WordNet kinds (a building, a room,
 * a structure, a tract of land…), never by a list of one story's places;
 * "in the summer of 2020", "in a statement" or "at this point" place nothing.
 */
import { regularSingular } from './counted.ts';
import { KNOWN_DETERMINERS, POSSESSIVE_DETERMINERS } from './determiners.ts';
import { STOPWORDS } from './stopwords.ts';
import { alternation } from './text.ts';

/** Prepositions that place what follows them ("at", "beneath", "behind"…). */
const LOCATIVE =
  'in|at|inside|beneath|below|under|underneath|behind|beside|near|along|around|within|opposite|on|above';

/** Words that open the noun phrase after the preposition: its article or whose it is. */
const OPENING = alternation(['a', 'an', ...KNOWN_DETERMINERS, ...POSSESSIVE_DETERMINERS]);

/**
 * A preposition of place, its article, then up to four lowercase words of
 * the phrase (its noun last among them, before any word that ends it),
 * captured.
 */
const PLACED_PHRASE = new RegExp(
  `\\b(?:${LOCATIVE}) (?:(?:${OPENING}) )?((?:[\\p{Ll}\\d][\\p{L}\\d'’-]* ){0,3}\\p{Ll}[\\p{L}'’-]*)`,
  'gu',
);

/**
 * WordNet kinds of a noun that is a place one may be at ("home": housing,
 * structure; "storeroom": room; "farmland": tract), and words of place that
 * are kinds themselves ("area", "site"). Not "location", "region" or
 * "position", which WordNet gives "point", "top", "side" and "air" too.
 */
const PLACE_KINDS: ReadonlySet<string> = new Set(
  'area structure building edifice room facility tract territory district housing dwelling workplace platform wetland vale'.split(
    ' ',
  ),
);

/**
 * The common nouns of place a text places something by, after a
 * preposition of place ("home" of "at his home", "deck" of "beneath the
 * deck"), as written.
 *
 * @param kindsOf a word's WordNet kinds (the story's words, every level up);
 *   undefined for a word WordNet gives none
 */
export function placeNounsIn(
  text: string,
  kindsOf: (word: string) => readonly string[] | undefined,
): string[] {
  const nouns: string[] = [];
  for (const found of text.matchAll(PLACED_PHRASE)) {
    const head = headOf(found[1] ?? '');
    if (head !== null && isPlaceNoun(head, kindsOf)) nouns.push(head);
  }
  return nouns;
}

/** The phrase's noun: its last word before a word that ends the phrase ("were", "at", "until"). */
function headOf(phrase: string): string | null {
  let head: string | null = null;
  for (const word of phrase.split(' ')) {
    const plain = word.replace(/['’]s?$/u, '');
    if (STOPWORDS.has(plain)) break;
    head = plain;
  }
  return head;
}

function isPlaceNoun(
  word: string,
  kindsOf: (word: string) => readonly string[] | undefined,
): boolean {
  // "storerooms": the plural's kinds are its singular's.
  const singular = regularSingular(word);
  const forms = singular === null ? [word] : [word, singular];
  return forms.some(
    (form) =>
      PLACE_KINDS.has(form) || (kindsOf(form)?.some((kind) => PLACE_KINDS.has(kind)) ?? false),
  );
}
