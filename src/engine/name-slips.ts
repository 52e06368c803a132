import type { LanguageFile } from '../knowledge/general-schema.ts';
import { pastOpeners } from './openers.ts';
import { damerauLevenshtein } from './speller.ts';
import { foldText } from './text.ts';

/** A person of the story, by every name the story gives them. */
export interface NamedPerson {
  name: string;
  aliases: readonly string[];
}

/** What a reader's "who is X" reads as, once the story's people are weighed. */
export interface NameSlipReading {
  /** The question, the name the reader slipped on written as the story writes it. */
  question: string;
  /** Whether two of the story's people fit the name as the reader wrote it. */
  ambiguous: boolean;
}

/**
 * "Who is X" where X is one of the story's people as a reader remembers
 * them: one letter slipped or swapped ("calum reed" for Callum Reid), the
 * surname or the first name alone, cut short ("dan" for Daniel), with a
 * particle the story leaves out ("al amin" for Amin). The speller
 * mends a slip into a word only the story uses, not one the dictionary
 * knows ("reed"); a name is matched here against the people alone, each
 * word of what the reader wrote against a word of one of their names.
 * Exactly one person fitting, the question is asked with their name as
 * written; two fitting, neither is guessed.
 */
export class NameSlips {
  private readonly people: readonly (readonly (readonly string[])[])[];
  private readonly written: readonly string[];
  private readonly whoIs: RegExp;

  /**
   * @param isStoryWord whether the story uses a word as typed: such a word
   *   is meant as itself, not as a slip of a name ("who is the mayor")
   * @param words general English's openers; absent, none is read past
   */
  constructor(
    people: readonly NamedPerson[],
    private readonly isStoryWord: (word: string) => boolean,
    words?: Pick<LanguageFile, 'openers'>,
  ) {
    this.people = people.map((person) => [person.name, ...person.aliases].map(nameWords));
    this.written = people.map((person) => person.name);
    this.whoIs = whoIsPattern(words);
  }

  /** The question read for a slipped name of the story's people; as asked when it asks after none. */
  read(question: string): NameSlipReading {
    if (this.people.length === 0) return { question, ambiguous: false };
    const found = this.whoIs.exec(question);
    const span = found?.[2];
    if (found === undefined || found === null || span === undefined) {
      return { question, ambiguous: false };
    }
    const asked = nameWords(span).filter((word) => !PARTICLES.has(word));
    if (asked.length === 0 || asked.length > MAX_NAME_WORDS) return { question, ambiguous: false };
    const fitting = this.people.flatMap((names, at) =>
      names.some((name) => this.fits(asked, name)) ? [at] : [],
    );
    if (fitting.length > 1) return { question, ambiguous: true };
    const [only] = fitting;
    const name = only === undefined ? undefined : this.written[only];
    // A name the story gives as typed ("al-Amin" among its aliases) is read as it is.
    const typed = nameWords(span).join(' ');
    if (name === undefined || this.people[only ?? -1]?.some((n) => n.join(' ') === typed)) {
      return { question, ambiguous: false };
    }
    const start = found.index + (found[1]?.length ?? 0);
    return {
      question: `${question.slice(0, start)}${name}${question.slice(start + span.length)}`,
      ambiguous: false,
    };
  }

  /** Whether each word asked is a word of this name, or a slip or a clipping of one, each a different word. */
  private fits(asked: readonly string[], name: readonly string[]): boolean {
    const used = new Set<number>();
    for (const word of asked) {
      const exact = name.findIndex((part, at) => !used.has(at) && part === word);
      if (exact >= 0) {
        used.add(exact);
        continue;
      }
      // A word the story uses as itself is meant as itself.
      if (this.isStoryWord(word)) return false;
      const close = name.findIndex((part, at) => !used.has(at) && isSlipOf(word, part));
      if (close < 0) return false;
      used.add(close);
    }
    return true;
  }
}

/**
 * "Who is X", "who's X", "whos X", "who was X", past any openers of general
 * English ("so", "um"), the name ending the question or set off from what
 * follows ("who is al-amin and what does he have to do with this"): the
 * opening, and the name as typed.
 */
function whoIsPattern(words: Pick<LanguageFile, 'openers'> | undefined): RegExp {
  return new RegExp(
    `^(${pastOpeners(words, 'whoIs').slice(1)}who(?:'s|’s|s|\\s+is|\\s+was)\\s+)([\\p{L}'’ -]+?)(?=\\s*(?:[?.!,;:]|\\band\\b|\\bfrom\\b|\\bin\\b|\\bagain\\b|$))`,
    'iu',
  );
}

/** The most words a name asked after may run to, particles aside. */
const MAX_NAME_WORDS = 3;

/**
 * Words a reader writes with a name that are no part of it as the story may
 * write it: particles of Arabic, Dutch, German, French, Italian names, and
 * titles.
 */
const PARTICLES: ReadonlySet<string> = new Set(
  'al el ad bin ibn abu de da di du del della van von der den le la mr mrs ms miss dr prof professor sir'.split(
    ' ',
  ),
);

/** A name's words, folded, split at spaces and hyphens ("al-Amin" → al, amin). */
function nameWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '');
}

/** Shorter, a slip is too easily another name ("ann", "dan"). */
const MIN_SLIP_LENGTH = 4;
/** From this length a name may be two slips from the one meant. */
const TWO_SLIPS_FROM = 7;
/** A first name cut short, "dan" of "daniel": this many letters at least. */
const MIN_CLIPPING = 3;

/**
 * Whether a reader's word is a slip of a word of a name (one letter added,
 * dropped, changed or two swapped; two for a long name), keeping its first
 * letter, or the name cut short.
 */
function isSlipOf(word: string, part: string): boolean {
  if (word.length >= MIN_CLIPPING && word.length < part.length && part.startsWith(word)) {
    return true;
  }
  if (word.length < MIN_SLIP_LENGTH || word[0] !== part[0]) return false;
  const edits = Math.min(word.length, part.length) >= TWO_SLIPS_FROM ? 2 : 1;
  return damerauLevenshtein(word, part, edits) <= edits;
}
