import { SHORT_PLACE_PREFIXES, TITLE_ABBREVIATIONS } from '../engine/abbreviations.ts';
import { MONTH_SHORT_FORMS } from '../engine/calendar.ts';
import { COMMON_ENGLISH_WORDS } from '../engine/common-words.ts';
import { findQuoteMarks } from '../engine/quote-marks.ts';
import { sentenceSpans } from '../engine/sentences.ts';
import type { EntityKind, Passage } from '../knowledge/schema.ts';
import { idiomSpans } from './idioms.ts';
import { type Token, tokenize } from './text.ts';
import {
  CELESTIAL_BODIES,
  COMPASS_WORDS,
  COUNTRIES,
  COURTESY_TITLES,
  DATE_WORDS,
  DISEASES,
  FAMILY_CALLS,
  FUNCTION_WORDS,
  HOLIDAY_HEADS,
  HOLIDAY_PHRASES,
  HOLIDAYS,
  isDemonym,
  KNOWN_ORGANIZATIONS,
  NAME_CONNECTORS,
  ORGANIZATION_WORDS,
  PARTIES,
  PARTY_MEMBERS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  STATE_ABBREVIATIONS,
  SURNAME_PARTICLES,
  TITLES,
  US_STATES,
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
  /** True when `nameFrom` skips an everyday noun opening the sentence ("Referee Gareth Pennock"). */
  opensWithRole?: boolean;
  /** A place by its last word ("Min-jun Park") that a role before it makes a person. */
  personIfTitled: boolean;
  /** True when the run is the first words of a quotation. */
  opensQuote: boolean;
  /** The short form given in brackets right after the name ("Board (RSIB)"), if any. */
  acronym: string | null;
  /** The family name a given name alone shares with the next ("Julian" of "Julian and Harriet Penrose", `couples.ts`). */
  familyName?: string;
  /** Where the couple both runs of "Julian and Harriet Penrose" belong to starts and ends: a role beside it is both people's. */
  couple?: { start: number; end: number };
}

/** "the" right before a name: people's names do not take it. */
export const THE_BEFORE = /\bthe\s+$/i;

/** A speech verb right after a name: "Zakharova said", "Sharaa also told". */
export const SPEECH_AFTER = new RegExp(
  `^\\s+(?:also\\s+|later\\s+|then\\s+|further\\s+)?(?:${SPEECH_VERBS})\\b`,
);

/**
 * A quote, then a speech verb right before a name: `…are clear," said Helen
 * Marsh`. Whoever it names is the speaker, not the place "Marsh" may be.
 */
const QUOTE_THEN_SPEECH = new RegExp(`["”]\\s+(?:${SPEECH_VERBS})\\s+$`);

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

/** Offices no one's name ends on: "Heritage Minister", "Transport Secretary". */
const OFFICES = new Set(
  `minister secretary spokesman spokeswoman spokesperson commissioner director chairman
  chairwoman councillor councilor mayor governor senator superintendent ambassador envoy adviser
  advisor chancellor premier executive`.split(/\s+/),
);

/** Initials made plural: "MPs", "GPs", "CEOs". */
const PLURAL_INITIALS = /^\p{Lu}{2,4}s$/u;

/** A name in capitals alone, such as "FEMA" or "NATO": an organization's initials. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * A capitalized word made an adjective by a participle after its hyphen:
 * "Leeds-based", "Labour-led", "Irish-born", "council-run"; not a given name
 * such as "Min-jun".
 */
