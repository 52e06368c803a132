/**
 * "Which medical journal was the paper sent to" is not answered by "sent to
 * a medical journal in November 2024", nor "which 14 routes" by "a review of
 * up to 14 loss-making routes", nor "which battery supplier" by "a fault at
 * one of its battery suppliers": a text that speaks of the kind only after
 * "a", "an", a count or "one of its" says in so many words that it does not
 * tell which, whatever else it names.
 */
import { KNOWN_DETERMINERS, PHRASE_PREPOSITIONS } from './determiners.ts';
import { SPELLED_NUMBERS } from './figures.ts';
import { WRITTEN_WORD } from './text.ts';

/** Words that open a phrase speaking of one of a kind, or some, left unnamed. */
const UNNAMED_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'another',
  'some',
  'several',
  ...SPELLED_NUMBERS.filter((word) => word !== 'zero' && word !== 'one'),
]);

/** How many words may stand between the opener and the kind ("a 44-year-old former primary school"). */
const MOST_WORDS_BETWEEN = 4;

/**
 * Whether every place a text says the kind's word (or its plural) opens on
 * an opener of an unnamed one ("a", "an", a count) with at most a few
 * lowercase words between, and the text says it at least once: "a medical
 * journal", "up to 14 loss-making routes", "six schools". False where one
 * place is named or determined ("the Lancet journal", "the routes").
 *
 * @param kind the kind's word, singular and lowercase ("journal")
 */
export function speaksOnlyOfUnnamedOnes(text: string, kind: string): boolean {
  const found = [...text.matchAll(WRITTEN_WORD)];
  const words = found.map((m) => m[0]);
  let said = false;
  for (let at = 0; at < words.length; at++) {
    const lower = (words[at] ?? '').toLowerCase();
    if (lower !== kind && lower !== `${kind}s` && lower !== `${kind}es`) continue;
    said = true;
    const opener = openerBefore(words, at);
    if (opener === null) return false;
    // "the Lancet, a medical journal", "Lancet is a journal": a name set beside
    // it says which; not beside "a primary school headteacher", whose head is
    // another noun.
    const next = found[at + 1];
    const end = (found[at]?.index ?? 0) + lower.length;
    const modifies =
      next !== undefined &&
      /^\s+$/.test(text.slice(end, next.index)) &&
      /^\p{Ll}/u.test(next[0]) &&
      !DETERMINERS.has(next[0]);
    const before = text.slice(0, found[opener]?.index ?? 0);
    if (!modifies && NAMED_BESIDE.test(before)) return false;
  }
  return said;
}

/** A name, then a comma or "is", right before the opener: "the Lancet, a…", "Lancet is a…". */
const NAMED_BESIDE = /\p{Lu}[\p{L}'’.-]*(?:,\s*|\s+(?:is|was)\s+)$/u;

/**
 * Where, before `at`, the phrase opens on an opener of an unnamed one, with
 * at most a few lowercase words between; null when it does not.
 */
function openerBefore(words: readonly string[], at: number): number | null {
  for (let back = 1; back <= MOST_WORDS_BETWEEN + 1 && at - back >= 0; back++) {
    const word = words[at - back] ?? '';
    const lower = word.toLowerCase();
    if (UNNAMED_OPENERS.has(lower) || /^\d+$/.test(word)) return at - back;
    // "One of its battery suppliers", "some of the consultants": one or
    // some of a known group, left unnamed.
    if (KNOWN_GROUP.has(lower) && words[at - back - 1]?.toLowerCase() === 'of') {
      const part = (words[at - back - 2] ?? '').toLowerCase();
      return part === 'one' || UNNAMED_OPENERS.has(part) ? at - back - 2 : null;
    }
    // A capital inside the phrase may name it ("a Lancet journal"); a
    // determiner or preposition opens another phrase.
    if (!/^[\p{Ll}\d][\p{Ll}\d'’-]*$/u.test(word) || DETERMINERS.has(lower)) return null;
  }
  return null;
}

/** Words that make a group a known one, of which "one of" speaks of one unnamed: "one of its suppliers". */
const KNOWN_GROUP: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their', 'our']);

/** Words that make a phrase a known one: "the", "this", "its", "their". */
const DETERMINERS: ReadonlySet<string> = new Set([
  ...KNOWN_DETERMINERS,
  ...PHRASE_PREPOSITIONS,
  'which',
  'whose',
]);
