/**
 * Slips of the question words ("wich court", "whta time", "waht"): the
 * conditions a question sets are read from its wording ("which court" wants
 * an answer naming a court), so a reader's slip of its question word would
 * otherwise leave the question with fewer conditions than the same question
 * typed right, and the engine more sure of its answer.
 */
import { BoundedMemo } from './bounded-memo.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { damerauLevenshtein } from './speller.ts';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.ts';
import { isAsciiCapital, isAsciiDigit, isAsciiLowercase, isBeyondPlainText } from './text.ts';

/** The first letters of the question words: a slip keeps its first letter. */
const QUESTION_WORD_INITIALS: ReadonlySet<string> = new Set(
  [...QUESTION_WORDS].map((word) => word.charAt(0)),
);

/** A slip shorter than this ("wy", "hw") is too easily something else. */
const MIN_SLIP_LENGTH = 3;
/**
 * A typed word, as `words` would cut it, that opens on a question word's
 * letter. Only these can be slips: a pattern that matches every word and
 * hands each to a callback cost a long question more than the rest of this
 * reading.
 */
const TYPED_WORD_OPENING_AS_ASKED = new RegExp(
  `(?<![\\p{L}\\p{N}])[${[...QUESTION_WORD_INITIALS].join('')}][\\p{L}\\p{N}]*`,
  'giu',
);

/**
 * The question word a typed word is a slip of: one deletion, swap, change
 * or insertion away from exactly one of them; null for an English word or
 * chat shorthand itself ("were", "hot", "whey", "wat"). Readers slip inside
 * a word, seldom on its first letter ("tho" is no "who"), and a letter added
 * at the end is a contraction, not a slip ("whos", "hows").
 */
function questionWordMeant(typed: string): string | null {
  if (
    typed.length < MIN_SLIP_LENGTH ||
    QUESTION_WORDS.has(typed) ||
    COMMON_ENGLISH_WORDS.has(typed) ||
    STOPWORDS.has(typed)
  ) {
    return null;
  }
  let meant: string | null = null;
  for (const word of QUESTION_WORDS) {
    if (typed[0] !== word[0] || typed.startsWith(word)) continue;
    if (damerauLevenshtein(typed, word, 1) > 1) continue;
    // A slip of two question words is a slip of neither.
    if (meant !== null) return null;
    meant = word;
  }
  return meant;
}

/**
 * Chat's own spellings of "what" ("wat time did it start", "wut day"): no
 * slips, but written so on purpose, they ask what the word asks, and a
 * "wat time" wants a time as a "what time" does.
 */
const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
]);

/** A word following: what a question word asks of ("wat time"). Read where the word ends. */
const WORD_FOLLOWS = /\s+\p{L}/uy;

/**
 * The question word chat shorthand asks with, where it asks of a word after
 * it; null at the end of a message, where "or wat" is chat, not a question.
 */
function shorthandAsking(typed: string, question: string, end: number): string | null {
  const meant = CHAT_SHORTHAND.get(typed);
  if (meant === undefined) return null;
  WORD_FOLLOWS.lastIndex = end;
  return WORD_FOLLOWS.test(question) ? meant : null;
}

/** How many typed words {@link wordsMeant} keeps at most. */
const WORDS_MEANT_LIMIT = 4096;

/** A word run on after a question word is a word of two letters or more ("howmany", not "hows"). */
const MIN_RUN_ON_LENGTH = 2;

/**
 * A question word and the filler word after it typed as one ("howmany",
 * "whatdid", "whois"), as two words; null for anything else, an English
 * word itself ("however", "whereas") above all. Without the space the
 * question loses its question word, and with it what it asks for.
 */
function runTogether(typed: string): string | null {
  if (COMMON_ENGLISH_WORDS.has(typed) || STOPWORDS.has(typed)) return null;
  for (const word of QUESTION_WORDS) {
    if (!typed.startsWith(word)) continue;
    const rest = typed.slice(word.length);
    if (rest.length >= MIN_RUN_ON_LENGTH && (STOPWORDS.has(rest) || QUESTION_WORDS.has(rest))) {
      return `${word} ${rest}`;
    }
  }
  return null;
}

