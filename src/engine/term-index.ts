import type { GeneralLanguage } from '../knowledge/general-schema.ts';
import type { Analyzer, Expansion, Vocabulary } from './analyzer.ts';
import { BoundedMemo } from './bounded-memo.ts';
import {
  COMMON_ENGLISH_WORDS,
  commonWordsOneEditFrom,
  EVERYDAY_ENGLISH_WORDS,
  looksEnglish,
} from './common-words.ts';
import { demonymPairs } from './demonyms.ts';
import { baseForms, Expansions } from './expansions.ts';
import { keptShapes } from './kept-shapes.ts';
import type { ListedBy } from './listed-by.ts';
import type { QueryTerm, Strangeness } from './query-terms.ts';
import type { ShortForms } from './short-forms.ts';
import { Speller } from './speller.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import { shortenedForms, unstretched } from './stretched.ts';
import { FOLDED_COUNTRIES, foldText, splitsAsParts, words } from './text.ts';
import { EXPANSION, SCORING, SPELLING } from './tuning.ts';
import type { WordVectors } from './word-vectors.ts';

/** What the index needs to know of an answer unit. */
export interface IndexableUnit {
  phrases: readonly string[];
  body: string;
  /**
   * The texts `body` is joined from by single spaces, when it is: the index
   * may then read the body from texts it has read already.
   */
  bodyParts?: readonly string[];
  /** Multiplies the unit's score; below 1 for units that should yield to curated ones. */
  prior: number;
  /**
   * Text the unit reads on from (a sentence's "that" stands for the one
   * before): it counts for how much of a question the unit explains, not
   * for how closely its phrase matches, nor for how common a word is.
   */
  context?: string;
  /**
   * Whether its phrasings are the engine's own wording, not the story's (a
   * pair made from the article's structure: "list the people…", "short
   * version"): a word only such phrasings hold is not one the story says.
   */
  phrasesTemplated?: boolean;
}

/** A unit and how well it matches one question, 0..1. */
export interface RankedUnit {
  unit: number;
  score: number;
}

/**
 * Whether a unit can be what a question asks for, by its index; null when the
 * question sets no such condition.
 */
export type UnitFit = ((unit: number) => boolean) | null;

/**
 * What a doc says about its unit: a body doc how much of a question the unit
 * covers, a phrase doc how closely the question matches one of its phrasings.
 * A sentence is both at once, indexed once.
 */
const BODY = 1;
const PHRASE = 2;
/** The words a unit reads on from, beyond its body's own: they explain a share of a question. */
const CONTEXT = 4;

// Readers' words are unbounded; stretched ones are few, so a loose cap will do.
const PLAIN_SPELLINGS_CACHE_LIMIT = 10_000;
// Readers' texts are unbounded; a loose cap will do.
const TEXT_STEMS_CACHE_LIMIT = 20_000;
/** Readers' slips are unbounded, so the cache is too, loosely. */
const ENGLISH_SLIP_CACHE_LIMIT = 10_000;

/** How many best units `rank` returns; enough for answers, near-ties and suggestions. */
export const RANK_LIMIT = 64;

/**
 * An inverted index over answer units. A question touches only the postings
 * of its own terms, so its cost follows how common its words are, not how big
 * the knowledge is.
 */
export class TermIndex implements Vocabulary {
  private readonly docUnit: Int32Array;
  private readonly docRole: Uint8Array;
  private readonly docWeight: Float64Array;
  private readonly postings = new Map<string, Int32Array>();
  private readonly unitsWithTerm = new Map<string, number>();
  /** Terms the story's own texts hold: every body term but those only templated phrasings give. */
  private readonly saidTerms = new Set<string>();
  private readonly priors: number[];
  private readonly speller: Speller;
  /** The story's distinct texts, read for {@link storyPairs} on first need. */
  private readonly texts: readonly string[];
  private pairs: Set<string> | undefined;
  private readonly sortedWords: string[];
  private readonly unitCount: number;
  // Scratch space reused by every `rank` call: allocating per question costs
  // garbage-collection pauses on large stories.
  /**
   * Per doc, side by side so one question's pass over a doc touches one cache
   * line: how much of the question it matched, how much of itself, and the
   * same for the group of stand-ins being counted (see {@link SCRATCH_STRIDE}).
   */
  private readonly docScratch: Float64Array;
  private readonly touchedDocs: Int32Array;
  private readonly coverage: Float64Array;
  /** Per unit, the share of the question its context explains (see {@link CONTEXT}). */
  private readonly contextCoverage: Float64Array;
  private readonly closeness: Float64Array;
  private readonly touchedUnits: Int32Array;
  private readonly groupDocs: Int32Array;
  /** Per doc, 1 once a question word ("where") matched it. */
  private readonly matchedQuestionWord: Uint8Array;
  private readonly expansions: Expansions;
  /** Texts asked whether they mention a word, and their stems (see {@link stemsOfText}). */
  private readonly textStems = new BoundedMemo(TEXT_STEMS_CACHE_LIMIT, (text: string) =>
    this.stemsOfText(text),
  );
  /** Each stretched word's plain spelling, see {@link plainSpelling}. */
  private readonly plainSpellings = new BoundedMemo(PLAIN_SPELLINGS_CACHE_LIMIT, (word: string) =>
    this.plainSpelling(word),
  );

