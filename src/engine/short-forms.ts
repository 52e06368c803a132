/**
 * A reader's short form read as the article's own words: "DfT" for the
 * "Department for Transport" an article spells out, "CPS" for its "Crown
 * Prosecution Service", "DI" for a "Detective Inspector", "COO" for a
 * "chief operating officer". Newsrooms spell a body out where readers type
 * its initials, so a reader's short form is a word no text of the story
 * holds, and would otherwise weigh against every answer as a name the story
 * never mentions.
 */
import { TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { CONNECTORS, isCapitalised } from './acronym-asked.ts';
import { looksEnglish } from './common-words.ts';
import { keptForLastCall } from './last-call.ts';
import { FIRST_BEYOND_ASCII, isAsciiCapital, isAsciiLowercase } from './text.ts';

/** A word as written, an ampersand included (as `spellsOut` reads one). */
const WORD = /[\p{L}][\p{L}'’-]*|&/gu;

/** Words opening a sentence, or a name's run, that are no part of the name: "The", "A". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words after a role's head that say whose or where it is: "chief executive of…", "director at…". */
const ROLE_COMPLEMENTS: ReadonlySet<string> = new Set([
  'of',
  'at',
  'for',
  'on',
  'in',
  'with',
  'from',
  'to',
  'and',
  'who',
]);

/** A possessive's ending: "Agency's", "Students'". */
const POSSESSIVE_END = /['’]s?$/u;

/** Readers type initials of a few words: longer ones are another word. */
const MAX_LETTERS = 6;

/** Where the article's names and roles are read from. */
export interface ShortFormSources {
  /** The article's texts as written, capitals kept. */
  texts: Iterable<string>;
  /** The roles ingest or the engine reads for people ("Westmoor University's chief operating officer"). */
  roles: Iterable<string>;
  /** Every word of a person's name, folded: "RD" of "Rachel Doyle" is no short form a reader types. */
  personNameWords: ReadonlySet<string>;
}

/**
 * The article's phrases by their initials, folded: built on the first word
 * that may be a short form, as most questions type none.
 */
export class ShortForms {
  private byLetters: Map<string, string[][]> | undefined;

  constructor(private readonly sources: () => ShortFormSources) {}

  /**
   * The words (folded) of each of the article's phrases whose initials are
   * `letters` (folded); empty when none.
   */
  phrasesOf(letters: string): readonly (readonly string[])[] {
    return this.table().get(letters) ?? NONE;
  }

  /** Builds now the table the first short form would otherwise wait for. */
  prepare(): void {
    this.table();
  }

  private table(): Map<string, string[][]> {
    if (this.byLetters === undefined) {
      const byLetters = new Map<string, string[][]>();
      const seen = new Set<string>();
      const add = (letters: string, phrase: readonly string[]) => {
        const folded = phrase.map((word) => word.toLowerCase().replace(POSSESSIVE_END, ''));
        const key = `${letters} ${folded.join(' ')}`;
        if (letters.length < 2 || letters.length > MAX_LETTERS || seen.has(key)) return;
        seen.add(key);
        const list = byLetters.get(letters);
        if (list) list.push(folded);
        else byLetters.set(letters, [folded]);
      };
      const { texts, roles, personNameWords } = this.sources();
      for (const text of texts) addCapitalisedRuns(text, personNameWords, add);
      for (const role of roles) {
        const phrase = roleWords(role);
        if (phrase !== null) add(initialsOf(phrase), phrase);
      }
      this.byLetters = byLetters;
    }
    return this.byLetters;
  }
}

const NONE: readonly (readonly string[])[] = Object.freeze([]);

/**
 * Every run of capitalised words a reader may abbreviate, by its initials,
 * connectors passed over or counted ("DfT" and "DT" of "Department for
 * Transport"), as `spellsOut` reads them. A run opens where a name does: at
 * the first capitalised word after a lowercase one, a sentence's "The" or a
 * title ("Mr") passed over, or after a connector inside a longer run ("the
 * National Cyber Response Agency" of "Police and the National…"); inside a
 * name only to its close ("Students' Union" of "the Westmoor Students'
 * Union", never "Students"). A run of a person's name alone is no short form.
 */
function addCapitalisedRuns(
  text: string,
  personNameWords: ReadonlySet<string>,
  add: (letters: string, phrase: readonly string[]) => void,
): void {
  const all: string[] = [];
  /** Whether anything but a space comes before each word: a run never crosses a comma or a full stop. */
  const broken: boolean[] = [];
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    all.push(match[0]);
    broken.push(!/^\s*$/u.test(text.slice(end, match.index)));
    end = match.index + match[0].length;
  }
  let opens = true;
  for (let start = 0; start < all.length; start++) {
    const first = all[start] ?? '';
    const capital = isCapitalised(first);
    const canOpen = opens || broken[start] === true;
    opens = !capital || CONNECTORS.has(first);
    if (!capital) continue;
    if (DETERMINERS.has(first.toLowerCase()) || TITLE_ABBREVIATIONS.has(first)) {
      opens = true;
      continue;
    }
    let skipping = '';
    let counting = '';
    let allNames = true;
    /** Each stretch of the run from its start to a capitalised word: [skipping, counting, end]. */
    const stretches: [string, string, number][] = [];
    for (let at = start; at < all.length; at++) {
      const word = all[at] ?? '';
      if (at > start && broken[at]) break;
      const initial = word.charAt(0).toUpperCase();
      if (isCapitalised(word)) {
        skipping += initial;
        counting += initial;
        allNames &&= personNameWords.has(word.toLowerCase().replace(POSSESSIVE_END, ''));
        if (!allNames) stretches.push([skipping, counting, at + 1]);
      } else if (!CONNECTORS.has(word)) {
        break;
      } else {
        counting += initial;
      }
    }
    // Inside a name, only its close: "Students' Union" of "the Westmoor
    // Students' Union", a place's name before it left out, as readers do.
    for (const [skipped, counted, end] of canOpen ? stretches : stretches.slice(-1)) {
      const phrase = all.slice(start, end);
      add(skipped, phrase);
      if (counted !== skipped) add(counted, phrase);
    }
  }
}

/**
 * The words of a role a reader may abbreviate: its first clause, without an
 * age, its "the" or "a" or whose it is ("Westmoor University's chief
 * operating officer" → "chief operating officer"), up to what says whose
 * or where it is ("director of finance" → "director"). Null for a role of
 * one word, or one holding anything but words.
 */
function roleWords(role: string): string[] | null {
  const clause = role.split(/[,;(]/u)[0] ?? '';
  let phrase = clause.trim().split(/\s+/u);
  const owned = phrase.findIndex((word) => /['’]s?$/u.test(word));
  if (owned >= 0) phrase = phrase.slice(owned + 1);
  while (phrase.length > 0 && DETERMINERS.has((phrase[0] ?? '').toLowerCase())) {
    phrase = phrase.slice(1);
  }
  const end = phrase.findIndex((word) => ROLE_COMPLEMENTS.has(word.toLowerCase()));
  if (end >= 0) phrase = phrase.slice(0, end);
  if (phrase.length < 2 || !phrase.every((word) => /^\p{L}[\p{L}-]*$/u.test(word))) return null;
  return phrase;
}

function initialsOf(phrase: readonly string[]): string {
  return phrase.map((word) => word.charAt(0).toUpperCase()).join('');
}

/**
 * The letters a word of a reader's question may be the initials of, folded
 * to capitals: a word typed with two capitals or more ("DfT", "CPS", "COO";
 * a plural's "s" left out, "HGVs"), in a message not all in capitals; or,
 * typed in lowercase, a word of four letters or more that is no English, nor
 * a slip of it ("dhsc"): a shorter one is chat as often ("rn", "fr", "wat"),
 * and an English one means itself ("coo", "got"), as a reader phrase's
 * word does ("govt"). Null for any other word.
 *
 * @param question the question as typed, capitals kept
 * @param word one of its words, folded
 * @param readerWord whether general English reads the word as a reader's ("md", "govt")
 */
export function shortFormLetters(
  question: string,
  word: string,
  readerWord = false,
): string | null {
  if (word.length < 2 || word.length > MAX_LETTERS + 1 || !/^[a-z]+$/u.test(word)) return null;
  if (HAS_LOWERCASE.test(question)) {
    for (const typed of typedCapitals(question)) {
      if (typed.toLowerCase() !== word) continue;
      return (typed.endsWith('s') ? typed.slice(0, -1) : typed).toUpperCase();
    }
  }
  return !readerWord && word.length <= MAX_LETTERS && !looksEnglish(word)
    ? word.toUpperCase()
    : null;
}

const HAS_LOWERCASE = /\p{Ll}/u;
/** A word typed with two capitals or more, a lowercase letter between or a plural's "s" after. */
const TYPED_CAPITALS =
  /(?<![\p{L}\p{N}])(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]*(?![\p{L}\p{N}])/gu;

/**
 * The question's words typed in capitals ({@link TYPED_CAPITALS}), for the
 * last question read: each word of a long question the story does not use
 * is asked after in turn, and matching the pattern over the whole question
 * for each was some 1.5% of asking it.
 */
const typedCapitals = keptForLastCall(
  (question: string): readonly string[] =>
    (mayHoldTypedCapitals(question) ? question.match(TYPED_CAPITALS) : null) ?? [],
);

/**
 * Whether a text holds two capitals with only lowercase letters between
 * them (`/\p{Lu}\p{Ll}*\p{Lu}/u`), as every word {@link TYPED_CAPITALS}
 * matches does: read a character at a time, plain ASCII without a pattern,
 * so that TYPED_CAPITALS, slow over a long question ("Mayor", "Council" and
 * no two capitals in a word), is matched only where it may match.
 */
export function mayHoldTypedCapitals(text: string): boolean {
  let afterCapital = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    let upper: boolean;
    let lower: boolean;
    if (code < FIRST_BEYOND_ASCII) {
      upper = isAsciiCapital(code);
      lower = isAsciiLowercase(code);
    } else {
      const point = text.codePointAt(at) ?? code;
      if (point > 0xffff) at++;
      const char = String.fromCodePoint(point);
      upper = UPPERCASE_LETTER.test(char);
      lower = LOWERCASE_LETTER.test(char);
    }
    if (upper) {
      if (afterCapital) return true;
      afterCapital = true;
    } else if (!lower) {
      afterCapital = false;
    }
  }
  return false;
}

const UPPERCASE_LETTER = /^\p{Lu}$/u;
const LOWERCASE_LETTER = /^\p{Ll}$/u;