/**
 * A question word and its "is" contracted without the apostrophe ("whos")
 * as written with it ("who's"): read as typed, the question sets none of the
 * conditions its question word does ("whos the union's organiser" took the
 * list of organisations). Not the dictionary's "whats", "hows" or "whys"
 * (nouns: "the whys and wherefores"): read so, they gained no right answer.
 * "Whens" is the dictionary's too, but as a noun it is all but unheard of,
 * while a reader's "whens the vote" asks when, as "when's" does.
 */
function contracted(typed: string): string | null {
  const word = typed.slice(0, -1);
  return typed.endsWith('s') &&
    QUESTION_WORDS.has(word) &&
    (!COMMON_ENGLISH_WORDS.has(typed) || CONTRACTED_THOUGH_IN_DICTIONARY.has(typed))
    ? `${word}'s`
    : null;
}

/** Contractions typed without their apostrophe that the dictionary holds as a rare noun. */
const CONTRACTED_THOUGH_IN_DICTIONARY: ReadonlySet<string> = new Set(['whens']);

/**
 * The question with each slip of a question word read as that word ("wich
 * court overturned it" → "which court overturned it"), chat's shorthand
 * for one asking of a word after it ("wat time" → "what time"), and a
 * question word run together with the next ("howmany" → "how many"), unless the story
 * writes the word as a name; the rest as typed.
 *
 * @param isStoryName whether the story writes a folded word only as a name
 */
export function withQuestionWordsPlain(
  question: string,
  isStoryName: (word: string) => boolean,
): string {
  if (!mayHoldSlip(question)) return question;
  return question.replace(TYPED_WORD_OPENING_AS_ASKED, (typed, at: number) => {
    const folded = typed.toLowerCase();
    const word = shorthandAsking(folded, question, at + typed.length) ?? wordsMeant.get(folded);
    return word === null || isStoryName(folded) ? typed : word;
  });
}

/**
 * What a typed word, folded, is read as wherever it stands ({@link
 * questionWordMeant}, {@link runTogether}, {@link contracted}), or null:
 * kept per word, as readers' words ("what", "happened", "whole") come back
 * question after question. Readers' words are unbounded; a loose cap will do.
 */
const wordsMeant = new BoundedMemo(WORDS_MEANT_LIMIT, (folded: string): string | null => {
  return questionWordMeant(folded) ?? runTogether(folded) ?? contracted(folded);
});

/**
 * Whether a question may hold a word {@link withQuestionWordsPlain} reads
 * otherwise: in a question of plain text (letters and digits a to z and 0
 * to 9 only, besides typographic quotes, dashes and ellipses), a word
 * opening on a question word's letter that chat's shorthand writes or
 * {@link wordsMeant} reads as another; in any other question, always. A
 * long question holds a dozen such words and none a slip: read so, by
 * hand, rather than by the Unicode pattern handing each to a callback.
 */
function mayHoldSlip(question: string): boolean {
  const length = question.length;
  let at = 0;
  while (at < length) {
    const code = question.charCodeAt(at);
    if (!isLetterOrDigit(code)) {
      if (isBeyondPlainText(code)) return true;
      at++;
      continue;
    }
    const start = at;
    while (at < length && isLetterOrDigit(question.charCodeAt(at))) at++;
    // Either case: a letter and its capital differ by one bit.
    if (!INITIAL_CODES.has(question.charCodeAt(start) | CASE_BIT)) continue;
    const folded = question.slice(start, at).toLowerCase();
    if (CHAT_SHORTHAND.has(folded) || wordsMeant.get(folded) !== null) return true;
  }
  return false;
}

/** Whether a character code is a letter or digit of plain ASCII. */
function isLetterOrDigit(code: number): boolean {
  return isAsciiLowercase(code) || isAsciiCapital(code) || isAsciiDigit(code);
}

const CASE_BIT = 0x20;
/** {@link QUESTION_WORD_INITIALS}, as character codes. */
const INITIAL_CODES: ReadonlySet<number> = new Set(
  [...QUESTION_WORD_INITIALS].map((initial) => initial.charCodeAt(0)),
);