  /**
   * @param extraWords more spellings a typo may be corrected to
   * @param related WordNet relations of the story's words (general English), if loaded
   * @param stances general English's words of taking a stand on a claim ("agree", "dispute")
   * @param listedBy which WordNet lines list a word (general English), if loaded
   * @param shortForms the article's phrases by their initials, for a reader's short form
   */
  constructor(
    units: readonly IndexableUnit[],
    private readonly analyzer: Analyzer,
    extraWords: Iterable<string> = [],
    related: GeneralLanguage['related'] = new Map(),
    stances: readonly string[] = [],
    listedBy?: ListedBy,
    wordVectors?: WordVectors,
    private readonly shortForms?: ShortForms,
    kinds?: GeneralLanguage['kinds'],
  ) {
    this.unitCount = units.length;
    this.priors = units.map((u) => u.prior);
    const surface = new Set<string>(extraWords);
    // Terms are numbered as first read, so building the postings is array
    // work: a story of 10,000 passages posts some two million terms.
    const termIds = new Map<string, number>();
    const termNames: string[] = [];
    const postingLists: number[][] = [];
    const bodyUnits: number[] = [];
    /** Per term, the last list it was kept in: a list keeps each term once. */
    const lastList: number[] = [];
    let lists = 0;
    const idOf = (term: string): number => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termNames.push(term) - 1;
        termIds.set(term, id);
        postingLists.push([]);
        bodyUnits.push(0);
        lastList.push(-1);
      }
      return id;
    };
    // Generated units repeat texts (a sentence is its own unit and a pair's
    // phrasing): each distinct text is read once, and its words join the
    // speller's vocabulary once.
    const textsRead = new Map<string, { ids: readonly number[]; openEnd: boolean }>();
    const readText = (text: string): { ids: readonly number[]; openEnd: boolean } => {
      let read = textsRead.get(text);
      if (read === undefined) {
        const reading = analyzer.read(text);
        const list = lists++;
        const ids: number[] = [];
        for (const term of reading.terms) {
          const id = idOf(term);
          if (lastList[id] !== list) {
            lastList[id] = list;
            ids.push(id);
          }
        }
        read = { ids, openEnd: reading.openEnd };
        textsRead.set(text, read);
        for (const word of reading.surface) surface.add(word);
      }
      return read;
    };
    const termsOfText = (text: string): readonly number[] => readText(text).ids;
    /**
     * A body joined from parts (a pair's phrasings, answer and excerpts) is
     * read from its parts wherever that reads the same: the phrasings are read
     * already, and such bodies are half the text of a large generated story.
     */
    const termsOfBody = (unit: IndexableUnit): readonly number[] => {
      const parts = unit.bodyParts;
      if (parts === undefined || parts.length < 2 || !splitsAsParts(parts)) {
        return termsOfText(unit.body);
      }
      const read = parts.map(readText);
      // A lexicon phrase may run on from one part into the next.
      if (read.some((part, at) => part.openEnd && at < read.length - 1)) {
        return termsOfText(unit.body);
      }
      const list = lists++;
      const ids: number[] = [];
      for (const part of read) {
        for (const id of part.ids) {
          if (lastList[id] !== list) {
            lastList[id] = list;
            ids.push(id);
          }
        }
      }
      return ids;
    };
    const questionWordIds = new Set([...QUESTION_WORDS].map(idOf));
    const said = new Set<number>();
    const docUnits: number[] = [];
    const docRoles: number[] = [];
    /** Term ids in the order they were first posted: the order doc weights are summed in. */
    const postedOrder: number[] = [];
    const addDoc = (unit: number, role: number, terms: readonly number[]) => {
      if (terms.length === 0) return;
      const docId = docUnits.push(unit) - 1;
      docRoles.push(role);
      for (const id of terms) {
        const list = postingLists[id] as number[];
        if (list.length === 0) postedOrder.push(id);
        list.push(docId);
      }
    };
    units.forEach((unit, index) => {
      const bodyIsPhrase = unit.phrases.length === 1 && unit.phrases[0] === unit.body;
      // Phrases are read before the body, as they always were, so the
      // speller meets the story's words in the same order.
      const phraseTerms = bodyIsPhrase ? [] : unit.phrases.map(termsOfText);
      const read = termsOfBody(unit);
      // A passage's "too early to say how many" or "why the job was never
      // done" says what is not known: its question words are no answer to
      // one. Whether it holds the kind of fact asked is told apart (`rank`).
      const bodyTerms =
        bodyIsPhrase && read.some((id) => questionWordIds.has(id))
          ? read.filter((id) => !questionWordIds.has(id))
          : read;
      for (const id of bodyTerms) bodyUnits[id] = (bodyUnits[id] as number) + 1;
      if (unit.phrasesTemplated) {
        const phrases = new Set(unit.phrases);
        for (const part of unit.bodyParts ?? [unit.body]) {
          if (!phrases.has(part)) for (const id of termsOfText(part)) said.add(id);
        }
      } else for (const id of bodyTerms) said.add(id);
      // What the unit reads on from explains what its body leaves out, as a
      // doc of its own: it adds to no word's count of units.
      const own = new Set(bodyTerms);
      const context = unit.context === undefined ? [] : termsOfText(unit.context);
      const more = context.filter((id) => !questionWordIds.has(id) && !own.has(id));
      addDoc(index, bodyIsPhrase ? BODY | PHRASE : BODY, bodyTerms);
      addDoc(index, CONTEXT, more);
      for (const terms of phraseTerms) addDoc(index, PHRASE, terms);
    });
    termNames.forEach((term, id) => {
      const count = bodyUnits[id] as number;
      if (count > 0) this.unitsWithTerm.set(term, count);
      if (said.has(id)) this.saidTerms.add(term);
    });
    const docCount = docUnits.length;
    this.docUnit = Int32Array.from(docUnits);
    this.docRole = Uint8Array.from(docRoles);
    this.docWeight = new Float64Array(docCount);
    // A doc's weight is the sum of its terms' weights, gathered from the
    // postings so no per-doc term list outlives the build.
    for (const id of postedOrder) {
      const term = termNames[id] as string;
      const docIds = postingLists[id] as number[];
      const weight = this.termWeight(term);
      for (const docId of docIds)
        this.docWeight[docId] = (this.docWeight[docId] as number) + weight;
      this.postings.set(term, Int32Array.from(docIds));
    }
    this.docScratch = new Float64Array(docCount * SCRATCH_STRIDE);
    this.touchedDocs = new Int32Array(docCount);
    this.coverage = new Float64Array(units.length);
    this.contextCoverage = new Float64Array(units.length);
    this.closeness = new Float64Array(units.length);
    this.touchedUnits = new Int32Array(units.length);
    this.groupDocs = new Int32Array(docCount);
    this.matchedQuestionWord = new Uint8Array(docCount);
    // Filler words are corrections too: "abbout" must become "about" and drop
    // out, not count against every answer as a word the story never uses.
    this.speller = new Speller(
      [...surface, ...analyzer.stopwords, ...QUESTION_WORDS],
      COMMON_ENGLISH_WORDS,
      EVERYDAY_ENGLISH_WORDS,
    );
    this.sortedWords = [...surface].sort();
    this.texts = [...textsRead.keys()];
    // Only the story's own words (as written, or a base form of one) are
    // stemmed: stemming all their relatives would cost tens of milliseconds.
    // A base form that is filler ("own") still stands for the story's word
    // that is not ("owns"), so a reader's "owner" reaches it.
    const storyForms = new Set(
      [...surface]
        .filter((word) => !analyzer.stopwords.has(word))
        .flatMap((word) => [...baseForms(word, true), analyzer.baseOf(word)]),
    );
    this.expansions = new Expansions(
      related,
      (word) => {
        if (!storyForms.has(word)) return null;
        const term = analyzer.stem(word);
        return this.unitsWithTerm.has(term) ? term : null;
      },
      analyzer.phrasalVerbsSaid(),
      (word) => analyzer.stopwords.has(word),
      demonymPairs(surface),
      stances,
      listedBy,
      wordVectors === undefined
        ? undefined
        : {
            vectors: wordVectors,
            storyWords: [...surface].filter((word) => !analyzer.stopwords.has(word)),
          },
      kinds,
    );
  }

  /** Builds now the index of readers' slips a first unusual question would otherwise build. */
  prepare(): void {
    this.expansions.prepare();
    this.shortForms?.prepare();
    this.storyPairs();
  }

  membersOf(kind: string): readonly Expansion[] {
    return this.kindMembers.get(kind);
  }

  /**
   * {@link membersOf}, kept per kind asked: WordNet's members, and, where
   * the story says the kind's word itself, so that the reader phrase is not
   * read, the story's terms of the words a reviewed reader phrase reads it
   * as, which WordNet does not know, at a member's weight: "which beach" of
   * "at Stennock Sands" in a story saying "a Wessex beach". A kind's word
   * the story never says is read through its reader phrase already, at a
   * reader phrase's weight ("what bug" as "bacteria").
   */
  private readonly kindMembers = new BoundedMemo(MAX_KINDS_ASKED, (kind: string) => {
    const members = this.expansions.membersOf(this.analyzer.baseOf(kind));
    const own = new Set(this.analyzer.termsOfWord(kind));
    if (![...own].some((term) => this.hasTerm(term))) return members;
    const others = this.analyzer
      .readerWordsOf(kind)
      .flatMap((word) => this.analyzer.termsOfWord(word))
      .filter(
        (term) => !own.has(term) && this.hasTerm(term) && !members.some((e) => e.term === term),
      );
    if (others.length === 0) return members;
    return [
      ...members,
      ...[...new Set(others)].map((term) => ({ term, credit: EXPANSION.kindMember })),
    ];
  });

  /** The plain words a reviewed reader phrase of one word reads it as ("uni": "university"). */
  readerWordsOf(word: string): readonly string[] {
    return this.analyzer.readerWordsOf(word);
  }

  expansionsOf(word: string): readonly Expansion[] {
    // WordNet relates "give", not "gave".
    return this.expansions.of(this.analyzer.baseOf(word));
  }

  /**
   * Whether one of `terms` is a story term close to a reader's word in
   * general English's word vectors (`vector-neighbours.ts`), read for the
   * word however the story uses it.
   */
  hasNeighbourAmong(word: string, terms: ReadonlySet<string>): boolean {
    return this.expansions.hasNeighbourAmong(this.analyzer.baseOf(word), terms);
  }

  multiWordVerbsOf(word: string): readonly Expansion[] {
    return this.expansions.multiWordVerbsOf(this.analyzer.baseOf(word));
  }

  kinOf(term: string): readonly Expansion[] {
    return this.expansions.kinOf(term);
  }

  phrasesAbbreviated(letters: string): readonly (readonly string[])[] {
    return this.shortForms?.phrasesOf(letters) ?? [];
  }

  /**
   * A question with its stretched words ("sooo who wrote it lmaooo")
   * read as the words the reader meant ("so who wrote it lmao").
   */
  unstretched(question: string): string {
    return unstretched(question, (word) => this.plainSpellings.get(word), foldText);
  }

  /**
   * The first shortened form of a stretched word that is a known word: one
   * of the story's, a stopword or question word, or common English. The word
   * as typed when it is known itself or none of its forms is.
   */
  private plainSpelling(word: string): string {
    const known = (form: string) =>
      this.speller.knows(form) ||
      COMMON_ENGLISH_WORDS.has(form) ||
      this.analyzer.isReaderWord(form);
    return known(word) ? word : (shortenedForms(word).find(known) ?? word);
  }

  hasTerm(term: string): boolean {
    return this.unitsWithTerm.has(term);
  }

  saysTerm(term: string): boolean {
    return this.saidTerms.has(term);
  }

  knows(word: string): boolean {
    return this.speller.knows(word);
  }

  correct(word: string, before?: string, after?: string): string | null {
    const options = this.speller.candidates(word);
    if (options.length > 1 && (before !== undefined || after !== undefined)) {
      const pairs = this.storyPairs();
      const inContext = options.find(
        (option) =>
          (before !== undefined && pairs.has(`${before} ${option}`)) ||
          (after !== undefined && pairs.has(`${option} ${after}`)),
      );
      if (inContext !== undefined) return inContext;
    }
    return options[0] ?? this.englishSlips.get(word);
  }

  /**
   * Every two words the story writes one after the other ("helen marsh"),
   * built on the first slip as close to two words as to one ("helen marh":
   * "march" or "marsh"), from the texts already read.
   */
  private storyPairs(): ReadonlySet<string> {
    if (this.pairs === undefined) {
      const pairs = new Set<string>();
      for (const text of this.texts) {
        const typed = words(text);
        for (let at = 1; at < typed.length; at++) pairs.add(`${typed[at - 1]} ${typed[at]}`);
      }
      this.pairs = pairs;
    }
    return this.pairs;
  }

  /** Slips of English words that inflect the story's ("hotles"), read once per word. */
  private readonly englishSlips = new BoundedMemo(ENGLISH_SLIP_CACHE_LIMIT, (word: string) =>
    this.englishSlipOf(word),
  );

  /**
   * The English word a slip is of, when that word is a form of exactly one
   * of the story's words ("hotles" → "hotels" where the story says "hotel",
   * "hanlde" → "handle" where it says "handled"): the speller knows only the
   * forms the story writes, and a slip of another form is two edits from
   * them, too far for a short word. Null for an English word as typed, a
   * short word, or a slip of several of the story's words.
   */
  private englishSlipOf(word: string): string | null {
    if (word.length < SPELLING.minSubstitutionLength || COMMON_ENGLISH_WORDS.has(word)) return null;
    if (/\d/.test(word) || !looksEnglish(word)) return null;
    let meant: string | null = null;
    let meantTerm: string | null = null;
    for (const candidate of commonWordsOneEditFrom(word)) {
      if (this.analyzer.stopwords.has(candidate)) continue;
      const term = this.analyzer.stem(candidate);
      if (!this.unitsWithTerm.has(term) || term === meantTerm) continue;
      if (meant !== null) return null;
      meant = candidate;
      meantTerm = term;
    }
    return meant;
  }

  familiarity(word: string): Exclude<Strangeness, 'known'> {
    if (FOLDED_COUNTRIES.has(word)) return 'name';
    if (EVERYDAY_ENGLISH_WORDS.has(word)) return 'everyday';
    return looksEnglish(word) ? 'english' : 'name';
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

  /**
   * Whether a text uses a word itself, in any inflection and forgiving a typo
   * in the word, but not through a synonym: "its only naval base" counts
   * bases, not the warships the lexicon relates to "naval".
   */
  mentionsWord(text: string, word: string): boolean {
    return this.mentionOf(word)(text);
  }

  /** {@link mentionsWord} for one word and many texts: the word is read once. */
  mentionOf(word: string): (text: string) => boolean {
    const wanted = this.analyzer.stem(this.speller.correct(word) ?? word);
    return (text) => this.textStems.get(text).includes(wanted);
  }

  /**
   * {@link mentionOf} for words typed together ("take over"): whether a text
   * says them one after another, each in any form ("took over"), filler
   * words too, which no term of the index holds.
   */
  phraseMentionOf(phrase: string): (text: string) => boolean {
    const wanted = words(phrase).map((word) => this.analyzer.stem(word));
    return (text) => {
      const stems = this.textStems.get(text);
      for (let at = 0; at + wanted.length <= stems.length; at++) {
        if (wanted.every((stem, offset) => stems[at + offset] === stem)) return true;
      }
      return false;
    };
  }

  /**
   * Whether a text names the thing a reader's noun names: the noun itself
   * ({@link mentionOf}), or one of the story's words standing in for it in
   * the same sense (`Analyzer.standInsOf`: "people" for "ppl", "pupils" for
   * "kids", "aircraft" for "planes"), not a broader or narrower word ("bases"
   * are no "locations": "both strategically located" counts no bases).
   * Without `related`, only a reader phrase's words stand in. `loosely`, a
   * story that uses neither the word nor any word of its sense names the
   * thing by a broader or narrower one, or a word-vector neighbour as close
   * (`EXPANSION.broaderOrNarrower`: "vehicles" for "cars", "customers" for
   * "shoppers").
   */
  namingOf(word: string, related = true, loosely = false): (text: string) => boolean {
    const itself = this.mentionOf(word);
    const all = this.analyzer.standInsOf(word, this, related);
    const close = all.filter((e) => e.credit >= EXPANSION.derived);
    // Loosely, a story that names the thing by no word of its sense ("cars"
    // where it writes only "vehicles", "shoppers" only "customers") names it
    // by a broader or narrower word; one that says "tugs" does not count
    // "boats" as tugboats.
    const chosen =
      loosely &&
      close.length === 0 &&
      !this.hasTerm(this.analyzer.stem(this.speller.correct(word) ?? word))
        ? all.filter((e) => e.credit >= EXPANSION.broaderOrNarrower)
        : close;
    const standIns = new Set(chosen.map((e) => e.term));
    if (standIns.size === 0) return itself;
    return (text) => itself(text) || this.textStems.get(text).some((stem) => standIns.has(stem));
  }

  /**
   * The stems of a text's words. A "how many" reads every word of the
   * answers it weighs, one at a time, and each read folded the word afresh:
   * the stems of a text are read once and kept in {@link textStems} (the
   * story's words are few).
   */
  private stemsOfText(text: string): readonly string[] {
    return words(text).map((used) => this.analyzer.stem(used));
  }

  /** Terms of a question as this index understands them. */
  analyze(question: string): QueryTerm[] {
    return this.analyzer.queryTerms(question, this);
  }

  /**
   * Scores every unit that shares a term with the question and returns the
   * best {@link RANK_LIMIT}. A unit's score blends how much of the question its
   * body explains with how closely its best phrase matches; unknown words in
   * the question count against all.
   *
   * @param answersQuestionWord units whose kind of fact answers the question
   *   word ("where" by a place): that word counts as matched in their body
   */
  rank(terms: readonly QueryTerm[], answersQuestionWord: UnitFit = null): RankedUnit[] {
    // Stand-ins for one word count once, as the best of them would; beside
    // the reader's own word, as that word does.
    const groupWeight = new Map<number, number>();
    const exactGroups = new Set<number>();
    for (const t of terms) if (t.credit === 1) exactGroups.add(t.group);
    for (const t of terms) {
      if (t.credit < 1 && exactGroups.has(t.group)) continue;
      const weight = t.certainty * this.queryTermWeight(t);
      groupWeight.set(t.group, Math.max(groupWeight.get(t.group) ?? 0, weight));
    }
    let queryWeight = 0;
    for (const weight of groupWeight.values()) queryWeight += weight;
    if (queryWeight === 0 || terms.every((t) => t.isQuestionWord)) return [];
    const {
      docScratch: doc,
      touchedDocs,
      coverage,
      closeness,
      touchedUnits,
      contextCoverage,
    } = this;
    const { groupDocs, matchedQuestionWord } = this;
    let questionWordCredit = 0;
    for (const t of terms) {
      if (t.isQuestionWord) questionWordCredit += t.certainty * this.termWeight(t.term);
    }

    let docsTouched = 0;
    const byGroup = [...terms].sort((a, b) => a.group - b.group);
    for (let start = 0; start < byGroup.length; ) {
      let end = start + 1;
      while (end < byGroup.length && byGroup[end]?.group === byGroup[start]?.group) end++;
      if (end - start === 1) {
        // A group of one term (most words, with no stand-in) has no best to
        // keep among its terms: a term posts a doc once, so its credit goes
        // straight to the doc, with no second pass over the group's docs.
        docsTouched = this.postSingle(byGroup[start] as QueryTerm, groupWeight, docsTouched);
        start = end;
        continue;
      }
      // Each doc keeps the best credit of the group's terms, not their sum.
      let groupTouched = 0;
      for (let t = start; t < end; t++) {
        const { term, certainty, credit } = byGroup[t] as QueryTerm;
        const docIds = this.postings.get(term);
        if (!docIds) continue;
        const weight = this.termWeight(term);
        // A stand-in never earns more than its share of the word it stands
        // in for, however rare it is in the story.
        const earned =
          credit *
          Math.min(
            certainty * this.queryTermWeight(byGroup[t] as QueryTerm),
            groupWeight.get(byGroup[t]?.group ?? -1) ?? 0,
          );
        const docShare = credit * weight;
        const isQuestionWord = (byGroup[t] as QueryTerm).isQuestionWord;
        for (let i = 0; i < docIds.length; i++) {
          const docId = docIds[i] as number;
          const at = docId * SCRATCH_STRIDE;
          if (isQuestionWord) matchedQuestionWord[docId] = 1;
          if (doc[at + GROUP_QUERY] === 0) groupDocs[groupTouched++] = docId;
          if (earned > (doc[at + GROUP_QUERY] as number)) doc[at + GROUP_QUERY] = earned;
          if (docShare > (doc[at + GROUP_DOC] as number)) doc[at + GROUP_DOC] = docShare;
        }
      }
      for (let i = 0; i < groupTouched; i++) {
        const docId = groupDocs[i] as number;
        const at = docId * SCRATCH_STRIDE;
        if (doc[at + MATCHED_QUERY] === 0) touchedDocs[docsTouched++] = docId;
        doc[at + MATCHED_QUERY] =
          (doc[at + MATCHED_QUERY] as number) + (doc[at + GROUP_QUERY] as number);
        doc[at + MATCHED_DOC] = (doc[at + MATCHED_DOC] as number) + (doc[at + GROUP_DOC] as number);
        doc[at + GROUP_QUERY] = 0;
        doc[at + GROUP_DOC] = 0;
      }
      start = end;
    }

    let unitsTouched = 0;
    const { docUnit, docRole, docWeight } = this;
    // A passage sentence says more than any question asks, so how much of
    // the question it holds counts for more than how much of it is asked.
    const sentenceBeta2 = SCORING.sentenceRecallBias ** 2;
    for (let i = 0; i < docsTouched; i++) {
      const docId = touchedDocs[i] as number;
      const at = docId * SCRATCH_STRIDE;
      const unit = docUnit[docId] as number;
      const role = docRole[docId] as number;
      if (
        questionWordCredit > 0 &&
        role & BODY &&
        matchedQuestionWord[docId] === 0 &&
        answersQuestionWord?.(unit)
      ) {
        doc[at + MATCHED_QUERY] = (doc[at + MATCHED_QUERY] as number) + questionWordCredit;
      }
      matchedQuestionWord[docId] = 0;
      const ofQuestion = (doc[at + MATCHED_QUERY] as number) / queryWeight;
      if (coverage[unit] === 0 && closeness[unit] === 0 && contextCoverage[unit] === 0) {
        touchedUnits[unitsTouched++] = unit;
      }
      if (role & BODY) coverage[unit] = ofQuestion;
      if (role & CONTEXT) contextCoverage[unit] = ofQuestion * SCORING.contextShare;
      if (role & PHRASE) {
        const ofPhrase = (doc[at + MATCHED_DOC] as number) / (docWeight[docId] as number);
        const beta2 = role & BODY ? sentenceBeta2 : 1;
        const f = ((1 + beta2) * ofQuestion * ofPhrase) / (beta2 * ofPhrase + ofQuestion);
        if (f > (closeness[unit] as number)) closeness[unit] = f;
      }
      doc[at + MATCHED_QUERY] = 0;
      doc[at + MATCHED_DOC] = 0;
    }

    const best = new TopList(RANK_LIMIT);
    const share = SCORING.coverageShare;
    // A weighted geometric mean never exceeds the weighted arithmetic mean,
    // which needs no pow(): a unit whose arithmetic mean already falls short
    // of the list's lowest score cannot enter the list, and on a large story
    // most of the units a long question touches do not. The slack keeps
    // rounding from ever skipping a unit the list would have taken.
    const bounded = share >= 0 && share <= 1;
    for (let i = 0; i < unitsTouched; i++) {
      const unit = touchedUnits[i] as number;
      const covered = Math.min(1, (coverage[unit] as number) + (contextCoverage[unit] as number));
      const close = closeness[unit] as number;
      coverage[unit] = 0;
      closeness[unit] = 0;
      contextCoverage[unit] = 0;
      if (covered === 0) continue;
      const prior = this.priors[unit] ?? 1;
      if (
        bounded &&
        prior >= 0 &&
        (share * covered + (1 - share) * close) * prior * BOUND_SLACK + BOUND_FLOOR < best.lowest()
      ) {
        continue;
      }
      // 1 to any power, and 0 to a positive one, need no pow(): many units
      // sit at either end, and pow() was the costliest step of ranking.
      const closePart = close === 1 ? 1 : close === 0 && share < 1 ? 0 : close ** (1 - share);
      const blended = closePart === 0 ? 0 : (covered === 1 ? 1 : covered ** share) * closePart;
      best.offer(unit, blended * prior);
    }
    keptShapes.best = best;
    return best.sorted();
  }

  /**
   * The credit of a group's only term added to every doc it posts, as the
   * group pass in `rank` adds its best: the same sums in the same order, the
   * docs first touched appended to `touchedDocs` from `docsTouched` on.
   * Returns how many docs are touched now.
   */
  private postSingle(
    t: QueryTerm,
    groupWeight: ReadonlyMap<number, number>,
    docsTouched: number,
  ): number {
    const docIds = this.postings.get(t.term);
    if (!docIds) return docsTouched;
    const { docScratch: doc, touchedDocs, matchedQuestionWord } = this;
    const earned =
      t.credit * Math.min(t.certainty * this.queryTermWeight(t), groupWeight.get(t.group) ?? 0);
    const docShare = t.credit * this.termWeight(t.term);
    // The group pass keeps a credit only above the zero it starts from, so a
    // NaN counts as 0 there, where Math.max would keep it.
    // biome-ignore lint/complexity/useMathMinMax: a NaN must read as 0, as in the group pass
    const query = earned > 0 ? earned : 0;
    // biome-ignore lint/complexity/useMathMinMax: as above
    const own = docShare > 0 ? docShare : 0;
    const isQuestionWord = t.isQuestionWord;
    let touched = docsTouched;
    for (let i = 0; i < docIds.length; i++) {
      const docId = docIds[i] as number;
      const at = docId * SCRATCH_STRIDE;
      if (isQuestionWord) matchedQuestionWord[docId] = 1;
      if (doc[at + MATCHED_QUERY] === 0) touchedDocs[touched++] = docId;
      doc[at + MATCHED_QUERY] = (doc[at + MATCHED_QUERY] as number) + query;
      doc[at + MATCHED_DOC] = (doc[at + MATCHED_DOC] as number) + own;
    }
    return touched;
  }

  /**
   * A name the story never mentions outweighs any other unknown word; an
   * everyday word the story never uses weighs less than a rarer one.
   */
  private queryTermWeight(term: QueryTerm): number {
    const known = this.unitsWithTerm.has(term.term) || QUESTION_WORDS.has(term.term);
    // A stand-in for a reader's word weighs as that word would, at most.
    if (known && (term.credit === 1 || term.strangeness === 'known')) {
      return this.termWeight(term.term);
    }
    const asCommonAs = UNITS_AS_COMMON_AS[term.strangeness];
    const unknown = Math.log(1 + this.unitCount / asCommonAs);
    return known ? Math.min(this.termWeight(term.term), unknown) : unknown;
  }

  /** Rare terms weigh more; a word the knowledge never uses weighs most of all. */
  private termWeight(term: string): number {
    if (QUESTION_WORDS.has(term)) return SCORING.questionWordWeight;
    const units = this.unitsWithTerm.get(term) ?? SCORING.unknownTermUnits;
    return Math.log(1 + this.unitCount / units);
  }
}

