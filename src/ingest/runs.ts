import type { EntityKind, Passage } from '../knowledge/schema.ts';
import { findQuoteMarks, sentenceSpans, type Token, tokenize } from './text.ts';
import {
  COUNTRIES,
  DATE_WORDS,
  FUNCTION_WORDS,
  HOLIDAYS,
  isDemonym,
  NAME_CONNECTORS,
  ORGANIZATION_WORDS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  SHORT_PLACE_PREFIXES,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
  TITLES,
} from './words.ts';

/** A run of capitalized words in a passage: a candidate name. */
export interface NameRun {
  passage: number;
  tokens: Token[];
  /** Index in `tokens` where the name proper starts, after any title. */
  nameFrom: number;
  sentenceInitial: boolean;
  kind: EntityKind;
  /** False when `kind` is a default, to be settled from every mention. */
  kindSure: boolean;
  /** A place by its last word ("Min-jun Park") that a role before it makes a person. */
  personIfTitled: boolean;
  /** True when the run is the first words of a quotation. */
  opensQuote: boolean;
}

/** "the" right before a name: people's names do not take it. */
export const THE_BEFORE = /\bthe\s+$/i;

/** A speech verb right after a name: "Zakharova said", "Sharaa also told". */
export const SPEECH_AFTER = new RegExp(
  `^\\s+(?:also\\s+|later\\s+|then\\s+|further\\s+)?(?:${SPEECH_VERBS})\\b`,
);

/** A speech verb, then "it" or "its": "Apple said its stores would close". */
const SAYS_IT = new RegExp(`${SPEECH_AFTER.source}\\s+(?:that\\s+)?(?:it|its)\\b`);

/**
 * A clause set off by commas, then a speech verb: "Walmart, which has 350
 * stores, said". It makes a name of a word that opens a sentence.
 */
export const CLAUSE_THEN_SPEECH = new RegExp(
  `^,\\s+(?:which|who)\\s[^,;:“”"]{1,80},${SPEECH_AFTER.source.slice(1)}`,
);

/** First words of a named storm or similar event. */
const NAMED_EVENTS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);

