import { stemmer } from 'stemmer';
import type { Lexicon } from '../knowledge/schema.ts';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.ts';
import { words } from './text.ts';
import { SCORING } from './tuning.ts';

/** One term of a question, with how sure we are of it. */
export interface QueryTerm {
  term: string;
  /** 1 for a word typed right, less for a corrected typo. */
  certainty: number;
  isQuestionWord: boolean;
  /** What kind of word a term the knowledge never uses comes from; `known` otherwise. */
  strangeness: Strangeness;
}

/**
 * How a word the knowledge never uses should weigh against an answer:
 * - `everyday`: one of the most common English words ("saying", "improve"),
 *   more often chat around the question than its point;
 * - `english`: any other dictionary word, or a slip of one;
 * - `name`: unknown to the dictionary too, most often a name the story never
 *   mentions ("Ukraine", "Putin"), so the question is about something else.
 */
export type Strangeness = 'known' | 'everyday' | 'english' | 'name';

/** A word of a question, or a lexicon phrase spanning words `at.start` to `at.end`. */
interface Segment {
  /** The word itself, or null for a phrase. */
  word: string | null;
  at: { start: number; end: number };
  terms: string[];
}

/** Looks up whether the knowledge uses a term, and corrects typos against it. */
export interface Vocabulary {
  hasTerm(term: string): boolean;
  correct(word: string): string | null;
  /** What kind of English a word is, known to the story or not. */
  familiarity(word: string): Exclude<Strangeness, 'known'>;
}

/**
 * Turns text into matchable terms the same way for knowledge and questions:
 * fold, drop stopwords, map reader synonyms to the article's words, stem.
 */
export class Analyzer {
  /**
   * Synonyms keyed by the stems of their words joined by spaces ("kicked
   * out" → "kick out"); each keeps its words as written, since words that
   * share a stem are not always the same word ("general", "generator").
   */
  private readonly synonyms = new Map<string, { words: string[]; terms: string[] }[]>();
  private readonly longestPhrase: number;
  /** First stems of the lexicon's phrases: only there can a phrase start. */
  private readonly phraseStarts = new Set<string>();
  /** A word's terms never change for one lexicon, and questions repeat words. */
  private readonly wordTerms = new Map<string, string[]>();

  constructor(lexicon: Lexicon) {
    let longest = 1;
    for (const [phrase, replacement] of Object.entries(lexicon.synonyms)) {
      const key = phrase.split(' ').map(stem);
      longest = Math.max(longest, key.length);
      if (key.length > 1) this.phraseStarts.add(key[0] ?? '');
      // Filler in a replacement ("took control") would be a term no text is
      // indexed with, so it is dropped like anywhere else.
      const terms = replacement
        .split(' ')
        .flatMap((word) => (STOPWORDS.has(word) ? [] : [stem(word)]));
      const entries = this.synonyms.get(key.join(' '));
      const entry = { words: phrase.split(' '), terms };
      if (entries) entries.push(entry);
      else this.synonyms.set(key.join(' '), [entry]);
    }
    this.longestPhrase = longest;
  }

  /** Terms of a knowledge text; question words included. */
  termsOf(text: string): string[] {
    return this.segments(words(text)).flatMap((segment) => segment.terms);
  }

  /** Content words of a knowledge text as written, for the speller's vocabulary. */
  surfaceWords(text: string): string[] {
    return words(text).filter((word) => !STOPWORDS.has(word));
  }

  /** Terms of a reader's question, typos corrected where the knowledge allows. */
  queryTerms(question: string, vocabulary: Vocabulary): QueryTerm[] {
    const byTerm = new Map<string, QueryTerm>();
    const add = (term: string, certainty: number, strangeness: Strangeness = 'known') => {
      const existing = byTerm.get(term);
      if (!existing || existing.certainty < certainty) {
        byTerm.set(term, {
          term,
          certainty,
          isQuestionWord: QUESTION_WORDS.has(term),
          strangeness,
        });
      }
    };
    const typed = words(question);
    // A phrase is read through its typos too: "kiked out" is still "kicked out".
    const corrections = typed.map((word) => this.correctionOf(word, vocabulary));
    const spelled = typed.map((word, at) => corrections[at] ?? word);
    for (const { word, at, terms } of this.segments(spelled)) {
      if (word === null) {
        const typo = corrections.slice(at.start, at.end).some((c) => c !== null);
        for (const term of terms) add(term, typo ? SCORING.correctedWeight : 1);
        continue;
      }
      // A single word's terms are those of the word as corrected, or as typed.
      if (corrections[at.start] != null) {
        // A corrected filler word ("abbout") yields no terms at all, as it should.
        for (const term of terms) add(term, SCORING.correctedWeight);
        continue;
      }
      const strangeness =
        terms.length > 0 && !terms.every((term) => vocabulary.hasTerm(term))
          ? vocabulary.familiarity(word)
          : 'known';
      for (const term of terms) add(term, 1, strangeness);
    }
    return [...byTerm.values()];
  }