const ADJECTIVE_COMPOUND = /^\p{Lu}[\p{L}'’]*-(?:\p{Ll}+ed|born|run|made|built|bound|style)$/u;

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
    // "Anita Desai KC", "Jane Hollis MP": letters after a name are honours, not a surname.
    if (current.length > 2 && POST_NOMINALS.has(current.at(-1)?.text ?? '')) current.pop();
    // "Leeds-based Brackenridge", "Labour-led Harwick Council": a word made an
    // adjective by its lowercase end describes the name after it; it is no part of one.
    while (ADJECTIVE_COMPOUND.test(current[0]?.text ?? '')) current.shift();
    // "Residents of Glenmoss face…": the plural opening the sentence is no part of the name.
    if (opensOnPluralOf(current, text)) current = current.slice(2);
    const first = current[0];
    if (first) {
      // After a dateline dash or a colon a word is capitalized as if opening a sentence.
      const initial =
        sentenceStarts.has(first.start) ||
        /[—–:(“"]\s*$|[.!?]["”’]?\s+$/.test(text.slice(0, first.start));
      const opensQuote = quoteStarts.has(first.start);
      for (const [at, [part, partInitial]] of splitAtOffice(current, initial).entries()) {
        const run = classify(passage.n, part, partInitial, text);
        if (!run) continue;
        // "Mayor Tom Lee of Harwick": whom an office serves (the part after "of") is a body or a place, no one.
        const kind = at > 0 && run.kind === 'person' && !run.kindSure ? 'place' : run.kind;
        runs.push({ ...run, kind, opensQuote: opensQuote && part === current, acronym: null });
      }
    }
    current = [];
  };
  tokens.forEach((token, i) => {
    const previous = current.at(-1);
    const rawGap = previous === undefined ? '' : text.slice(previous.end, token.start);
    // "Magistrates' Court", "Tenants' Union": a plural's possessive is its apostrophe alone.
    const pluralPossessive =
      previous !== undefined && /s$/.test(previous.text) && /^['’][ \u00A0]+$/.test(rawGap);
    const possessive = previous?.possessive === true || pluralPossessive;
    // "St Luke's Hospital": the possessive's "'s" is part of the name when the name goes on.
    const gap = possessive ? rawGap.replace(/^['’]s?/, '') : rawGap;
    const joined =
      previous !== undefined &&
      (!possessive || possessiveGoesOn(current, token, tokens[i + 1], text)) &&
      (/^[ \u00A0]+$/.test(gap) ||
        // "Florida Power & Light", "St. Petersburg": one name.
        (/^[ \u00A0]+&[ \u00A0]+$/.test(gap) && isNameWord(token)) ||
        (gap === '. ' &&
          (SHORT_PLACE_PREFIXES.has(previous.text) || TITLE_ABBREVIATIONS.has(previous.text)) &&
          isNameWord(token)));
    if (previous !== undefined && !joined) flush();
    if (isNameWord(token)) {
      current.push(token);
      // "New Year's Day" ends there: a named day is never the start of a longer name.
      if (possessive && joined && HOLIDAY_HEADS.has(token.text.toLowerCase())) flush();
    } else if (joined && isNumbered(current, token)) {
      current.push(token);
      flush();
    } else if (joined && isCapitalizedFunctionWord(token, tokens[i + 1], text)) {
      // "Save Our Riverside", "Friends Of The Earth": a name in title case.
      current.push(token);
    } else if (current.length > 0 && joinsName(token, current, tokens, i)) {
      // "Bashar al-Assad", "Ministry of the Interior".
      current.push(token);
    } else if (current.length === 0 && opensSurname(tokens, i, text)) {
      // "van der Berg told reporters": the family name used alone keeps its particles.
      current.push(token);
    } else {
      flush();
    }
  });
  flush();
  // "not an act of God": an idiom's capital names no one.
  const idioms = idiomSpans(text);
  const named = runs.filter(
    (run) =>
      !idioms.some(
        (idiom) =>
          idiom.start <= (run.tokens[0]?.start ?? 0) && (run.tokens.at(-1)?.end ?? 0) <= idiom.end,
      ),
  );
  return withAcronyms(mergedBeforeAcronyms(named, tokens, text), text);
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

/**
 * A run opening its sentence on a plural of English, then "of" and a name:
 * "Residents of Glenmoss", "Members of Brennan's scheme". Not a body's or a
 * place's own word ("Friends of the Earth" takes "the"; "Bank of England").
 */
function opensOnPluralOf(run: readonly Token[], text: string): boolean {
  const [first, of, next] = run;
  if (!first || of?.text !== 'of' || !next || !isNameWord(next)) return false;
  const word = first.text.toLowerCase();
  const opensSentence = /[.!?]["”’]?\s+$|^\s*$/.test(text.slice(0, first.start));
  // "One of Harwick's largest employers", "Most of Kelbridge": a share of what follows.
  if (opensSentence && QUANTIFIERS.has(word)) return true;
  return (
    opensSentence &&
    /s$/.test(word) &&
    COMMON_ENGLISH_WORDS.has(word) &&
    !ORGANIZATION_WORDS.has(word) &&
    !PLACE_WORDS.has(word) &&
    !TITLES.has(word)
  );
}

/** Words of how many or how much, which open a sentence before "of": "One of", "Most of". */
const QUANTIFIERS = new Set(
  'one two three four five six seven eight nine ten some many most all both each none neither either several few half much'.split(
    ' ',
  ),
);

/** A lowercase word inside a name: "of", "al", "the" of "Ministry of the Interior". */
function isConnector(word: string): boolean {
  return NAME_CONNECTORS.has(word) || word === 'the';
}

/** Whether a lowercase word at `i` carries a name on to the name word after it. */
function joinsName(
  token: Token,
  run: readonly Token[],
  tokens: readonly Token[],
  i: number,
): boolean {
  const previous = run.at(-1);
  const next = tokens[i + 1];
  if (token.text === 'the') return previous?.text === 'of' && isNameWord(next);
  if (token.text === 'and') return joinsBodyOf(run, tokens, i) || joinsHouseName(run, tokens, i);
  if (!NAME_CONNECTORS.has(token.text)) return false;
  if (isNameWord(next)) return true;
  // "Maria de la Cruz", "Sofia van der Berg": a family name's particles follow one another.
  if (SURNAME_PARTICLES.has(token.text) && next && SURNAME_PARTICLES.has(next.text)) {
    return isNameWord(tokens[i + 2]);
  }
  // "of the" only after a body's word: "Ministry of the Interior", not "Officials of the…";
  // or after a plural that "the" makes a name: "the Friends of the National Museum".
  const body = previous?.text.toLowerCase() ?? '';
  return (
    token.text === 'of' &&
    next?.text === 'the' &&
    isNameWord(tokens[i + 2]) &&
    (ORGANIZATION_WORDS.has(body) || TITLES.has(body) || isTheNamedPlural(run, tokens))
  );
}

/** One English plural after "the", capitalized: "the Friends", "the Sisters" of a body's name. */
function isTheNamedPlural(run: readonly Token[], tokens: readonly Token[]): boolean {
  const [only] = run;
  if (run.length !== 1 || !only) return false;
  const before = tokens[tokens.indexOf(only) - 1];
  return before?.text.toLowerCase() === 'the' && isEnglishPlural(only.text.toLowerCase());
}

/**
 * The plural of an English noun ("Foods", "Friends", "Lettings"), which a
 * surname such as "Banks" can also be: the callers tell them apart.
 */
export function isEnglishPlural(word: string): boolean {
  if (!/[^s]s$/.test(word)) return false;
  return [word.slice(0, -1), word.replace(/es$/, '')].some(
    (singular) => singular !== word && singular.length > 2 && COMMON_ENGLISH_WORDS.has(singular),
  );
}

/**
 * Whether the "and" at `i` joins two subjects of a body's name: "Journal of
 * Adolescent Sleep and Learning", "Ministry of Trade and Industry", "Union of
 * Midwives and Health Workers", "Department for Transport and Infrastructure".
 * The body is named before "of" or "for", and what follows "and" is English
 * words that run to the end of the name, never someone ("…of Defence and
 * Colonel Ames"). Or the two share the body's last word, "the" before them:
 * "the Business and Trade Committee", "the Glenmoss and Upper Carrow Business
 * Association", "the Town and Country Planning Act" (never "Saltmere and
 * Brackley Junction", no body's word).
 */
function joinsBodyOf(run: readonly Token[], tokens: readonly Token[], i: number): boolean {
  const of = run.findIndex((t) => t.text === 'of' || t.text === 'for');
  const body = run[of - 1]?.text.toLowerCase() ?? '';
  if (of >= 1 && ORGANIZATION_WORDS.has(body)) {
    let j = i + 1;
    while (isNameWord(tokens[j])) {
      if (!COMMON_ENGLISH_WORDS.has(tokens[j]?.text.toLowerCase() ?? '')) return false;
      j++;
    }
    return j > i + 1 && j <= i + 3 && !TITLES.has(tokens[j - 1]?.text.toLowerCase() ?? '');
  }
  return sharesBodyWord(run, tokens, i);
}

/**
 * "the Plough and Harrow", "the Fox and Goose": after "the", one English noun,
 * "and" and one more, the name ending there, is one house's name, as pubs and
 * inns are called. Not a body's, a place's, a party's or a planet's words
 * ("the Army and Navy", "the Conservatives and Labour", "the Sun and Earth"),
 * which name two.
 */
function joinsHouseName(run: readonly Token[], tokens: readonly Token[], i: number): boolean {
  const [only] = run;
  const next = tokens[i + 1];
  if (run.length !== 1 || !only || !next || isNameWord(tokens[i + 2])) return false;
  if (tokens[tokens.indexOf(only) - 1]?.text.toLowerCase() !== 'the') return false;
  return [only, next].every((token) => {
    const word = token.text.toLowerCase();
    return (
      /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
      COMMON_ENGLISH_WORDS.has(word) &&
      !ORGANIZATION_WORDS.has(word) &&
      !PLACE_WORDS.has(word) &&
      !PARTIES.has(word) &&
      !TITLES.has(word) &&
      !CELESTIAL_BODIES.has(word)
    );
  });
}

/**
 * "the Business and Trade Committee": a short run after "the", then a body's
 * name after "and". Without "the", both sides must be English words but for a
 * name that opens the run, as in "Marlow Fire and Rescue Service": a town
 * ("Saltmere and …") or a body's own name after "and" ("Residents and
 * Kelbridge Borough Council") stays apart.
 */
function sharesBodyWord(whole: readonly Token[], tokens: readonly Token[], i: number): boolean {
  // "Station Manager Dawn Okafor of Severnvale Fire and Rescue Service": the body
  // after "of" is the name "and" goes on with.
  const run = whole.slice(whole.findLastIndex((t) => t.text === 'of' || t.text === 'for') + 1);
  const first = tokens.indexOf(run[0] as Token);
  if (run.length > 2) return false;
  const afterThe = tokens[first - 1]?.text.toLowerCase() === 'the';
  if (!afterThe && !COMMON_ENGLISH_WORDS.has(run.at(-1)?.text.toLowerCase() ?? '')) return false;
  if (run.some((t) => ORGANIZATION_WORDS.has(t.text.toLowerCase()) || t.possessive)) return false;
  let j = i + 1;
  while (isNameWord(tokens[j]) && j <= i + 4) j++;
  const after = tokens.slice(i + 1, j).map((t) => t.text.toLowerCase());
  if (!afterThe && !after.every((word) => COMMON_ENGLISH_WORDS.has(word))) return false;
  const last = after.at(-1) ?? '';
  return j > i + 2 && (ORGANIZATION_WORDS.has(last) || LAW_WORDS.has(last));
}

/**
 * Last words of a law's name, which "and" runs on to after "the" as a body's
 * do: "the Town and Country Planning Act".
 */
const LAW_WORDS = new Set(['act', 'bill']);

/**
 * Whether a name goes on after a possessive: "St Luke's Hospital" (a saint's
 * name is the start of a place's), "New Year's Day" (a named day, dropped
 * later), and a last word that says what a name is and means nothing alone
 * ("Weaver's Row", "Halbury Magistrates' Court", "the Tenants' Union"). A
 * country's possessive is the country's ("Russia's Navy"), and a name that
 * goes on past that word is a name of its own ("Valdora's Harbour Authority").
 */
function possessiveGoesOn(
  run: readonly Token[],
  token: Token,
  next: Token | undefined,
  text: string,
): boolean {
  if (!isNameWord(token)) return false;
  const word = token.text.toLowerCase();
  if (HOLIDAY_HEADS.has(word)) return true;
  if (run.length === 2 && SAINT.test(run[0]?.text ?? '')) return true;
  // "Shoppers' Voice", "Parents' Forum": a plural of English owns a group's name, not a person.
  if (isPluralOwner(run, token, text)) return true;
  const owner = run
    .map((t) => t.text.toLowerCase())
    .join(' ')
    .replace(/\./g, '');
  const endsThere = !isNameWord(next) || !/^[ \u00A0]+$/.test(text.slice(token.end, next?.start));
  return (
    endsThere &&
    (PLACE_WORDS.has(word) || ORGANIZATION_WORDS.has(word)) &&
    !COUNTRIES.has(owner) &&
    !US_STATES.has(owner)
  );
}

const SAINT = /^(?:St|Saint|Ste)$/;

/** "Shoppers'" before a name word: one English plural whose possessive is its apostrophe. */
function isPluralOwner(run: readonly Token[], token: Token, text: string): boolean {
  const owner = run[0];
  if (run.length !== 1 || !owner || !/s$/.test(owner.text)) return false;
  return (
    /^['’][ \u00A0]+$/.test(text.slice(owner.end, token.start)) &&
    COMMON_ENGLISH_WORDS.has(owner.text.toLowerCase())
  );
}

/**
 * A capitalized "Our", "The" or "For" between two words of a name: the name
 * is written in title case ("Save Our Riverside"). Never "I", and only when
 * nothing but a space comes before the next word of the name.
 */
function isCapitalizedFunctionWord(token: Token, next: Token | undefined, text: string): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(token.text) &&
    FUNCTION_WORDS.has(token.text.toLowerCase()) &&
    isNameWord(next) &&
    /^[ \u00A0]+$/.test(text.slice(token.end, next?.start))
  );
}

/**
 * Whether the particles at `i` open a family name used alone: "van der Berg
 * said", "de la Cruz" — up to three particles, then a name word.
 */
function opensSurname(tokens: readonly Token[], i: number, text: string): boolean {
  let j = i;
  while (j < i + 3 && SURNAME_PARTICLES.has(tokens[j]?.text ?? '')) {
    const next = tokens[j + 1];
    if (!next || !/^[ \u00A0]+$/.test(text.slice(tokens[j]?.end, next.start))) return false;
    j++;
  }
  return j > i && isNameWord(tokens[j]);
}

/**
 * A title, then "for" or "of" and a name that is no title: the office and the
 * place or body it serves are two things ("Labour MP for Kellbridge North",
 * "Chief Executive of Northline Rail"). "Minister of Foreign Affairs" stays one.
 */
function splitAtOffice(run: Token[], initial: boolean): [Token[], boolean][] {
  for (let k = 1; k < run.length - 1; k++) {
    const word = run[k]?.text;
    if (word !== 'of' && word !== 'for') continue;
    const office = run[k - 1]?.text.toLowerCase() ?? '';
    const served = run[k + 1]?.text.toLowerCase() ?? '';
    if ((TITLES.has(office) && !TITLES.has(served)) || isTitledNameOf(run, k)) {
      return [
        [run.slice(0, k), initial],
        [run.slice(k + 1), false],
      ];
    }
  }
  return [[run, initial]];
}

/**
 * "Chief Inspector Daniel Okafor of Westvale Police", "Professor Ana Ruiz of
 * Northbridge University", "Station Manager Dawn Okafor of Severnvale Fire
 * and Rescue Service": a title, then a name that is no body's word, then
 * "of" and whom they serve. Two names, someone and their body, not one.
 */
function isTitledNameOf(run: readonly Token[], of: number): boolean {
  const isTitle = (token: Token | undefined) => TITLES.has(token?.text.toLowerCase() ?? '');
  // The rank may open on a word that is no title: "Station Manager", "Watch Manager".
  if (run[of]?.text !== 'of' || !(isTitle(run[0]) || isTitle(run[1]))) return false;
  const name = run.slice(run.slice(0, of).findLastIndex((token) => isTitle(token)) + 1, of);
  // A title alone ("Chief of Staff") or a body's word before "of" ("Bank of…") is one name.
  if (name.length === 0) return false;
  return !name.some((token) => ORGANIZATION_WORDS.has(token.text.toLowerCase()));
}

/** Short forms in brackets right after a name: "(RSIB)", "(MSHA)". */
const BRACKETED_ACRONYM = /^\s*\(\s*(\p{Lu}{2,8})\s*\)/u;

/** The first letters of a run's capitalized words: "RSIB" of "Rail Safety Investigation Board". */
function initials(run: NameRun): string {
  return run.tokens
    .slice(run.nameFrom)
    .filter((t) => /^\p{Lu}/u.test(t.text))
    .map((t) => t.text[0])
    .join('');
}

/**
 * Whether a short form abbreviates a run: its letters are the initials, or
 * some of them in order ending with the last ("HHS" of "Department of Health
 * and Human Services").
 */
function abbreviates(acronym: string, run: NameRun): boolean {
  return spells(acronym, initials(run));
}

function spells(acronym: string, letters: string): boolean {
  if (letters === acronym) return true;
  if (letters.at(-1) !== acronym.at(-1)) return false;
  let at = 0;
  for (const letter of letters) if (letter === acronym[at]) at++;
  return at === acronym.length;
}

/**
 * Joins two runs that "and" separates when the short form after the second
 * spells both: "Mine Safety and Health Administration (MSHA)" is one body.
 */
function mergedBeforeAcronyms(runs: NameRun[], tokens: readonly Token[], text: string): NameRun[] {
  const merged: NameRun[] = [];
  for (const run of runs) {
    const previous = merged.at(-1);
    const acronym = BRACKETED_ACRONYM.exec(text.slice(run.tokens.at(-1)?.end ?? 0))?.[1];
    const gapStart = previous?.tokens.at(-1)?.end ?? 0;
    const gapEnd = run.tokens[0]?.start ?? 0;
    if (
      previous &&
      acronym &&
      previous.passage === run.passage &&
      /^\s+(?:and|&)\s+$/.test(text.slice(gapStart, gapEnd)) &&
      !abbreviates(acronym, run) &&
      spells(acronym, initials(previous) + initials(run))
    ) {
      const joint = tokens.filter((t) => t.start >= gapStart && t.end <= gapEnd);
      const whole = classify(
        run.passage,
        [...previous.tokens, ...joint, ...run.tokens],
        previous.sentenceInitial,
        text,
      );
      if (whole) {
        merged[merged.length - 1] = { ...whole, opensQuote: previous.opensQuote, acronym: null };
        continue;
      }
    }
    merged.push(run);
  }
  return merged;
}

/** Each run with the short form the article gives it in brackets. */
function withAcronyms(runs: NameRun[], text: string): NameRun[] {
  return runs.map((run) => {
    const acronym = BRACKETED_ACRONYM.exec(text.slice(run.tokens.at(-1)?.end ?? 0))?.[1];
    return acronym && abbreviates(acronym, run) ? { ...run, acronym } : run;
  });
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

/** A British road's number ("the M47", "the A419", "the A1(M)"): a place, not initials of a body. */
const ROAD_NUMBER = /^[MAB]\d{1,4}(?:\(M\))?$/;

function classify(
  passage: number,
  tokens: Token[],
  sentenceInitial: boolean,
  text: string,
): Omit<NameRun, 'opensQuote' | 'acronym'> | null {
  const words = tokens.map((t) => t.text.toLowerCase());
  // "KELMOUTH, Nov. 3 —": a month's short form before its day is a date, not someone.
  if (
    words.length === 1 &&
    MONTH_SHORT_FORMS.includes(words[0] ?? '') &&
    /^\.?\s*\d/.test(text.slice(tokens[0]?.end ?? 0))
  ) {
    return null;
  }
  // "a Manchester-based rival", "a Grade II-listed bridge": an adjective made of a name, no name.
  if (NAME_ADJECTIVE.test(tokens.at(-1)?.text ?? '')) return null;
  // "MPs", "GPs", "CEOs": a plural of initials is a kind of people, not one of them.
  if (words.length === 1 && PLURAL_INITIALS.test(tokens[0]?.text ?? '')) return null;
  // "Hurricane Milton" is neither someone, somewhere nor a body: no who's-who entry.
  if (NAMED_EVENTS.has(words[0] ?? '')) return null;
  // "COVID-19", "Ebola", "F-35": a disease or a model, not someone or a body.
  if (words.length === 1 && (DISEASES.has(words[0] ?? '') || CODE.test(tokens[0]?.text ?? ''))) {
    return null;
  }
  // "the Sun", "Mercury": a heavenly body, no who's-who entry.
  if (words.length === 1 && CELESTIAL_BODIES.has(words[0] ?? '')) return null;
  // "I shouted at Mum": what a child calls family, no who's-who entry.
  if (words.length === 1 && FAMILY_CALLS.has(words[0] ?? '')) return null;
  // "ELKO, Nev. —": the state of a dateline's town.
  if (
    words.length === 1 &&
    STATE_ABBREVIATIONS.has(tokens[0]?.text ?? '') &&
    /,\s*$/.test(text.slice(0, tokens[0]?.start)) &&
    text[tokens[0]?.end ?? 0] === '.'
  ) {
    return null;
  }
  // The last word says what a name is: "Center Street" is a street, "Route 9" a road.
  const head = words.findLast((w) => !/^\d/.test(w)) ?? '';
  const lastTitle = words.findLastIndex((w) => TITLES.has(w));
  const afterTitle = words.slice(lastTitle + 1);
  // "Procter & Gamble", "Florida Power & Light": partners' names make a firm.
  // "the Save Glebe Meadow group": a campaign named for the place it would save is
  // no place, though its name ends on a place's word; its mentions settle what it is.
  const savesOne = words.length > 1 && words[0] === 'save';
  const isOrganization =
    words.some((w) => ORGANIZATION_WORDS.has(w)) ||
    // "the Town and Country Planning Act": a law, drafted as the bodies that make them are.
    (words.length > 1 && LAW_WORDS.has(words.at(-1) ?? '')) ||
    (tokens.length > 1 && isPluralOwner(tokens.slice(0, 1), tokens[1] as Token, text)) ||
    text.slice(tokens[0]?.start, tokens.at(-1)?.end).includes('&');
  const before = text.slice(0, tokens[0]?.start ?? 0);
  const after = text.slice(tokens.at(-1)?.end ?? 0);
  // Whoever "said" something is a person, unless "the" comes first ("The Red
  // Cross says") or a preposition ("Residents in Halvard said").
  const preposition = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const speaks =
    SPEECH_AFTER.test(after) &&
    !THE_BEFORE.test(before) &&
    // "the YMCA on Bridge Street said": the body speaks, not the street;
    // "Residents of Tellin Island say": those of it speak, not it.
    !PLACE_PREPOSITIONS.has(preposition) &&
    preposition !== 'on' &&
    preposition !== 'of';
  // "The Red Crescent says": no place speaks, and "the" names no one.
  const bodySpeaks = SPEECH_AFTER.test(after) && THE_BEFORE.test(before);
  // "New Year's Day", "Christmas Eve": a named day is no entity ("Doris Day said" is someone).
  if ((HOLIDAY_HEADS.has(head) && !speaks) || HOLIDAY_PHRASES.has(words.join(' '))) return null;
  let nameFrom = 0;
  let kind: EntityKind = 'person';
  let kindSure = true;
  let personIfTitled = false;
  let roleOpens = false;
  // "King Street" and "Foreign Ministry" are no one; "Gov. Ellen Marsh" is someone.
  // "Dr Marsh", "Mr Hall": a title of courtesy is only ever someone's.
  const courtesy = COURTESY_TITLES.has(tokens[lastTitle]?.text ?? '');
  // "Union of Nurses and Health Workers": a title among a body's words, English words after it.
  const titleInBody =
    words.slice(0, lastTitle).some((w) => ORGANIZATION_WORDS.has(w)) &&
    afterTitle.every((w) => COMMON_ENGLISH_WORDS.has(w));
  const titleOfPlace =
    !courtesy &&
    (afterTitle.some((w) => ORGANIZATION_WORDS.has(w)) ||
      (afterTitle.length === 1 && PLACE_WORDS.has(afterTitle[0] ?? '')) ||
      titleInBody);
  if (lastTitle >= 0 && afterTitle.length > 0 && !titleOfPlace) {
    nameFrom = lastTitle + 1;
  } else if (sentenceInitial && opensWithRole(words)) {
    // "Prosecutor Owen Pritchard told…", "Referee Gareth Pennock spoke…": a sentence's
    // capital makes a common noun look like part of the name after it.
    nameFrom = 1;
    roleOpens = true;
  } else if (
    (PLACE_WORDS.has(head) || (words.length > 1 && COMPASS_WORDS.has(head))) &&
    !(words.length > 1 && (speaks || bodySpeaks || QUOTE_THEN_SPEECH.test(before))) &&
    !savesOne
  ) {
    // "Min-jun Park" and "Tom Hall said" are people: a role before the name may still say so.
    kind = 'place';
    personIfTitled = words.length > 1;
  } else if (isOrganization || (words.length > 1 && bodySpeaks)) {
    kind = 'organization';
  } else if (words.length > 1 && PLACE_PREFIXES.has(words[0] ?? '')) {
    kind = 'place';
  } else {
    while (nameFrom < words.length - 1 && isQualifier(words[nameFrom] ?? '')) nameFrom++;
    const bare = words.slice(nameFrom).join(' ').replace(/\./g, '');
    if (COUNTRIES.has(bare)) {
      kind = 'country';
    } else if (
      US_STATES.has(bare) ||
      (words.length === 1 && ROAD_NUMBER.test(tokens[0]?.text ?? ''))
    ) {
      kind = 'place';
    } else if (
      ACRONYM.test(tokens.map((t) => t.text).join(' ')) ||
      SAYS_IT.test(after) ||
      (words.length === 1 && (KNOWN_ORGANIZATIONS.has(bare) || PARTIES.has(bare)))
    ) {
      // "FEMA", "NATO"; "Apple said its stores…": people are not "it". "Facebook", "Labour".
      kind = 'organization';
    } else {
      // Anything that does not speak is settled from every mention; so is a name closing
      // on an English plural, a firm's as often as a surname ("Trentvale Power Networks
      // said", "Tony Banks said"), which the directory tells apart by a given name.
      kindSure = speaks && !(words.length > 1 && isEnglishPlural(words.at(-1) ?? ''));
    }
  }
  // "Mawena's Heritage Minister, Adaeze Oborwe": an office, the name still to come.
  if (words.length > 1 && lastTitle === words.length - 1 && OFFICES.has(words.at(-1) ?? '')) {
    return null;
  }
  // "Labour MP", "Russian", "Minister of Health": titles and qualifiers name no one.
  const nameWords = words.slice(nameFrom).filter((w) => !isConnector(w));
  const lonePartyName = nameWords.length === 1 && PARTIES.has(nameWords[0] ?? '');
  if (!lonePartyName && nameWords.every((w) => TITLES.has(w) || isQualifier(w))) return null;
  return {
    passage,
    tokens,
    nameFrom,
    sentenceInitial,
    kind,
    kindSure,
    personIfTitled,
    ...(roleOpens ? { opensWithRole: true } : {}),
  };
}

/**
 * Whether a run opening a sentence is a role, then a person's name: its
 * first word is a role noun ("Prosecutor") or a compound of English words ("Fly-half")
 * and two or more name words follow, the last no English word ("Owen
 * Pritchard"). "New York Times", "Port Valdora" and "North Harlow Rovers"
 * stay whole: a place's first word, or a last word of English.
 */
function opensWithRole(words: readonly string[]): boolean {
  const [first = '', ...rest] = words;
  const last = rest.at(-1) ?? '';
  // "Maria" is a word of English too: a role noun, or a compound of words ("Fly-half"), only.
  const roleLike =
    ROLE_NOUNS.has(first) ||
    (first.includes('-') && first.split('-').every((part) => COMMON_ENGLISH_WORDS.has(part)));
  return (
    rest.length >= 2 &&
    roleLike &&
    !PLACE_PREFIXES.has(first) &&
    !COMPASS_WORDS.has(first) &&
    !isQualifier(first) &&
    !COMMON_ENGLISH_WORDS.has(last) &&
    rest.every((w) => /^\p{L}/u.test(w) && !ORGANIZATION_WORDS.has(w) && !PLACE_WORDS.has(w))
  );
}

/** A word that qualifies a name rather than being one: a nationality, a party ("Labour MP"). */
function isQualifier(word: string): boolean {
  return isDemonym(word.split('-').at(-1) ?? word) || PARTY_MEMBERS.has(word);
}

/** Letters written after a person's name: silk, seat, honour. */
const POST_NOMINALS = new Set([
  'KC',
  'QC',
  'MP',
  'MSP',
  'MEP',
  'AM',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
  'DBE',
  'FRS',
]);

/** A name joined to a participle, which makes an adjective: "Manchester-based", "II-listed". */
const NAME_ADJECTIVE =
  /-(?:based|born|bred|listed|led|owned|run|funded|backed|registered|headquartered|made)$/;

/** Letters, a hyphen and a number: "COVID-19", "F-35", "MH-17". */
const CODE = /^\p{Lu}+-\d+$/u;
