import type { Analyzer, QueryTerm, Vocabulary } from './analyzer.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { Speller } from './speller.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import { SCORING } from './tuning.ts';

/** What the index needs to know of an answer unit. */
export interface IndexableUnit {
  phrases: readonly string[];
  body: string;
  /** Multiplies the unit's score; below 1 for units that should yield to curated ones. */
  prior: number;
}

/** A unit and how well it matches one question, 0..1. */
export interface RankedUnit {
  unit: number;
  score: number;
}

interface Doc {
  unit: number;
  /** The body doc says how much of a question a unit covers; phrase docs how closely it matches. */
  isBody: boolean;
  terms: readonly string[];
  weight: number;
}

/**
 * An inverted index over answer units. A question touches only the postings
 * of its own terms, so its cost follows how common its words are, not how big
 * the knowledge is.
 */
export class TermIndex implements Vocabulary {
  private readonly docs: Doc[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly unitsWithTerm = new Map<string, number>();
  private readonly priors: number[];
  private readonly speller: Speller;
  private readonly sortedWords: string[];
  private readonly unitCount: number;

  constructor(
    units: readonly IndexableUnit[],
    private readonly analyzer: Analyzer,
    extraWords: Iterable<string> = [],
  ) {
    this.unitCount = units.length;
    this.priors = units.map((u) => u.prior);
    const surface = new Set<string>(extraWords);
    units.forEach((unit, index) => {
      const bodyTerms = new Set(analyzer.termsOf(unit.body));
      for (const term of bodyTerms)
        this.unitsWithTerm.set(term, (this.unitsWithTerm.get(term) ?? 0) + 1);
      this.addDoc(index, true, bodyTerms);
      for (const phrase of unit.phrases) {
        this.addDoc(index, false, new Set(analyzer.termsOf(phrase)));
        for (const word of analyzer.surfaceWords(phrase)) surface.add(word);
      }
      for (const word of analyzer.surfaceWords(unit.body)) surface.add(word);
    });
    for (const doc of this.docs) {
      doc.weight = doc.terms.reduce((sum, term) => sum + this.termWeight(term), 0);
    }
    this.speller = new Speller(surface, COMMON_ENGLISH_WORDS);
    this.sortedWords = [...surface].sort();
  }

  hasTerm(term: string): boolean {
    return this.unitsWithTerm.has(term);
  }

  correct(word: string): string | null {
    return this.speller.correct(word);
  }

  isEnglishWord(word: string): boolean {
    return COMMON_ENGLISH_WORDS.has(word);
  }

  /** Known words starting with a prefix, shortest first, for autocomplete. */
  wordsStartingWith(prefix: string, limit: number): string[] {
    let low = 0;
    let high = this.sortedWords.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.sortedWords[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.sortedWords.length; i++) {
      const word = this.sortedWords[i] ?? '';
      if (!word.startsWith(prefix)) break;
      found.push(word);
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }

  /** Terms of a question as this index understands them. */
  analyze(question: string): QueryTerm[] {
    return this.analyzer.queryTerms(question, this);
  }

  /**
   * Scores every unit that shares a term with the question. A unit's score
   * blends how much of the question its body explains with how closely its
   * best phrase matches; unknown words in the question count against all.
   */
  rank(terms: readonly QueryTerm[]): RankedUnit[] {
    const queryWeight = terms.reduce((sum, t) => sum + t.certainty * this.queryTermWeight(t), 0);
    if (queryWeight === 0 || terms.every((t) => t.isQuestionWord)) return [];

    const matchedQuery = new Map<number, number>();
    const matchedDoc = new Map<number, number>();
    for (const { term, certainty } of terms) {
      const docIds = this.postings.get(term);
      if (!docIds) continue;
      const weight = this.termWeight(term);
      for (const docId of docIds) {
        matchedQuery.set(docId, (matchedQuery.get(docId) ?? 0) + certainty * weight);
        matchedDoc.set(docId, (matchedDoc.get(docId) ?? 0) + weight);
      }
    }

    const coverage = new Map<number, number>();
    const closeness = new Map<number, number>();
    for (const [docId, matched] of matchedQuery) {
      const doc = this.docs[docId];
      if (!doc) continue;
      const ofQuestion = matched / queryWeight;
      if (doc.isBody) {
        coverage.set(doc.unit, ofQuestion);
      } else {
        const ofPhrase = (matchedDoc.get(docId) ?? 0) / doc.weight;
        const f1 = (2 * ofQuestion * ofPhrase) / (ofQuestion + ofPhrase);
        if (f1 > (closeness.get(doc.unit) ?? 0)) closeness.set(doc.unit, f1);
      }
    }

    const ranked: RankedUnit[] = [];
    for (const [unit, covered] of coverage) {
      const blended =
        covered ** SCORING.coverageShare *
        (closeness.get(unit) ?? 0) ** (1 - SCORING.coverageShare);
      ranked.push({ unit, score: blended * (this.priors[unit] ?? 1) });
    }
    return ranked.sort((a, b) => b.score - a.score || a.unit - b.unit);
  }

  /** A name the story never mentions outweighs any other unknown word. */
  private queryTermWeight(term: QueryTerm): number {
    if (!term.isForeignName) return this.termWeight(term.term);
    return Math.log(1 + this.unitCount / SCORING.foreignNameUnits);
  }

  /** Rare terms weigh more; a word the knowledge never uses weighs most of all. */
  private termWeight(term: string): number {
    if (QUESTION_WORDS.has(term)) return SCORING.questionWordWeight;
    const units = this.unitsWithTerm.get(term) ?? SCORING.unknownTermUnits;
    return Math.log(1 + this.unitCount / units);
  }

  private addDoc(unit: number, isBody: boolean, terms: Set<string>): void {
    if (terms.size === 0) return;
    const docId = this.docs.push({ unit, isBody, terms: [...terms], weight: 0 }) - 1;
    for (const term of terms) {
      const list = this.postings.get(term);
      if (list) list.push(docId);
      else this.postings.set(term, [docId]);
    }
  }
}
