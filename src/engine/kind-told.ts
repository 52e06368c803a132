/**
 * "What kind of lifeboat went out" asks which kind: "the all-weather
 * lifeboat" tells it, "The lifeboat returned to port" or "The Coastal
 * Lifeboat Trust said…" only speaks of one. Where some ranked answer tells
 * the kind by a word of its own right before the kind's word, an answer that
 * says the word only after "the", "a", "much" or a word of size ("a small
 * charity"), or only inside a name, does not answer. An answer that never
 * says the word may tell the kind in other words ("a scallop trawler").
 */
import { regularSingular } from './counted.ts';
import { KNOWN_DETERMINERS, PHRASE_PREPOSITIONS, POSSESSIVE_DETERMINERS } from './determiners.ts';
import type { RankedUnit, UnitFit } from './term-index.ts';
import { foldText, WRITTEN_WORD, wordSet } from './text.ts';

/** "What kind of", "which sort of", "what type of": the kind's word captured. */
const ASKS_KIND =
  /\b(?:what|which|wat|wot)\s+(?:kinds?|sorts?|types?)\s+of\s+(?:an?\s+)?([\p{L}-]{3,})/u;

/**
 * Words before the kind's word that tell no kind of it: determiners,
 * quantifiers, words of size or age, prepositions and joining words.
 */
const TELLS_NO_KIND: ReadonlySet<string> = new Set([
  ...KNOWN_DETERMINERS,
  ...PHRASE_PREPOSITIONS,
  ...POSSESSIVE_DETERMINERS,
  ...wordSet('a an'),
  ...wordSet('some any no much many more most each every other another same whole own'),
  // Size, age and order: "a small charity", "the new lifeboat".
  ...wordSet(
    'small smaller big bigger large larger little huge tiny new old local main only first second last',
  ),
  ...wordSet('and or as is was are were be been which what whose'),
]);

/** Forms of "to be" after which a word may say what kind a thing is. */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/**
 * Whether a word after "is" may tell a kind ("observational", "voluntary"):
 * lowercase, no determiner or word of size ("is a", "is small"), nor a verb's
 * participle ("was launched", "is closing"), which tells what befell it.
 */
function tellsKindAfterIs(word: string | undefined): boolean {
  return (
    word !== undefined &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(word) &&
    word.length > 2 &&
    !TELLS_NO_KIND.has(word) &&
    !/(?:ed|ing|en)$/u.test(word) &&
    !NOT_KINDS_AFTER_IS.has(word)
  );
}

/** Words after "is" that say where or how much, not what kind: "is now", "is still", "is due". */
const NOT_KINDS_AFTER_IS: ReadonlySet<string> = new Set([
  'not',
  'now',
  'still',
  'also',
  'due',
  'expected',
  'likely',
  'set',
  'understood',
  'thought',
  'believed',
  'said',
  'about',
  'around',
  'over',
  'under',
  'there',
  'here',
  'yet',
  'already',
  'being',
  'unclear',
  'unknown',
]);

/** How a text speaks of the kind: tells one, only speaks of it, or never says it. */
type KindSaid = 'tells' | 'speaks' | 'silent';

/**
 * How a text says the kind's word (or its plural): "tells" where a word of
 * its own stands right before it in lowercase ("all-weather lifeboat",
 * "butcher's shop", "market town"); "speaks" where it is said only after a
 * word telling no kind, at a text's opening, or as a capitalised name's word
 * ("Kellingford Town Museum"); "silent" where it is never said.
 *
 * @param kind the kind's word, singular and lowercase
 */
export function kindSaid(text: string, kind: string): KindSaid {
  const found = [...text.matchAll(WRITTEN_WORD)].map((m) => m[0]);
  let said: KindSaid = 'silent';
  for (let at = 0; at < found.length; at++) {
    const word = found[at] ?? '';
    const lower = word.toLowerCase();
    if (lower !== kind && lower !== `${kind}s` && lower !== `${kind}es`) continue;
    said = 'speaks';
    // "Lifeboat Trust": a capital mid-text makes the word a name's.
    if (word !== lower && at > 0) continue;
    // "The study is observational": said of it after "is", the kind is told too.
    if (COPULAS.has(found[at + 1] ?? '') && tellsKindAfterIs(found[at + 2])) return 'tells';
    const before = found[at - 1];
    if (before === undefined) continue;
    const plain = before.replace(/['’]s?$/u, '');
    if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(before) && !TELLS_NO_KIND.has(plain) && plain.length > 2) {
      return 'tells';
    }
  }
  return said;
}

/**
 * The fit of a "what kind of X" question: null where it asks no kind;
 * otherwise an answer holds unless it speaks of X without telling its kind.
 * Where no ranked answer tells the kind by its word, one that speaks of it
 * still holds where it may tell it in other words: it names the thing the
 * question asks the kind of ("the land on which the fire started belongs to
 * Ravensett Estates, which owns… grouse moor"), or it is a list of names.
 *
 * @param textOf what a unit answers with; null for a curated answer, trusted
 * @param aboutAsked whether a unit names something the question names, or
 *   lists the article's names; without it, no condition is set where no
 *   ranked answer tells the kind
 */
export function kindToldFit(
  question: string,
  textOf: (unit: number) => string | null,
  ranked: readonly RankedUnit[],
  aboutAsked?: (unit: number) => boolean,
): UnitFit {
  const folded = foldText(question);
  const asked = ASKS_KIND.exec(folded)?.[1];
  if (asked === undefined) return null;
  const kind = regularSingular(asked) ?? asked;
  const said = (unit: number): KindSaid | null => {
    const text = textOf(unit);
    return text === null ? null : kindSaid(text, kind);
  };
  if (ranked.some((r) => said(r.unit) === 'tells')) return (unit) => said(unit) !== 'speaks';
  // "What kind of company is Fernside" is not answered by "…said the company
  // had acted", which speaks of a company and names no Fernside; nor where the
  // reader offers the kinds to choose from ("just schools or colleges too"),
  // which an answer naming them tells.
  if (aboutAsked === undefined || OFFERS_CHOICE.test(folded)) return null;
  return (unit) => said(unit) !== 'speaks' || aboutAsked(unit);
}

/** A question offering kinds to choose from: "formal or just informal", "schools or colleges too". */
const OFFERS_CHOICE = /\bor\b/u;