/** How many units an unknown word counts as used by, by its {@link Strangeness}. */
const UNITS_AS_COMMON_AS: Readonly<Record<Strangeness, number>> = {
  known: SCORING.unknownTermUnits,
  english: SCORING.unknownTermUnits,
  everyday: SCORING.everydayWordUnits,
  name: SCORING.foreignNameUnits,
};

/**
 * Slots of a doc in `docScratch`: matched weight of the question and of the
 * doc, then the best credit one group of stand-ins earned there, question
 * side and doc side.
 */
const SCRATCH_STRIDE = 4;
const MATCHED_QUERY = 0;
const MATCHED_DOC = 1;
const GROUP_QUERY = 2;
const GROUP_DOC = 3;

/** Relative and absolute slack on the bound in `rank`, far beyond any rounding error. */
const BOUND_SLACK = 1 + 1e-9;
const BOUND_FLOOR = 1e-300;

/** Keeps the best few scores seen, without sorting everything. */
class TopList {
  private readonly items: RankedUnit[] = [];

  constructor(private readonly limit: number) {}

  offer(unit: number, score: number): void {
    const items = this.items;
    if (
      items.length === this.limit &&
      !isBetter(score, unit, items[items.length - 1] as RankedUnit)
    )
      return;
    // Moved along by hand: splice() returns a new array, every offer.
    const offered = { unit, score };
    let at = items.length;
    if (at < this.limit) items.push(offered);
    while (at > 0 && isBetter(score, unit, items[at - 1] as RankedUnit)) {
      if (at < this.limit) items[at] = items[at - 1] as RankedUnit;
      at--;
    }
    items[at] = offered;
  }

  sorted(): RankedUnit[] {
    return this.items;
  }

  /** The lowest score kept once the list is full, below which an offer is refused; -∞ before. */
  lowest(): number {
    return this.items.length === this.limit
      ? (this.items[this.limit - 1] as RankedUnit).score
      : Number.NEGATIVE_INFINITY;
  }
}

/**
 * Higher score first; on a tie, the unit written first: the order `rank`
 * returns, for a ranking demoted or weighed again. It answers -1, 1 or the
 * units' difference, never the scores' difference: a fraction handed back
 * to the sort is a number object for the collector, one per comparison.
 */
export function byScoreThenUnit(a: RankedUnit, b: RankedUnit): number {
  if (b.score > a.score) return 1;
  if (b.score < a.score) return -1;
  return a.unit - b.unit;
}

/** Higher score first; on a tie, the unit written first. */
function isBetter(score: number, unit: number, than: RankedUnit): boolean {
  return score > than.score || (score === than.score && unit < than.unit);
}

/** Bounds the kinds whose members are kept: readers' kinds are unbounded, a story's few. */
const MAX_KINDS_ASKED = 512;
