/**
 * Plain-text helpers shared by indexing and querying. Both sides must fold
 * text the same way, or a curly apostrophe in the article would never match
 * a straight one typed by a reader.
 */

import { BoundedMemo } from './bounded-memo.ts';
import { CURRENCY_SIGN, spellCurrencies } from './currency.ts';
import { spellFigureShorthand } from './figure-shorthand.ts';

/** Control and invisible format characters (zero-width, bidi overrides). */
const CONTROL_CHARS = /[\p{Cc}\p{Cf}]/gu;
/**
 * Anything but printable ASCII: only such a text can hold a control or
 * format character, and most questions are plain ASCII, which this checks
 * far faster than the Unicode classes above are searched.
 */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/** `text` with every control and format character a space. */
function withoutControlChars(text: string): string {
  return NOT_PRINTABLE_ASCII.test(text) ? text.replace(CONTROL_CHARS, ' ') : text;
}
const APOSTROPHES = /[’‘`´ʼ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const POSSESSIVE = /'s\b/g;
/**
 * "Won't" is "will not": split at its apostrophe it would leave "won", which
 * is then either filler, losing the "won" of "who won the final", or a win.
 */
const WONT = /\bwon't\b/g;
/**
 * "tl;dr" is one word to readers, "tldr": split at its semicolon it would be
 * "tl" and "dr", no word for the article, and "give me a tl;dr" would read as
 * a request that the bot make something new.
 */
const TLDR = /\btl ?[;:] ?dr\b/g;
/** Chat mentions (@everyone, <@123>, <#456>) address people; they ask nothing. */
const MENTIONS = /<[@#][!&]?\d+>|@(?:everyone|here)\b/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const PLAIN_NON_WORD = /[^a-z0-9]+/;
/**
 * "US" in capitals is the country; lowercased it would be the stopword "us"
 * and "what did the US say" would lose its subject.
 */
const UNITED_STATES = /(?<![\p{L}\p{N}])U\.?S\.?(?:A\.?)?(?![\p{L}\p{N}])/gu;
const HAS_LOWERCASE = /\p{Ll}/u;
/**
 * Typed in lowercase, "the us" is the country too: no one writes "the" before
 * the pronoun, and "who is the president of the us" asks about no president
 * an article's "us" could name.
 */
const THE_UNITED_STATES = /\bthe us\b/g;
/**
 * The country spelled out is one name, as its initials are: read word by
 * word, "united" stood in for "linked" and "states" for "said", and "who was
 * the first president of the united states" reached a sentence about the
 * first case of an outbreak being linked to travel.
 */
const SPELLED_OUT_COUNTRY = /\bunited (?:states(?: of america)?|kingdom)\b/g;
const SPELLED_OUT_INITIALS: Readonly<Record<string, string>> = {
  'united kingdom': 'uk',
};
/**
 * The words the fold makes of a country's name. Short as they are, they
 * would pass for English words (`looksEnglish`); they are names, and a story
 * that never names the country was not asked about.
 */
export const FOLDED_COUNTRIES: ReadonlySet<string> = new Set(['usa', 'uk']);
/**
 * Anything but printable ASCII, ordinary whitespace and the typographic
 * quotes, dashes and ellipses news text is full of: only such text has
 * accents to strip, or letters beyond a to z.
 */
const BEYOND_PLAIN_TEXT = /[^\t\n\r -~“”‘’—–…]/;
/**
 * Whether a character code beyond ASCII is one of the typographic quotes,
 * dashes and ellipses plain text may hold ({@link BEYOND_PLAIN_TEXT}):
 * neither a letter, nor a digit, nor a space. A text holding no other
 * character beyond ASCII can be read a character code at a time.
 */
export function isTypographic(code: number): boolean {
  return TYPOGRAPHIC_CODES.has(code);
}

const TYPOGRAPHIC_CODES: ReadonlySet<number> = new Set(
  [...'“”‘’—–…'].map((character) => character.charCodeAt(0)),
);

/** The first character code beyond ASCII. */
export const FIRST_BEYOND_ASCII = 0x80;

/**
 * Whether a character code takes a text beyond plain text ({@link
 * BEYOND_PLAIN_TEXT} read a code at a time): beyond ASCII and not
 * typographic. The hand scans of a question give such a text to their pattern.
 */
export function isBeyondPlainText(code: number): boolean {
  return code >= FIRST_BEYOND_ASCII && !isTypographic(code);
}

/** Whether a character code is a capital letter of ASCII. */
export function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** Whether a character code is a lowercase letter of ASCII. */
export function isAsciiLowercase(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Whether a character code is a digit of ASCII. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** NFKD leaves the quotes and dashes above alone, and spells an ellipsis out. */
const ELLIPSIS = /…/g;

/** Longest input the engine reads; the rest of a runaway message adds nothing but cost. */
export const MAX_QUESTION_CHARS = 500;

/**
 * Lowercased, with typographic apostrophes made plain: the text as a pattern
 * reads a possessive or a contraction ("the chief's name", "what's",
 * "when's"), which {@link foldText} drops.
 */
export function withPossessives(text: string): string {
  return text.toLowerCase().replace(CURLY_APOSTROPHES, "'");
}

/**
 * A word as a text writes it, case, apostrophes and hyphens kept ("Lifeboat",
 * "butcher's", "all-weather", "24-year-old"), for readings of the article's
 * own writing; `words` folds a text for matching instead.
 */
export const WRITTEN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const CURLY_APOSTROPHES = /[’‘]/g;

/** Lowercases, strips accents, control characters and possessives. */
export function foldText(text: string): string {
  return fold(text).folded;
}

/**
 * {@link foldText}, and whether the folded text is plain: no letter or
 * digit beyond ASCII, so it needs no Unicode-aware pattern to split.
 * Indexing a large story folds mostly such text.
 */
function fold(text: string): Folding {
  // One question is folded by every check that reads it (what it asks for,
  // which kind it names, whether it asks what something is), in turn with
  // its folded self, its clauses and the answers weighed: keep the last few.
  for (let slot = 0; slot < FOLD_SLOTS; slot++) {
    if (foldedTexts[slot] === text || settledTexts[slot] === text) {
      return foldings[slot] as Folding;
    }
  }
  const result = foldAfresh(text);
  foldedTexts[nextFoldSlot] = text;
  settledTexts[nextFoldSlot] = result.settled ? result.folded : null;
  foldings[nextFoldSlot] = result;
  nextFoldSlot = (nextFoldSlot + 1) % FOLD_SLOTS;
  return result;
}

/** A text folded, and whether it is plain (see {@link fold}). */
interface Folding {
  folded: string;
  plain: boolean;
  /** Its {@link words}, split on first use: a question is split by several checks. */
  words: readonly string[] | undefined;
  /**
   * Whether `folded` folds to itself, as this folding tells for sure (see
   * {@link foldAfresh}): then it is this folding's for `folded` too, words
   * and all. Many checks read `words(foldText(question))`, which folded the
   * folded question again, and split it again, once a question or more.
   */
  settled: boolean;
}

/**
 * How many recent foldings are kept. A long question is folded, as typed
 * and as folded, between the texts of its clauses and answers; with one
 * slot it was folded afresh some seven times per ask.
 */
const FOLD_SLOTS = 8;
/** The texts last folded, oldest replaced first, and their foldings. */
const foldedTexts: string[] = new Array<string>(FOLD_SLOTS).fill('');
/** Per slot, its folded text where that folds to itself (its folding's `settled`), else null. */
const settledTexts: (string | null)[] = new Array<string | null>(FOLD_SLOTS).fill(null);
const foldings: Folding[] = new Array<Folding>(FOLD_SLOTS).fill({
  folded: '',
  plain: true,
  words: undefined,
  settled: false,
});
let nextFoldSlot = 0;

function foldAfresh(text: string): Folding {
  const clipped = spellFigureShorthand(spellCurrencies(text.slice(0, MAX_QUESTION_CHARS * 4)));
  // In a message typed all in capitals, "US" is as likely to be "us". Most
  // texts hold no capital U at all, and the look-around pattern costs most.
  const country =
    clipped.includes('U') && HAS_LOWERCASE.test(clipped)
      ? clipped.replace(UNITED_STATES, ' usa ')
      : clipped;
  // Every mention has an "@" or a "<" in it.
  const unmentioned =
    country.includes('@') || country.includes('<') ? country.replace(MENTIONS, ' ') : country;
  // Plain text has no accents to strip, and indexing a large story folds
  // mostly such text: decomposing it would change nothing and cost most.
  const plain = !BEYOND_PLAIN_TEXT.test(unmentioned);
  const unaccented = plain
    ? unmentioned.replace(ELLIPSIS, '...')
    : unmentioned.normalize('NFKD').replace(COMBINING_MARKS, '');
  const folded = withoutControlChars(unaccented)
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(POSSESSIVE, '')
    .replace(WONT, 'will not')
    .replace(TLDR, 'tldr');
  const countryNamed = folded.includes('united ')
    ? folded.replace(SPELLED_OUT_COUNTRY, (name) => SPELLED_OUT_INITIALS[name] ?? 'usa')
    : folded;
  const result = countryNamed.includes('the us')
    ? countryNamed.replace(THE_UNITED_STATES, 'the usa')
    : countryNamed;
  return {
    folded: result,
    plain,
    words: undefined,
    // Folded again, plain text whose figures, signs, capital "US" and
    // mentions were left alone meets each step as it came out of it: the
    // steps after lowercasing read it lowercased already, and what they
    // take out or write in ("'s", "will not", "tldr", "usa") makes nothing
    // any step reads. A currency sign may be read anew once a possessive
    // is gone ("$'s 5"), and a mention once lowercased ("@Everyone").
    settled:
      plain &&
      clipped === text &&
      country === clipped &&
      result.length <= MAX_QUESTION_CHARS * 4 &&
      !text.includes('@') &&
      !text.includes('<') &&
      !ANY_CURRENCY_SIGN.test(text),
  };
}

/** Any currency sign (`currency.ts`): where one stands, a folding is read afresh when folded again. */
const ANY_CURRENCY_SIGN = new RegExp(CURRENCY_SIGN, 'u');

/**
 * Whether {@link words} of `parts.join(' ')` are the words of each part in
 * turn, so a text made of parts may be read from its parts: the whole is not
 * clipped, and no part folds differently alone (a capital "US" counts as the
 * country only in text that has lowercase letters too, and a "the" or a
 * "united" ending one part may make the next part's first word a country's). Folding is
 * otherwise done character by character, and no word spans the joining space.
 */
export function splitsAsParts(parts: readonly string[]): boolean {
  let length = parts.length - 1;
  for (const part of parts) length += part.length;
  return (
    length <= MAX_QUESTION_CHARS * 4 &&
    parts.every(
      (part, at) =>
        (!part.includes('U') || HAS_LOWERCASE.test(part)) &&
        (at === parts.length - 1 ||
          (part.slice(-3).toLowerCase() !== 'the' && part.slice(-6).toLowerCase() !== 'united')),
    )
  );
}

/**
 * The {@link words} of every text, in as few foldings as the texts allow:
 * reading a story's two thousand short texts one by one costs far more
 * than reading them as a few dozen long ones. Texts are joined by two line
 * breaks, which no pattern of the fold reads across (a currency sign takes
 * one space before its figure, "tl;dr" one on each side of its semicolon);
 * a text read differently with others ({@link splitsAsParts}) is read alone.
 * Words come in no useful order, and as often as they occur.
 */
export function wordsOfAll(texts: Iterable<string>): string[] {
  const found: string[] = [];
  const limit = MAX_QUESTION_CHARS * 4;
  let batch = '';
  const flush = () => {
    if (batch !== '') found.push(...words(batch));
    batch = '';
  };
  for (const text of texts) {
    if (!splitsAsParts([text])) {
      found.push(...words(text));
      continue;
    }
    if (batch.length + TEXT_BREAK.length + text.length > limit) flush();
    batch = batch === '' ? text : batch + TEXT_BREAK + text;
  }
  flush();
  return found;
}

/** What {@link wordsOfAll} joins texts with. */
const TEXT_BREAK = '\n\n';

/** Splits folded text into words of letters and digits. */
export function words(text: string): readonly string[] {
  const folding = fold(text);
  folding.words ??= splitFolded(folding);
  return folding.words;
}

/**
 * The first of the {@link words} of one token of a message ("Mayor’s" is
 * "mayor"), or '' for none. The chat readers fold each token of a long
 * message alone, some forty a question: kept per token, so that a token
 * is folded once, not once per message, and the few foldings `words` keeps
 * stay the message's own.
 */
export function firstWordOf(token: string): string {
  return firstWords.get(token);
}

/** Tokens' first words ({@link firstWordOf}); tokens are a reader's words, so the cap is loose. */
const firstWords = new BoundedMemo(4096, (token: string) => words(token)[0] ?? '');

function splitFolded({ folded, plain }: Folding): string[] {
  // Lowercased plain text has no letters or digits but a-z and 0-9: the same
  // split, far cheaper.
  const split = folded.split(plain ? PLAIN_NON_WORD : NON_WORD);
  // A split on runs of separators leaves empty words only at the ends.
  if (split[0] === '') split.shift();
  if (split.at(-1) === '') split.pop();
  return split;
}

/** Collapses whitespace and trims, for display of user text. */
export function tidy(text: string): string {
  return withoutControlChars(text).replace(WHITESPACE_TO_TIDY, ' ').trim();
}

/**
 * Runs of whitespace to write as one space: every run but a single space,
 * which stays as it is. Replacing each of a long question's spaces with
 * itself cost more than the rest of tidying it.
 */
const WHITESPACE_TO_TIDY = /\s{2,}|[^\S ]/g;

/** Text a reader put in quotation marks, folded; two words at least, or it is emphasis. */
export function quotedSpans(question: string): string[] {
  // Every quotation opens on one of these: most questions hold none, and
  // then the pattern's look-behind need not be tried at every character.
  if (!QUOTE_OPENER.test(question)) return [];
  return [...question.matchAll(QUOTED)].flatMap((match) => {
    const span = foldText(match[1] ?? match[2] ?? '').trim();
    return span.includes(' ') ? [span] : [];
  });
}

/** Where the last text a reader put in quotation marks ends (its closing mark included), or 0. */
export function endOfLastQuote(text: string): number {
  let end = 0;
  for (const match of text.matchAll(QUOTED)) end = match.index + match[0].length;
  return end;
}

/** The text with what it quotes blanked out: the words the writer says in their own voice. */
export function withoutQuoted(text: string): string {
  return text.replace(QUOTED, ' ');
}

// Single quotes count only at word edges, so "haddad's … europe's" quotes nothing.
const QUOTED = /["“]([^"“”]{3,}?)["”]|(?<![\p{L}\p{N}])['‘]([^'‘’]{3,}?)['’](?![\p{L}\p{N}])/gu;
/** The marks a {@link QUOTED} span opens on. */
const QUOTE_OPENER = /["“'‘]/;

/** The text with chat mentions (<@123>, @everyone) taken out, as the engine ignores them. */
export function withoutMentions(text: string): string {
  return text.replace(MENTIONS, ' ');
}

/** A set of the words of a list written out with spaces or new lines between them. */
export function wordSet(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/**
 * A regular-expression group matching any one of these words as written;
 * for no words, a group that matches nothing (an empty group would match
 * everywhere, so a missing list would switch its rule on, not off).
 */
export function alternation(words: Iterable<string>): string {
  const escaped = [...words].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.length === 0 ? '(?!)' : `(?:${escaped.join('|')})`;
}
