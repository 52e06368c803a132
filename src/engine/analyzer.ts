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
}

/** Looks up whether the knowledge uses a term, and corrects typos against it. */
export interface Vocabulary {
  hasTerm(term: string): boolean;
  correct(word: string): string | null;
}

/**
 * Turns text into matchable terms the same way for knowledge and questions:
 * fold, drop stopwords, map reader synonyms to the article's words, stem.
 */
export class Analyzer {
  private readonly synonyms = new Map<string, string[]>();

  constructor(lexicon: Lexicon) {
    for (const [word, replacement] of Object.entries(lexicon.synonyms)) {
      this.synonyms.set(stem(word), replacement.split(' ').map(stem));
    }
  }

  /** Terms of a knowledge text; question words included. */
  termsOf(text: string): string[] {
    return words(text).flatMap((word) => this.termsOfWord(word));
  }

  /** Content words of a knowledge text as written, for the speller's vocabulary. */
  surfaceWords(text: string): string[] {
    return words(text).filter((word) => !STOPWORDS.has(word));
  }

  /** Terms of a reader's question, typos corrected where the knowledge allows. */
  queryTerms(question: string, vocabulary: Vocabulary): QueryTerm[] {
    const byTerm = new Map<string, QueryTerm>();
    const add = (term: string, certainty: number) => {
      const existing = byTerm.get(term);
      if (!existing || existing.certainty < certainty) {
        byTerm.set(term, { term, certainty, isQuestionWord: QUESTION_WORDS.has(term) });
      }
    };
    for (const word of words(question)) {
      const terms = this.termsOfWord(word);
      if (terms.length === 0 || terms.every((term) => vocabulary.hasTerm(term))) {
        for (const term of terms) add(term, 1);
        continue;
      }
      const corrected = vocabulary.correct(word);
      const correctedTerms = corrected === null ? [] : this.termsOfWord(corrected);
      if (correctedTerms.length > 0) {
        for (const term of correctedTerms) add(term, SCORING.correctedWeight);
      } else {
        for (const term of terms) add(term, 1);
      }
    }
    return [...byTerm.values()];
  }

  private termsOfWord(word: string): string[] {
    if (QUESTION_WORDS.has(word)) return [word];
    // The lexicon comes first so curators can give meaning to a word that is
    // otherwise filler ("talk" → "say").
    const synonyms = this.synonyms.get(stem(word));
    if (synonyms) return synonyms;
    if (STOPWORDS.has(word)) return [];
    return [stem(word)];
  }
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

/** Porter stem, except where the stemmer would merge unrelated words. */
function stem(word: string): string {
  return STEM_OVERRIDES.get(word) ?? stemmer(word);
}