/** A name in capitals alone, such as "FEMA" or "NATO": an organization's initials. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Capitalized runs of one passage, with their titles split off and a guess at their kind. */
export function nameRuns(passage: Passage): NameRun[] {
  const { text } = passage;
  const tokens = tokenize(text);
  const sentenceStarts = new Set(
    sentenceSpans(text).map((s) => tokens.find((t) => t.start >= s.start)?.start ?? -1),
  );
  // Where quoted words begin: "Build Back Better" opening a quote is a slogan's capitals.
  const quoteStarts = new Set(
    findQuoteMarks(text).quotes.map((q) => tokens.find((t) => t.start >= q.inner.start)?.start),
  );
  const runs: NameRun[] = [];
  let current: Token[] = [];
  const flush = () => {
    // A trailing "of" is no part of a name; a trailing number ("Route 9") is.
    while (current.length > 0 && isConnector(current.at(-1)?.text ?? '')) current.pop();
    const first = current[0];
    if (first) {
      // After a dateline dash or a colon a word is capitalized as if opening a sentence.
      const initial =
        sentenceStarts.has(first.start) ||
        /[—–:(“"]\s*$|[.!?]["”’]?\s+$/.test(text.slice(0, first.start));
      const run = classify(passage.n, current, initial, text);
      if (run) runs.push({ ...run, opensQuote: quoteStarts.has(first.start) });
    }
    current = [];
  };
  tokens.forEach((token, i) => {
    const previous = current.at(-1);
    const gap = previous === undefined ? '' : text.slice(previous.end, token.start);
    const joined =
      previous !== undefined &&
      !previous.possessive &&
      (/^[ \u00A0]+$/.test(gap) ||
        // "Florida Power & Light", "St. Petersburg": one name.
        (/^[ \u00A0]+&[ \u00A0]+$/.test(gap) && isNameWord(token)) ||
        (gap === '. ' &&
          (SHORT_PLACE_PREFIXES.has(previous.text) || TITLE_ABBREVIATIONS.has(previous.text)) &&
          isNameWord(token)));
    if (previous !== undefined && !joined) flush();
    if (isNameWord(token)) {
      current.push(token);
    } else if (joined && isNumbered(current, token)) {
      current.push(token);
      flush();
    } else if (current.length > 0 && joinsName(token, current.at(-1), tokens, i)) {
      // "Bashar al-Assad", "Ministry of the Interior".
      current.push(token);
    } else {
      flush();
    }
  });
  flush();
  return runs;
}

/**
 * A word that can be part of a name: capitalized, or "al-Assad", and not
 * "However", "May" or a contraction ("I'm", "Don't").
 */
export function isNameWord(token: Token | undefined): boolean {
  if (!token) return false;
  const word = token.text.toLowerCase();
  if (FUNCTION_WORDS.has(word) || DATE_WORDS.has(word) || HOLIDAYS.has(word)) return false;
  if (CONTRACTION.test(token.text)) return false;
  return (
    /^\p{Lu}/u.test(token.text) ||
    /^(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von)-\p{Lu}/u.test(token.text)
  );
}

/** A lowercase word inside a name: "of", "al", "the" of "Ministry of the Interior". */
function isConnector(word: string): boolean {
  return NAME_CONNECTORS.has(word) || word === 'the';
}

/** Whether a lowercase word at `i` carries a name on to the name word after it. */
function joinsName(
  token: Token,
  previous: Token | undefined,
  tokens: readonly Token[],
  i: number,
): boolean {
  const next = tokens[i + 1];
  if (token.text === 'the') return previous?.text === 'of' && isNameWord(next);
  if (!NAME_CONNECTORS.has(token.text)) return false;
  if (isNameWord(next)) return true;
  // "of the" only after a body's word: "Ministry of the Interior", not "Officials of the…".
  const body = previous?.text.toLowerCase() ?? '';
  return (
    token.text === 'of' &&
    next?.text === 'the' &&
    isNameWord(tokens[i + 2]) &&
    (ORGANIZATION_WORDS.has(body) || TITLES.has(body))
  );
}

/** "I'm", "we've", "they'll", "I'd", "don't": a pronoun or verb with its ending, never a name. */
const CONTRACTION = /['’](?:m|re|ve|ll|d|t)$|n['’]t$/u;

/** A number right after a road or a pier names it: "Route 9", "Pier 39", "Terminal 2". */
function isNumbered(run: readonly Token[], token: Token): boolean {
  const last = run.at(-1);
  return (
    last !== undefined &&
    /^\d{1,4}[A-Z]?$/.test(token.text) &&
    NUMBERED_PLACES.has(last.text.toLowerCase())
  );
}

const NUMBERED_PLACES = new Set(['route', 'highway', 'interstate', 'pier', 'terminal', 'gate']);

function classify(
  passage: number,
  tokens: Token[],
  sentenceInitial: boolean,
  text: string,
): Omit<NameRun, 'opensQuote'> | null {
  const words = tokens.map((t) => t.text.toLowerCase());
  // "Hurricane Milton" is neither someone, somewhere nor a body: no who's-who entry.
  if (NAMED_EVENTS.has(words[0] ?? '')) return null;
  // The last word says what a name is: "Center Street" is a street, "Route 9" a road.
  const head = words.findLast((w) => !/^\d/.test(w)) ?? '';
  const lastTitle = words.findLastIndex((w) => TITLES.has(w));
  const afterTitle = words.slice(lastTitle + 1);
  // "Procter & Gamble", "Florida Power & Light": partners' names make a firm.
  const isOrganization =
    words.some((w) => ORGANIZATION_WORDS.has(w)) ||
    text.slice(tokens[0]?.start, tokens.at(-1)?.end).includes('&');
  const before = text.slice(0, tokens[0]?.start ?? 0);
  const after = text.slice(tokens.at(-1)?.end ?? 0);
  // Whoever "said" something is a person, unless "the" comes first ("The Red
  // Cross says") or a preposition ("Residents in Halvard said").
  const preposition = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const speaks =
    SPEECH_AFTER.test(after) && !THE_BEFORE.test(before) && !PLACE_PREPOSITIONS.has(preposition);
  let nameFrom = 0;
  let kind: EntityKind = 'person';
  let kindSure = true;
  let personIfTitled = false;
  // "King Street" and "Foreign Ministry" are no one; "Gov. Ellen Marsh" is someone.
  const titleOfPlace =
    afterTitle.some((w) => ORGANIZATION_WORDS.has(w)) ||
    (afterTitle.length === 1 && PLACE_WORDS.has(afterTitle[0] ?? ''));
  if (lastTitle >= 0 && afterTitle.length > 0 && !titleOfPlace) {
    nameFrom = lastTitle + 1;
  } else if (PLACE_WORDS.has(head) && !(words.length > 1 && speaks)) {
    // "Min-jun Park" and "Tom Hall said" are people: a role before the name may still say so.
    kind = 'place';
    personIfTitled = words.length > 1;
  } else if (isOrganization) {
    kind = 'organization';
  } else if (words.length > 1 && PLACE_PREFIXES.has(words[0] ?? '')) {
    kind = 'place';
  } else {
    while (nameFrom < words.length - 1 && isDemonym(words[nameFrom] ?? '')) nameFrom++;
    if (COUNTRIES.has(words.slice(nameFrom).join(' ').replace(/\./g, ''))) {
      kind = 'country';
    } else if (ACRONYM.test(tokens.map((t) => t.text).join(' ')) || SAYS_IT.test(after)) {
      // "FEMA", "NATO"; "Apple said its stores…": people are not "it".
      kind = 'organization';
    } else {
      // Anything that does not speak is settled from every mention.
      kindSure = speaks;
    }
  }
  const nameWords = words.slice(nameFrom);
  if (nameWords.every((w) => TITLES.has(w) || isDemonym(w.split('-').at(-1) ?? w))) return null;
  return { passage, tokens, nameFrom, sentenceInitial, kind, kindSure, personIfTitled };
}