  /** The word a reader meant, when what they typed is a slip of a word the knowledge uses; else null. */
  private correctionOf(word: string, vocabulary: Vocabulary): string | null {
    const terms = this.termsOfWord(word);
    if (terms.length === 0 || terms.every((term) => vocabulary.hasTerm(term))) return null;
    const corrected = vocabulary.correct(word);
    return corrected === word ? null : corrected;
  }

  /**
   * Reads words left to right, taking the longest lexicon phrase that starts
   * at each word ("kicked out" → "ousted"); `word` is null for a phrase and
   * `at` says which words it spans.
   */
  private segments(all: readonly string[]): Segment[] {
    const segments: Segment[] = [];
    const stems = all.map(stem);
    for (let i = 0; i < all.length; ) {
      let matched = false;
      const longest = this.phraseStarts.has(stems[i] ?? '') ? this.longestPhrase : 1;
      for (let length = Math.min(longest, all.length - i); length > 1; length--) {
        const key = stems.slice(i, i + length).join(' ');
        const terms = this.synonyms.has(key)
          ? this.synonymOf(all.slice(i, i + length), key)
          : undefined;
        if (terms) {
          segments.push({ word: null, at: { start: i, end: i + length }, terms });
          i += length;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const word = all[i] ?? '';
      segments.push({ word, at: { start: i, end: i + 1 }, terms: this.termsOfWord(word) });
      i++;
    }
    return segments;
  }

  /** The lexicon's terms for these words, when an entry is written with the same words, inflections aside. */
  private synonymOf(
    typed: readonly string[],
    key = typed.length === 1 ? stem(typed[0] ?? '') : typed.map(stem).join(' '),
  ): string[] | undefined {
    const entries = this.synonyms.get(key);
    return entries?.find((entry) =>
      entry.words.every((word, at) => sameWordInflected(word, typed[at] ?? '')),
    )?.terms;
  }

  private termsOfWord(word: string): string[] {
    let terms = this.wordTerms.get(word);
    if (terms === undefined) {
      terms = this.readWord(word);
      if (this.wordTerms.size >= WORD_TERMS_CACHE_LIMIT) this.wordTerms.clear();
      this.wordTerms.set(word, terms);
    }
    return terms;
  }

  private readWord(word: string): string[] {
    if (QUESTION_WORDS.has(word)) return [word];
    // The lexicon comes first so curators can give meaning to a word that is
    // otherwise filler ("talk" → "say").
    const synonyms = this.synonymOf([word]);
    if (synonyms) return synonyms;
    if (STOPWORDS.has(word)) return [];
    return [stem(word)];
  }
}

/**
 * Whether two words are one word inflected ("kicked", "kicks"; "tell",
 * "telling"), as opposed to two words Porter gives one stem ("general",
 * "generator"; "reports", "reporter"). A doubled consonant or a dropped "e"
 * is let through ("stopped", "stop"; "based", "base").
 */
function sameWordInflected(a: string, b: string): boolean {
  if (a === b) return true;
  const baseA = withoutInflection(a);
  const baseB = withoutInflection(b);
  const [shorter, longer] = baseA.length <= baseB.length ? [baseA, baseB] : [baseB, baseA];
  return longer.startsWith(shorter) && longer.length - shorter.length <= 1;
}

const INFLECTIONS: readonly [suffix: string, replacement: string][] = [
  ['ings', ''],
  ['ing', ''],
  ['ied', 'y'],
  ['ies', 'y'],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
  ['d', ''],
];

function withoutInflection(word: string): string {
  for (const [suffix, replacement] of INFLECTIONS) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, -suffix.length) + replacement;
    }
  }
  return word;
}

/**
 * Words the Porter stemmer folds into an unrelated word's stem: "authorities"
 * and "author" both become "author", which sends questions about the writer
 * to the new Syrian authorities.
 */
const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['authority', 'authorit'],
  ['authorities', 'authorit'],
  ['authoritative', 'authorit'],
]);

/** Enough for a large story's vocabulary plus what readers type. */
const WORD_TERMS_CACHE_LIMIT = 100_000;

const stemCache = new Map<string, string>();
/** Enough for a large story's vocabulary; questions cannot grow it without bound. */
const STEM_CACHE_LIMIT = 200_000;

/**
 * Porter leaves "-ly" adverbs apart from their adjectives ("publicly" →
 * "publicli", "public" → "public"); long enough words lose the "-ly" first.
 * Shorter ones are too often not adverbs at all ("family", "reply").
 */
const ADVERB = /^(.{5,})ly$/;

/** Porter stem, except where the stemmer would merge unrelated words. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = STEM_OVERRIDES.get(word) ?? stemmer(word.replace(ADVERB, '$1'));
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}
