import type { GeneralLanguage } from '../knowledge/general-schema.ts';
import type { Lexicon } from '../knowledge/schema.ts';
import { isStandsForAsked } from './acronym-asked.ts';
import { type PointerWords, readPointersAtArticle } from './article-pointed.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { MONTH_SHORT_FORMS, MONTHS } from './calendar.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { isDurationVerb } from './duration-verb.ts';
import { isNameAsked } from './name-asked.ts';
import { PhraseSet } from './phrases.ts';
import { type QueryTerm, queryTerm, type Strangeness } from './query-terms.ts';
import { SecondPerson } from './second-person.ts';
import { shortFormLetters } from './short-forms.ts';
import { QUOTATION, SmallTalk, type WordSense } from './small-talk.ts';
import { type PhraseMatch, StemPhrases } from './stem-phrases.ts';
import { sameWordInflected, stem } from './stemming.ts';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.ts';
import { quotedSpans, withoutQuoted, words } from './text.ts';
import { EXPANSION, SCORING } from './tuning.ts';

/** A reader phrase's segment carries no terms of its own; one shared empty list. */
const NO_TERMS: string[] = [];

/** The shortest part of a word read as two ("air" of "airbase"). */
const MIN_COMPOUND_PART = 3;

/** The verb of saying, as a remark reports it ("she said…", "he says"). */
const SAYING = 'say';

/**
 * A word of a question, or a lexicon phrase spanning words `start` to `end`.
 * Every field is always set, so all segments share one shape, and the span
 * is two numbers, not an object: a long question has dozens of segments.
 */
interface Segment {
  /** The word itself, or null for a phrase. */
  word: string | null;
  start: number;
  end: number;
  terms: string[];
  /** For a reader phrase of general English ("spill the details"), its plain words. */
  plain: readonly string[] | undefined;
  /** What a reader phrase's plain words earn of an exact word: less for WordNet's multi-word verbs. */
  credit: number;
  /** One of WordNet's multi-word verbs ("set up"), whose words may still mean themselves. */
  phrasal: boolean;
  /** Chat around a question ("asking for a friend"). */
  chat: boolean;
}

/** A knowledge term standing in for a reader's word, and the share of weight it earns. */
export interface Expansion {
  term: string;
  credit: number;
}

/** Looks up whether the knowledge uses a term, and corrects typos against it. */
export interface Vocabulary {
  /** Whether some unit of the knowledge holds this (stemmed) term. */
  hasTerm(term: string): boolean;
  /**
   * Whether the story's own texts hold this term, not only the engine's
   * wording of the pairs it makes ("list the people…", "short version").
   */
  saysTerm(term: string): boolean;
  /**
   * The knowledge's word a typo stands for, or null when none is close
   * enough; `before` and `after`, the words typed either side, choose
   * between words as close as each other.
   */
  correct(word: string, before?: string, after?: string): string | null;
  /** Whether the knowledge writes this word as it is (folded), a filler word included. */
  knows(word: string): boolean;
  /** What kind of English a word is, known to the story or not. */
  familiarity(word: string): Exclude<Strangeness, 'known'>;
  /** Knowledge terms related to a word the knowledge does not use (general English). */
  expansionsOf(word: string): readonly Expansion[];
  /**
   * The knowledge's own multi-word verbs standing in for a word it does not
   * use ("step" of "stepped down" for "resign"; general English): a part of
   * {@link expansionsOf}, the same sense in the article's words.
   */
  multiWordVerbsOf(word: string): readonly Expansion[];
  /** Knowledge terms whose words are of the kind a word names ("rugby" of "sport"; general English). */
  membersOf(kind: string): readonly Expansion[];
  /**
   * The knowledge's other terms of the same root as one of its terms
   * ("injuries" for "injured"), which the stemmer keeps apart (general English).
   */
  kinOf(term: string): readonly Expansion[];
  /**
   * The words of each of the article's phrases whose initials are `letters`
   * ("DFT": "department for transport"), folded; empty when none.
   */
  phrasesAbbreviated(letters: string): readonly (readonly string[])[];
}

/** What the analyzer reads text with: the story's lexicon, and general English when loaded. */
export interface AnalyzerLexicon {
  synonyms: Readonly<Record<string, string>>;
  /** Words that are filler in this story's questions only. */
  stopwords?: readonly string[];
}

/**
 * General English the analyzer reads questions with, whatever the story:
 * the reader phrases and stem exceptions, and, when loaded, the rest of
 * `language.json` it reads (see `general-schema.ts`) and WordNet's irregular
 * forms and SCOWL's British spellings.
 */
export type ReaderLanguage = Pick<GeneralLanguage, 'readerPhrases' | 'stemExceptions'> &
  Partial<
    Pick<
      GeneralLanguage,
      | 'irregularForms'
      | 'spellings'
      | 'phrasalVerbs'
      | 'chatFiller'
      | 'secondPerson'
      | 'presentMoment'
      | 'readersNow'
      | 'smallTalk'
      | 'reactions'
      | 'fixedPhrases'
      | 'notKinds'
    >
  >;

/**
 * The term a question about the bot ("who made you", "who built this bot")
 * carries: no text is read into it, so it weighs against every answer as a
 * name no story mentions. A space keeps it apart from every stem.
 */
const BOT_TERM = 'you (the bot)';

/** Words after "how" that ask for a kind of answer: an age, a distance, a span, a size. */
const NO_MEMBERS: readonly Expansion[] = [];
/** No words: a word no reader phrase reads. */
const NO_WORDS: readonly string[] = [];
/** Words asking which one of a kind ("what sport", "which kind of fish"). */
const KIND_ASKERS: ReadonlySet<string> = new Set(['what', 'which']);
const KIND_OF: ReadonlySet<string> = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts']);
/**
 * Whether the word at `at` names the kind a "what" or "which" asks ("what
 * sport", "which type of fish"), one of the `notKinds` aside ("what day",
 * "which part"): those ask for no member of a kind.
 */
function namesKindAsked(
  words: readonly string[],
  at: number,
  notKinds: ReadonlySet<string>,
): boolean {
  if (notKinds.has(words[at] ?? '')) return false;
  const before = words[at - 1] ?? '';
  if (KIND_ASKERS.has(before)) return true;
  return (
    before === 'of' && KIND_OF.has(words[at - 2] ?? '') && KIND_ASKERS.has(words[at - 3] ?? '')
  );
}

const HOW_KINDS: ReadonlySet<string> = new Set([
  'old',
  'far',
  'long',
  'often',
  'big',
  'tall',
  'high',
  'heavy',
  'deep',
  'wide',
  'fast',
  'soon',
  'large',
  'late',
  'early',
]);

/**
 * The term a question pointing back at words it does not give ("who said
 * that") carries, weighing as {@link BOT_TERM} does: the bot never sees the
 * chat before a question.
 */
const EARLIER_TERM = 'that (said before)';
/**
 * What a word of the reader's own now ("tonight") is read as beside no other
 * word of the story's: no text is read into it, so it weighs against every
 * answer. A space keeps it apart from every stem.
 */
const READERS_NOW = " (the reader's now)";

/** What a term of the reader's own want or knowing becomes ("i need a vacation"): see {@link Analyzer.queryTerms}. */
const READERS_OWN = " (the reader's own)";
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
  private readonly synonyms = new Map<string, SynonymEntry[]>();
  /**
   * The lexicon's phrases of two words or more, stem by stem from their first
   * (see {@link PhraseNode}): a question's words are walked down it, with no
   * key joined for any length of phrase that cannot start there.
   */
  private readonly phrases = new StemPhrases<SynonymEntry>();
  /** Words in the longest lexicon phrase. */
  private readonly longestPhrase: number;
  /**
   * First stems of the phrases of two words or more that fit only where the
   * story never says them: chat, and reader phrases of filler words alone.
   */
  private readonly saidOnlyStarts = new Set<string>();
  /**
   * First stems of the story lexicon's phrases of two words or more: the
   * only phrases a knowledge text is read through. A reader phrase's start
   * ("take", "how") that is neither this nor a said-only start is never
   * walked while reading the knowledge, since nothing there could match.
   */
  private readonly storyStarts = new Set<string>();
  /** Such phrases the knowledge itself says ("lunch break", "gone up"), met while reading it. */
  private readonly saidInStory = new Set<SynonymEntry>();
  /** The last {@link wordSense} made, and the vocabulary it reads with. */
  private sense: { vocabulary: Vocabulary; sense: WordSense } | undefined;
  /** {@link phrasalPlainTerms} of each multi-word verb read so far, and the vocabulary they are of. */
  private phrasalPlain:
    | { vocabulary: Vocabulary; found: Map<readonly string[], Expansion[]> }
    | undefined;
  /**
   * Each word's reading, see {@link readAlone}: a word's reading never
   * changes for one lexicon, and a story repeats its few thousand words a
   * million times: one lookup per word, not one per stem, phrase start and term.
   */
  private readonly readings = new BoundedMemo(WORD_READINGS_CACHE_LIMIT, (word: string) =>
    this.readAlone(word),
  );

  /** General English and story filler together. */
  readonly stopwords: ReadonlySet<string>;
  private readonly stemExceptions: ReadonlyMap<string, string>;
  /** Words after "what" or "which" that name no kind whose members answer ("what day"). */
  private readonly notKinds: ReadonlySet<string>;
  private readonly irregularForms: ReadonlyMap<string, string>;
  private readonly secondPerson: SecondPerson;
  private readonly smallTalk: SmallTalk;
  private readonly presentMoment: ReadonlySet<string>;
  /** Words of the reader's own now ("tonight", "rn"): see {@link queryTerms}. */
  private readonly readersNow: ReadonlySet<string>;
  /** Base forms of general English's one-word chat ("help", "brb"), whatever the story's lexicon reads them as. */
  private readonly chatWords = new Set<string>();
  /** The stem of "say", which a remark reporting someone unnamed is allowed. */
  private readonly sayingStem: string;
  private readonly spellings: ReadonlyMap<string, string>;
  /** Reactions and memes sent alone ("first", "who asked"). */
  private readonly reactions: PhraseSet;
  /** {@link sameWord}, bound once for the phrases' walk. */
  private readonly sameWordOfPhrase = (word: string, typed: string) => this.sameWord(word, typed);
  /** How a story entry of a phrase is read over any words: made once, since every word is walked. */
  private readonly storyPhraseMatch: PhraseMatch<SynonymEntry> = {
    usable: isStoryEntry,
    sameWord: this.sameWordOfPhrase,
    fits: ANY_SPAN,
  };
  /** How a reader phrase is read over any words. */
  private readonly readerPhraseMatch: PhraseMatch<SynonymEntry> = {
    usable: isReaderEntry,
    sameWord: this.sameWordOfPhrase,
    fits: ANY_SPAN,
  };
  /** How {@link readPointersAtArticle} sorts a question's words, made once. */
  private readonly pointerWords: PointerWords = {
    isStopword: (word) => this.stopwords.has(word),
    isPresentMoment: (word) => this.presentMoment.has(word),
    isChat: (word) => this.isChat(word),
    isQuestionForm: (word) => this.smallTalk.isQuestionForm(word),
  };

  constructor(lexicon: AnalyzerLexicon | Lexicon, language?: ReaderLanguage) {
    this.stopwords = new Set([...STOPWORDS, ...(lexicon.stopwords ?? [])]);
    this.stemExceptions = new Map(Object.entries(language?.stemExceptions ?? {}));
    this.irregularForms = language?.irregularForms ?? new Map();
    this.presentMoment = new Set(language?.presentMoment);
    this.readersNow = new Set(language?.readersNow);
    this.notKinds = new Set(language?.notKinds);
    this.spellings = language?.spellings ?? new Map();
    this.secondPerson = new SecondPerson(language?.secondPerson, this.stopwords, (word) =>
      this.baseOf(word),
    );
    this.smallTalk = new SmallTalk(language?.smallTalk, (word) => this.baseOf(word));
    let longest = 1;
    const add = (
      phrase: string,
      replacement: string,
      reader: boolean,
      chat = false,
      phrasal = false,
    ) => {
      const key = phrase.split(' ').map((word) => this.stem(word));
      longest = Math.max(longest, key.length);
      // Filler in a replacement ("took control") would be a term no text is
      // indexed with, so it is dropped like anywhere else.
      const plain = replacement.split(' ').filter((word) => word && !this.stopwords.has(word));
      const words = phrase.split(' ');
      const entry: SynonymEntry = {
        words,
        terms: reader ? [] : plain.map((word) => this.stem(word)),
        plain: reader ? plain : null,
        chat,
        fillerOnly: reader && words.every((word) => this.stopwords.has(word)),
        phrasal,
      };
      if ((chat || entry.fillerOnly || phrasal) && words.length > 1) {
        this.saidOnlyStarts.add(key[0] ?? '');
      }
      if (!reader && words.length > 1) this.storyStarts.add(key[0] ?? '');
      const entries = this.synonyms.get(key.join(' '));
      if (entries) entries.push(entry);
      else {
        const created = [entry];
        this.synonyms.set(key.join(' '), created);
        if (key.length > 1) this.phrases.set(key, created);
      }
    };
    for (const [phrase, replacement] of Object.entries(lexicon.synonyms))
      add(phrase, replacement, false);
    // The story's own lexicon is listed first, so it wins over general English.
    for (const [phrase, replacement] of Object.entries(language?.readerPhrases ?? {})) {
      add(phrase, replacement, true);
    }
    // A reader's "jan" or "sept" is the month the article writes in full, or
    // short ("Jan. 5"): both are read.
    if (language) {
      for (const [short, month] of READER_MONTHS) add(short, `${short} ${month}`, true);
    }
    // "They agreed in advance": a word in a fixed phrase keeps none of its
    // own sense, so neither the story's text nor a reader's question reads
    // it ("can i get an advance on my paycheck" is not answered by it).
    for (const phrase of language?.fixedPhrases ?? []) add(phrase, '', false);
    for (const phrase of language?.chatFiller ?? []) {
      add(phrase, '', true, true);
      if (!phrase.includes(' ')) this.chatWords.add(this.baseOf(phrase));
    }
    // A lone letter is chat shorthand ("k so who…", "r they leaving", "y/n"),
    // never what a question asks, unless the story uses it ("Plan B").
    if (language) for (const letter of CHAT_LETTERS) add(letter, '', true, true);
    // WordNet's multi-word verbs come last: a reviewed reader phrase of the
    // same words ("step down") says better what a news reader means by it.
    // One of filler words alone ("come up", "put out") is left to the reviewed
    // phrases: its words ask nothing, and its senses are too many to guess.
    for (const [phrase, plain] of language?.phrasalVerbs ?? []) {
      if (phrase.split(' ').every((word) => this.stopwords.has(word))) continue;
      add(phrase, plain.join(' '), true, false, true);
    }
    this.reactions = new PhraseSet(language?.reactions ?? []);
    this.sayingStem = this.stem(SAYING);
    this.longestPhrase = longest;
  }

  /**
   * Porter stem of a word's base form, except where general English says
   * Porter merges unrelated words.
   */
  stem(word: string): string {
    // "Said" and "say" are one word to a reader; Porter cannot know it.
    const base = this.baseOf(word);
    return this.stemExceptions.get(base) ?? stem(base);
  }

  /**
   * The base form of an irregular verb form ("fled" → "flee"), the American
   * spelling of a British one ("neighbours" → "neighbors"); any other word as it is.
   */
  baseOf(word: string): string {
    return this.irregularForms.get(word) ?? this.spellings.get(word) ?? word;
  }

  /**
   * WordNet's multi-word verbs the knowledge says ("called off", "broke
   * apart"), each with its content words' terms and its plain words, as
   * met while reading the knowledge so far: a reader's "cancelled" may be
   * the article's "called off".
   */
  *phrasalVerbsSaid(): Iterable<{ terms: readonly string[]; plain: readonly string[] }> {
    for (const entry of this.saidInStory) {
      if (!entry.phrasal || entry.plain === null) continue;
      yield { terms: entry.words.flatMap((word) => this.termsOfWord(word)), plain: entry.plain };
    }
  }

  /**
   * Whether general English reads this word alone as a reader phrase or as
   * chat ("deets", "brb"): a word in its own right, though no dictionary's.
   */
  isReaderWord(word: string): boolean {
    return this.readings.get(word).readerEntry !== undefined;
  }

  /**
   * The plain words a reviewed reader phrase of this very word reads it as
   * ("uni": "university"); none for chat, WordNet's multi-word verbs, a
   * phrase of another form of it ("banned" is no "ban") or a word no reader
   * phrase gives.
   */
  readerWordsOf(word: string): readonly string[] {
    const entry = this.readings.get(word).readerEntry;
    if (entry === undefined || entry.chat || entry.phrasal || entry.words[0] !== word) {
      return NO_WORDS;
    }
    return entry.plain ?? NO_WORDS;
  }

  /** Terms of a knowledge text; question words included. */
  termsOf(text: string): string[] {
    return this.knowledgeTerms(words(text));
  }

  /** Content words of a knowledge text as written, for the speller's vocabulary. */
  surfaceWords(text: string): string[] {
    return words(text).filter((word) => !this.stopwords.has(word));
  }

  /**
   * {@link termsOf} and {@link surfaceWords} of one text at once: indexing
   * needs both, and splitting a text into words is most of their cost.
   */
  read(text: string): TextReading {
    const all = words(text);
    const surface: string[] = [];
    const terms = this.knowledgeTerms(all, surface);
    let openEnd = false;
    for (let at = Math.max(0, all.length - (this.longestPhrase - 1)); at < all.length; at++) {
      if (this.readings.get(all[at] ?? '').phraseStart) openEnd = true;
    }
    return { terms, surface, openEnd };
  }

  /**
   * The terms {@link segments} reads in knowledge words (no reader phrases),
   * without building its segments: indexing a large story reads every text.
   * Each word is looked up once, in {@link readings}; only where a lexicon
   * phrase may start are the following words' stems needed.
   *
   * @param surface when given, receives the content words as written
   */
  private knowledgeTerms(all: readonly string[], surface?: string[]): string[] {
    const terms: string[] = [];
    let stems: string[] | undefined;
    let saidOnlyAt: number[] | undefined;
    for (let i = 0; i < all.length; ) {
      const word = all[i] ?? '';
      const reading = this.readings.get(word);
      if (reading.knowledgeStart) {
        stems ??= this.stemsOf(all);
        const phrase = this.phraseAt(all, stems, i, false);
        if (!phrase && this.saidOnlyStarts.has(reading.stem)) {
          saidOnlyAt ??= [];
          saidOnlyAt.push(i);
        }
        if (phrase) {
          for (const term of phrase.entry.terms) terms.push(term);
          if (surface) {
            for (let at = i; at < i + phrase.length; at++) {
              const spanned = this.readings.get(all[at] ?? '');
              if (!spanned.filler) surface.push(spanned.word);
            }
          }
          i += phrase.length;
          continue;
        }
      }
      for (const term of reading.terms) terms.push(term);
      if (surface && !reading.filler) surface.push(reading.word);
      i++;
    }
    // Noted once the text is read, not in the loop above: V8 compiles that
    // loop with all it calls, and read so it cost more than the rest of
    // general English's reading of the story.
    if (saidOnlyAt !== undefined && stems !== undefined)
      this.noteSaidInStory(all, stems, saidOnlyAt);
    return terms;
  }

  /**
   * Notes the phrases a knowledge text says at the words `starts` that fit
   * only where they are not said: a story about a lunch break keeps "lunch break" in its readers'
   * questions, and one where rents have "gone up" keeps "gone up".
   */
  private noteSaidInStory(
    all: readonly string[],
    stems: readonly string[],
    starts: readonly number[],
  ): void {
    for (const i of starts) {
      const said = this.phraseAt(all, stems, i, true, fitsOnlyUnsaid);
      if (said) this.saidInStory.add(said.entry);
    }
  }

  /** Terms of a reader's question, typos corrected where the knowledge allows. */
  queryTerms(question: string, vocabulary: Vocabulary): QueryTerm[] {
    const byTerm = new Map<string, QueryTerm>();
    let groups = 0;
    const add = (
      term: string,
      certainty: number,
      strangeness: Strangeness = 'known',
      credit = 1,
      group = groups++,
    ) => {
      const existing = byTerm.get(term);
      if (!existing || existing.certainty * existing.credit < certainty * credit) {
        byTerm.set(
          term,
          queryTerm(term, certainty, QUESTION_WORDS.has(term), strangeness, credit, group),
        );
      }
    };
    /** Adds stand-ins for one word of the question; false when there are none. */
    /**
     * Adds stand-ins for one word of the question; false when there are none.
     * They keep the word's strangeness: an everyday word stood in for still
     * weighs no more than an everyday word.
     */
    const addExpansions = (
      expansions: readonly Expansion[],
      certainty: number,
      strangeness: Strangeness = 'known',
    ) => {
      if (expansions.length === 0) return false;
      const group = groups++;
      for (const e of expansions) add(e.term, certainty, strangeness, e.credit, group);
      return true;
    };
    const typed = askedFor(words(question));
    // A phrase is read through its typos too: "kiked out" is still "kicked out".
    // Plain loops, not map(): arrays built one way keep one shape, and code the
    // optimizer compiled for one shape is not thrown away on meeting another.
    const corrections: (string | null)[] = [];
    const spelled: string[] = [];
    for (let at = 0; at < typed.length; at++) {
      const word = typed[at] ?? '';
      // "coast link", "harrow field": one of the story's words typed as two.
      const joined = this.joinedWord(word, typed[at + 1], vocabulary);
      if (joined !== null) {
        corrections.push(joined);
        spelled.push(joined);
        at++;
        continue;
      }
      // Chat ("brb", "homework") is no slip of a story word, nor two of them.
      const reader = this.readings.get(word).readerEntry;
      const chat = reader?.chat === true;
      const corrected = chat
        ? null
        : this.correctionOf(word, vocabulary, typed[at - 1], typed[at + 1]);
      // "airbase", "snowmelt": two of the story's words written as one; a
      // reader's own word ("headteachers") is read as general English has it.
      const parts =
        corrected === null && reader === undefined ? this.compoundParts(word, vocabulary) : null;
      if (parts) {
        for (const part of parts) {
          corrections.push(part);
          spelled.push(part);
        }
        continue;
      }
      corrections.push(corrected);
      spelled.push(corrected ?? word);
    }
    if (this.isSlangGuess(typed, corrections, question, vocabulary)) return [];
    readPointersAtArticle(spelled, corrections, this.pointerWords);
    // Chat, filler and the reader's clock alone ("thanks in advance", "nice",
    // "what day is it today") ask nothing of any story, whatever words of
    // them the story happens to use ("advanced", "interest", "date").
    // Quoted words are someone else's: "More on “It was the first…”" is no meme.
    const reacting = QUOTATION.test(question) ? spelled : this.withoutReactions(spelled);
    if (this.namesNothing(reacting, !question.includes('?'))) return [];
    // Greetings, presence checks, the reader's own day and bare requests for
    // news ("later guys", "anyone online rn", "long day at work", "what's the
    // news today") ask nothing of any story, whatever words of it they share.
    if (this.smallTalk.isSmallTalk(spelled, question, this.wordSense(vocabulary))) return [];
    // A chat phrase fits where the story never says it ("real talk"), though
    // it may use its words apart, and so does a reader phrase of filler words
    // alone ("took over", "gone up", "ok'd"), which says what none of its
    // words does; any other reader phrase, where the story does not already
    // know all its content words.
    const unknownSpan: PhraseFit = (span, entry) => {
      if (entry.chat || entry.fillerOnly) return !this.saidInStory.has(entry);
      // A multi-word verb ("called off") is read where the story never says
      // it, whatever it says of its words apart ("called"), and only as the
      // story's words its plain words reach: else its words are read as typed.
      if (entry.phrasal) {
        return (
          !this.saidInStory.has(entry) &&
          this.phrasalPlainTerms(entry.plain ?? [], vocabulary).length > 0
        );
      }
      let content = false;
      for (const w of span) {
        const terms = this.termsOfWord(w);
        if (terms.length === 0) continue;
        content = true;
        // A word only the engine's own phrasings hold ("version" of "short
        // version") is none the story says: "version of events" is its "account".
        if (!terms.every((term) => vocabulary.saysTerm(term))) return true;
      }
      return !content;
    };
    // Chat around a question ("brb", "asking for a friend") is set aside, and
    // dropped once the rest of the question asks something: a question word,
    // or a word of the story's that is not everyday English. A message of chat
    // and everyday words only ("can you help me with my homework") keeps it,
    // so it still weighs against every answer.
    const chatter: string[] = [];
    /** Chat phrases ("thanks in advance"), kept whole: their words apart are not what was said. */
    const chatPhrases: string[] = [];
    /** Where the question says "you" or "your" outside a chat phrase ("thank you"). */
    const youAt: number[] = [];
    const knownWords: string[] = [];
    /** The words and phrases of the question that name something, as typed or corrected. */
    const contentWords: string[] = [];
    let aboutTheBot = false;
    let asks = false;
    /** The first group of each word of the reader's clock ("tonight"), and of the segment after it. */
    const clockGroups: [number, number][] = [];
    let clockFrom = -1;
    /** Where the reader's own verb of wanting or knowing stands ("i need…"), and its groups. */
    const ownVerbAt = this.smallTalk.readersOwnVerbAt(spelled, this.wordSense(vocabulary));
    let ownVerbGroups: [number, number] | null = null;
    for (const { word, start, end, terms, plain, chat, credit, phrasal } of this.segments(
      spelled,
      true,
      unknownSpan,
    )) {
      if (clockFrom >= 0) clockGroups.push([clockFrom, groups]);
      clockFrom = word !== null && this.readersNow.has(word) ? groups : -1;
      if (ownVerbGroups !== null && ownVerbGroups[1] < 0) ownVerbGroups[1] = groups;
      if (start === ownVerbAt && end === start + 1) ownVerbGroups = [groups, -1];
      let typo = false;
      for (let at = start; at < end; at++) if (corrections[at] !== null) typo = true;
      if (chat) {
        if (end - start > 1) chatPhrases.push(spelled.slice(start, end).join(' '));
        else chatter.push(spelled[start] ?? '');
        // "asking for a friend: is the lease over": chat before a question
        // that opens on its auxiliary is set aside like chat before a
        // question word; "any help for the gambling" asks for help.
        if (this.smallTalk.isQuestionOpener(spelled[end] ?? '')) asks = true;
        continue;
      }
      // A phrase ("the old prime minister") names something of the story's or the reader's.
      if (word === null) contentWords.push(spelled.slice(start, end).join(' '));
      if (plain) {
        // A reader phrase's plain words stand in for it through what the story says.
        const found = phrasal
          ? this.phrasalTerms(plain, spelled.slice(start, end), vocabulary)
          : this.plainTerms(plain, vocabulary, credit);
        if (addExpansions(found, typo ? SCORING.correctedWeight : 1)) {
          asks = true;
          continue;
        }
        // Filler words the story cannot relate ("gone up" where nothing rose)
        // stay filler: no plain word of theirs weighs against every answer.
        if (spelled.slice(start, end).every((w) => this.termsOfWord(w).length === 0)) {
          continue;
        }
        for (const plainWord of plain) {
          const term = this.stem(plainWord);
          add(term, 1, vocabulary.hasTerm(term) ? 'known' : vocabulary.familiarity(plainWord));
        }
        continue;
      }
      if (word === null) {
        asks = true;
        for (const term of terms) add(term, typo ? SCORING.correctedWeight : 1);
        continue;
      }
      // "How long did the strike last": the closing verb asks the span again.
      if (isDurationVerb(spelled, start)) continue;
      // "What's the lifeguard's name": the word asking the name asks it again.
      if (end === start + 1 && isNameAsked(spelled, start)) continue;
      // "What does DVSA stand for": the words after the letters ask what they are for.
      // A story whose own words hold "stand" (a curated pair asked so) keeps it.
      if (
        end === start + 1 &&
        isStandsForAsked(spelled, start) &&
        !vocabulary.hasTerm(this.stem(word))
      ) {
        continue;
      }
      // "whos the author on this one": a question word and its verb typed as
      // one still ask, so the chat around them is set aside.
      if (QUESTION_WORDS.has(word) || this.smallTalk.isQuestionForm(word)) asks = true;
      if (this.secondPerson.isYou(word)) youAt.push(start);
      if (this.secondPerson.namesTheBot(spelled, start)) aboutTheBot = true;
      if (terms.length > 0 && !QUESTION_WORDS.has(word)) contentWords.push(word);
      // A single word's terms are those of the word as corrected, or as typed.
      if (corrections[start] != null) {
        // A corrected filler word ("abbout") yields no terms at all, as it should.
        if (terms.length > 0) knownWords.push(word);
        for (const term of terms) add(term, SCORING.correctedWeight);
        continue;
      }
      const strangeness =
        terms.length > 0 && !this.storyUses(word, vocabulary)
          ? vocabulary.familiarity(word)
          : 'known';
      if (strangeness === 'known' && terms.length > 0) knownWords.push(word);
      // "How old", "how far": the word after "how" says what kind of answer
      // is wanted (`intent.ts`), never what it is about ("old" is no "former").
      const asksHowMuch = start > 0 && spelled[start - 1] === 'how' && HOW_KINDS.has(word);
      // A question word the story never writes ("why") asks, as it does
      // anywhere: WordNet's nouns for it ("ground" for "why") are no word of
      // the question, and the question would no longer ask with a question word.
      // "What sport", "which sea": the word after the question word names the
      // kind asked, and a member of it answers ("rugby", "the Mediterranean"),
      // however far down WordNet puts it; the kind's own word still counts.
      const members =
        terms.length === 1 && namesKindAsked(spelled, start, this.notKinds)
          ? vocabulary.membersOf(word)
          : NO_MEMBERS;
      if (members.length > 0) {
        asks = true;
        const group = groups++;
        if (strangeness === 'known') add(terms[0] ?? '', 1, strangeness, 1, group);
        else
          for (const e of vocabulary.expansionsOf(word))
            add(e.term, 1, strangeness, e.credit, group);
        for (const e of members) add(e.term, 1, strangeness, e.credit, group);
        continue;
      }
      if (
        strangeness !== 'known' &&
        terms.length === 1 &&
        !asksHowMuch &&
        !QUESTION_WORDS.has(word)
      ) {
        // A word the story does not use, said in general English's other words.
        const reader = this.readings.get(word).readerEntry;
        if (reader?.chat) {
          chatter.push(word);
          continue;
        }
        // "DfT", "COO": a short form of the article's own words, which a word
        // typed in capitals is before it is any reader's word ("DI" is no "die").
        const shortForm = this.shortFormTerms(question, word, vocabulary, reader !== undefined);
        if (addExpansions(shortForm, 1, 'name')) continue;
        // A reader phrase says what the word means to a news reader: where the
        // story has nothing of that, WordNet's other senses of the word ("die"
        // as one of a pair of dice) are no better.
        if (reader) {
          // A reader's spelling of a filler word ("b4", "til", "abt") is
          // filler too, as a phrase of filler words is: it asks nothing.
          if (reader.plain?.length === 0 && !reader.chat) continue;
          if (addExpansions(this.plainTerms(reader.plain ?? [], vocabulary), 1)) continue;
        } else if (addExpansions(vocabulary.expansionsOf(word), 1, strangeness)) continue;
      }
      const kin =
        strangeness === 'known' && terms.length === 1 ? vocabulary.kinOf(terms[0] ?? '') : [];
      if (kin.length > 0) {
        // The story's word as typed, and as the article words it elsewhere
        // ("injured" for "injuries"): one word of the question, the exact
        // form weighing most.
        const group = groups++;
        add(terms[0] ?? '', 1, strangeness, 1, group);
        for (const e of kin) add(e.term, 1, strangeness, e.credit, group);
        continue;
      }
      for (const term of terms) add(term, 1, strangeness);
    }
    // Words the reader quotes are the story's words asked about ("finish the
    // quote: “We are determined…”", or in single quotes, two words at least:
    // 'we are determined for…'), everyday or not. A chat phrase is set aside
    // only so: "is he getting any help for the gambling" asks for help.
    if ((chatter.length > 0 || chatPhrases.length > 0) && !asks) {
      asks =
        ((QUOTATION.test(question) || quotedSpans(question).length > 0) && knownWords.length > 0) ||
        (chatter.length > 0 &&
          knownWords.some((word) => vocabulary.familiarity(word) !== 'everyday'));
    }
    if (!asks) {
      for (const word of chatter) {
        for (const term of this.termsOfWord(word)) {
          add(term, 1, vocabulary.hasTerm(term) ? 'known' : vocabulary.familiarity(word));
        }
      }
      // A story may say "in advance" or "good", never "thanks in advance".
      for (const phrase of chatPhrases) add(phrase, 1, 'english');
    }
    // A question about the bot ("where do you live") is about something no
    // story is; a request that it tell ("can you tell me…") is not, nor one
    // where "you" is anyone ("what happens if you appeal").
    // A "you" the reader quotes is the speaker's ("who said 'you knew that
    // better than anyone'", "What did Tennant say: “Every pound you took…”?"),
    // never the bot.
    if (
      (aboutTheBot || this.secondPerson.asksAboutTheBot(spelled, youAt)) &&
      !this.quotesOnlyYou(question)
    ) {
      add(BOT_TERM, 1, 'name');
    }
    // "Who said that", "why did he say that": "that" closing a message points
    // at words said before it. With one everyday word at most besides (a
    // verb: "said", "meant"), the question does not say which; "petrova,
    // who is that" and "the old prime minister, who was that" do.
    if (
      this.endsPointingBack(spelled) &&
      contentWords.length <= 1 &&
      contentWords.every((word) => vocabulary.familiarity(word) === 'everyday')
    ) {
      add(EARLIER_TERM, 1, 'name');
    }
    if (clockFrom >= 0) clockGroups.push([clockFrom, groups]);
    if (ownVerbGroups !== null && ownVerbGroups[1] < 0) ownVerbGroups[1] = groups;
    // "i need a vacation", "i want pizza": the reader's own want (or what they
    // know, heard or wonder), which the story happens to say of something
    // else ("would need planning permission"), tells of the reader when no
    // other word they typed is the story's: it is no fact of the article
    // asked about. It still weighs, as a word no text holds. "I need the
    // byline" and "i heard the mayor resigned" name the story's things.
    const ownVerb = ownVerbAt < 0 ? undefined : spelled[ownVerbAt];
    if (
      ownVerbGroups !== null &&
      ownVerb !== undefined &&
      knownWords.every((word) => word === ownVerb || QUESTION_WORDS.has(word))
    ) {
      const [from, to] = ownVerbGroups;
      for (const [term, found] of [...byTerm]) {
        if (found.group < from || found.group >= to) continue;
        byTerm.delete(term);
        const own = `${term}${READERS_OWN}`;
        byTerm.set(
          own,
          queryTerm(own, found.certainty, false, found.strangeness, found.credit, found.group),
        );
      }
    }
    // "who's streaming tonight", "what are we watching tonight": a word of the
    // reader's now that the story happens to say (a quote's "tonight") is the
    // reader's own evening when no other word they typed is the story's: it
    // says when, in their life, not what in the article they ask about. It
    // still weighs, as a word no text holds.
    if (
      clockGroups.length > 0 &&
      knownWords.every((word) => this.readersNow.has(word) || QUESTION_WORDS.has(word)) &&
      contentWords.some((word) => !this.readersNow.has(word))
    ) {
      for (const [term, found] of [...byTerm]) {
        if (!clockGroups.some(([from, to]) => found.group >= from && found.group < to)) continue;
        byTerm.delete(term);
        const own = `${term}${READERS_NOW}`;
        byTerm.set(
          own,
          queryTerm(own, found.certainty, false, found.strangeness, found.credit, found.group),
        );
      }
    }
    return [...byTerm.values()];
  }

  /**
   * Whether a message is a word alone, asking nothing, that the story knows only
   * as a slip of an everyday word of its own ("hodl" of "hold"): slang, not
   * a typo. A misspelt name
   * ("macronn") or a word of the story's subject ("asylm") is still read
   * as meant, and so is a word asked ("baes?").
   */
  private isSlangGuess(
    typed: readonly string[],
    corrections: readonly (string | null)[],
    question: string,
    vocabulary: Vocabulary,
  ): boolean {
    if (typed.length !== 1 || question.includes('?')) return false;
    const [only] = corrections;
    return typeof only === 'string' && vocabulary.familiarity(only) === 'everyday';
  }

  /** How {@link SmallTalk} reads words on this story; made once per vocabulary, not per question. */
  private wordSense(vocabulary: Vocabulary): WordSense {
    if (this.sense?.vocabulary !== vocabulary) {
      this.sense = { vocabulary, sense: this.senseOn(vocabulary) };
    }
    return this.sense.sense;
  }

  private senseOn(vocabulary: Vocabulary): WordSense {
    return {
      isPlain: (word) =>
        this.isAskingOrFiller(word) || this.readings.get(word).readerEntry?.chat === true,
      isEveryday: (word) => vocabulary.familiarity(word) === 'everyday',
      isName: (word) => vocabulary.familiarity(word) === 'name',
      isReaderPhrase: (word) => {
        const entry = this.readings.get(word).readerEntry;
        return entry !== undefined && !entry.chat;
      },
      inStory: (word) => this.storyUses(word, vocabulary),
    };
  }

  /** A question word, a stopword or a word of the reader's own clock: nothing a story is asked about. */
  private isAskingOrFiller(word: string): boolean {
    return QUESTION_WORDS.has(word) || this.stopwords.has(word) || this.presentMoment.has(word);
  }

  /** Whether a message's last word, chat and filler aside ("who said that lol"), is "that". */
  private endsPointingBack(spelled: readonly string[]): boolean {
    for (let i = spelled.length - 1; i >= 0; i--) {
      const word = spelled[i] ?? '';
      if (word === 'that') return true;
      if (!this.stopwords.has(word) && this.readings.get(word).readerEntry?.chat !== true)
        return false;
    }
    return false;
  }

  /**
   * Whether a message names nothing a story could be asked about: only chat
   * and reactions ("thx in advance", "nice", "good morning", "help"),
   * filler, question words and the reader's own clock ("what time is it").
   * Chat is read here whether or not the story uses its words, and before
   * the story's lexicon reads them ("help" as "support"): a message of
   * nothing else is talk, not a question. So is a remark that asks nothing
   * (no question word, no question mark) and only reports someone unnamed
   * saying something ("she said yes!!", "he said no lol"): a pronoun says
   * who only to whoever knows what came before.
   *
   * @param remark whether the message, as typed, has no question mark
   */
  private namesNothing(spelled: readonly string[], remark: boolean): boolean {
    const plainWord = (word: string) => this.isAskingOrFiller(word) || this.isChat(word);
    const reports = remark && !spelled.some((word) => QUESTION_WORDS.has(word));
    const plainOrSaying = (word: string) =>
      plainWord(word) || (reports && this.readings.get(word).stem === this.sayingStem);
    // Stops at the first segment that names something: most questions name
    // something early, and their other segments need not be made.
    return this.walkSegments(
      spelled,
      true,
      (_, entry) => entry.chat,
      ({ word, start, end, chat }) => {
        if (chat) return true;
        // A phrase read over chat and filler alone is still chat and filler.
        if (word === null) return spelled.slice(start, end).every(plainOrSaying);
        return plainOrSaying(word);
      },
    );
  }

  /**
   * Whether every "you" (or "this bot") of a message that quotes someone
   * lies inside what it quotes: read only for a message that would
   * otherwise be about the bot.
   */
  private quotesOnlyYou(question: string): boolean {
    const own = withoutQuoted(question);
    if (own === question) return false;
    const said = words(own);
    return !said.some(
      (word, at) => this.secondPerson.isYou(word) || this.secondPerson.namesTheBot(said, at),
    );
  }

  /**
   * The message's words, reactions and memes taken out ("first", "who
   * asked", "im crying"): for {@link namesNothing} alone, since a message of
   * nothing else names no subject, while "who asked for a recount" or "who
   * came second" still asks with every word. A question word besides the
   * reaction's own keeps them all.
   */
  private withoutReactions(spelled: readonly string[]): readonly string[] {
    if (this.reactions.isEmpty) return spelled;
    const kept = this.reactions.split(spelled).outside;
    // "who came second" asks who; "who asked" is the meme whole.
    return kept.some((word) => QUESTION_WORDS.has(word)) ? spelled : kept;
  }

  /** Whether general English's chat has this word alone ("help", "brb"), whatever the story's lexicon reads it as. */
  private isChat(word: string): boolean {
    return this.chatWords.has(this.baseOf(word));
  }

  /**
   * The story's terms for what a reader's noun names in other words: its
   * reader phrase's plain words ("kids": "children", "pupils"), else the
   * story's words general English relates it to ("planes": "aircraft"),
   * each with its credit. Read for the thing a "how many" counts, which
   * the article often counts under its own noun ("23 people", "two aircraft"),
   * and for the role a "who is the head of…" asks, a reader phrase of two
   * words ("head of": "chair", "president"). Without `related`, a word with
   * no reader phrase has no stand-in: WordNet's senses of a role ("president"
   * as "chair") name others than the reader means.
   */
  standInsOf(word: string, vocabulary: Vocabulary, related = true): readonly Expansion[] {
    // A reader phrase of several words ("head of") has its entry and nothing else.
    const typed = word.split(' ');
    const reader =
      typed.length > 1
        ? this.synonymOf(typed, undefined, true)
        : this.readings.get(word).readerEntry;
    if (reader !== undefined) {
      return reader.chat || reader.plain === null ? [] : this.plainTerms(reader.plain, vocabulary);
    }
    return typed.length > 1 || !related ? [] : vocabulary.expansionsOf(word);
  }

  /**
   * The terms of the article's words a reader's short form abbreviates
   * ("DfT" of "Department for Transport"), each standing in for it as a
   * reader phrase's plain words do; empty when the word is none
   * (`short-forms.ts`). A reader's own word ("md", "die") is one only
   * where typed in capitals.
   */
  private shortFormTerms(
    question: string,
    word: string,
    vocabulary: Vocabulary,
    readerWord: boolean,
  ): Expansion[] {
    const letters = shortFormLetters(question, word, readerWord);
    if (letters === null) return [];
    const found: Expansion[] = [];
    for (const phrase of vocabulary.phrasesAbbreviated(letters)) {
      for (const spelled of phrase) {
        for (const term of this.termsOfWord(spelled)) {
          found.push({ term, credit: EXPANSION.shortForm });
        }
      }
    }
    return found;
  }

  /**
   * The knowledge terms for a reader phrase's plain words: a word the story
   * uses as itself, any other through its related words, each weighing
   * `credit` (`EXPANSION.readerPhrase`) of an exact word at most.
   */
  private plainTerms(
    plain: readonly string[],
    vocabulary: Vocabulary,
    credit: number = EXPANSION.readerPhrase,
    related = true,
  ): Expansion[] {
    const found: Expansion[] = [];
    for (const word of plain) {
      // Through the story's lexicon too: where "fell" is read as "ousted", so is "went down".
      if (this.storyUses(word, vocabulary)) {
        for (const term of this.termsOfWord(word)) found.push({ term, credit });
      }
    }
    if (!related) return found;
    const saysSome = found.length > 0;
    for (const word of plain) {
      if (saysSome && this.storyUses(word, vocabulary)) continue;
      // The story's own multi-word verb for a plain word it does not say is
      // that verb in that very sense, a second step wherever it stands: "quit"
      // reads "resign" and "leave", and a story saying "leaving drivers unpaid"
      // still answers it by "stepped down".
      for (const e of vocabulary.multiWordVerbsOf(word)) {
        found.push({ term: e.term, credit: e.credit * credit });
      }
      // WordNet's other links are a second step only where the story says
      // none of the plain words: its other senses of them are noise beside
      // one it says ("doc" as "doctor" is no "fix", "kids" as "pupils" no "study").
      if (saysSome) continue;
      for (const e of vocabulary.expansionsOf(word)) {
        // A reader phrase's plain word is already one step from the reader's
        // word: only its synonyms and derivations are a second step, not
        // broader and narrower words ("start" is no "point").
        if (e.credit < EXPANSION.derived) continue;
        found.push({ term: e.term, credit: e.credit * credit });
      }
    }
    return found;
  }

  /**
   * The knowledge terms for one of WordNet's multi-word verbs: its plain
   * words', and its words' own ("blew up" may be "exploded" or "blew",
   * "found out" "discovered" or "found"), the strongest
   * `EXPANSION.maxPerWord` of them: a phrase of many senses ("find out":
   * "check", "hear", "learn", "see"...) would otherwise match everything.
   */
  private phrasalTerms(
    plain: readonly string[],
    span: readonly string[],
    vocabulary: Vocabulary,
  ): Expansion[] {
    const best = new Map<string, number>();
    for (const e of [
      ...this.spanTerms(span, vocabulary),
      ...this.phrasalPlainTerms(plain, vocabulary),
    ]) {
      best.set(e.term, Math.max(best.get(e.term) ?? 0, e.credit));
    }
    return [...best]
      .map(([term, credit]) => ({ term, credit }))
      .sort((a, b) => b.credit - a.credit || (a.term < b.term ? -1 : 1))
      .slice(0, EXPANSION.maxPerWord);
  }

  /**
   * The story's own terms for a multi-word verb's plain words, weighing
   * `EXPANSION.phrasalVerb` each: the same for every question on one
   * vocabulary, so read once per verb, not once to see whether the verb may
   * be read and again to read it.
   */
  private phrasalPlainTerms(plain: readonly string[], vocabulary: Vocabulary): Expansion[] {
    if (this.phrasalPlain?.vocabulary !== vocabulary) {
      this.phrasalPlain = { vocabulary, found: new Map() };
    }
    const { found } = this.phrasalPlain;
    let terms = found.get(plain);
    if (terms === undefined) {
      terms = this.plainTerms(plain, vocabulary, EXPANSION.phrasalVerb, false);
      found.set(plain, terms);
    }
    return terms;
  }

  /**
   * What the words of a span say read one by one: a word the story uses as
   * itself, any other through its related words; filler says nothing.
   */
  private spanTerms(span: readonly string[], vocabulary: Vocabulary): Expansion[] {
    const found: Expansion[] = [];
    for (const word of span) {
      const terms = this.termsOfWord(word);
      if (terms.length === 0) continue;
      if (this.storyUses(word, vocabulary)) {
        for (const term of terms) found.push({ term, credit: 1 });
      } else found.push(...vocabulary.expansionsOf(word));
    }
    return found;
  }

  /**
   * Two words of the knowledge a reader wrote as one ("airbase" for "air
   * base", "snowmelt" for "snow … melting"), when the word itself is not one
   * the knowledge uses; null otherwise. Each part is a content word of three
   * letters or more, so a name is seldom cut into two.
   */
  private compoundParts(word: string, vocabulary: Vocabulary): [string, string] | null {
    if (word.length < 2 * MIN_COMPOUND_PART || /\d/.test(word)) return null;
    if (this.termsOfWord(word).length === 0 || this.storyUses(word, vocabulary)) return null;
    // An everyday word is meant as itself: "everyone" is not "every" and "one".
    if (vocabulary.familiarity(word) === 'everyday') return null;
    const known = (part: string) =>
      !this.stopwords.has(part) && !QUESTION_WORDS.has(part) && this.storyUses(part, vocabulary);
    for (let at = MIN_COMPOUND_PART; at <= word.length - MIN_COMPOUND_PART; at++) {
      const left = word.slice(0, at);
      const right = word.slice(at);
      if (known(left) && known(right)) return [left, right];
    }
    return null;
  }

  /**
   * The story's word a reader split in two ("coast link" for "Coastlink",
   * "harrow field" for "Harrowfield"), when the story does not use both
   * halves themselves; null otherwise. A phone's autocorrect splits a name
   * it does not know into words it does.
   */
  private joinedWord(
    word: string,
    next: string | undefined,
    vocabulary: Vocabulary,
  ): string | null {
    if (next === undefined || word.length < MIN_COMPOUND_PART || next.length < MIN_COMPOUND_PART) {
      return null;
    }
    // Filler is itself ("the med" is no "themed"), and only a word the story writes will do.
    if (this.stopwords.has(word) || this.stopwords.has(next)) return null;
    const joined = word + next;
    if (!vocabulary.knows(joined) || !this.storyUses(joined, vocabulary)) return null;
    return this.storyUses(word, vocabulary) && this.storyUses(next, vocabulary) ? null : joined;
  }

  /** The word a reader meant, when what they typed is a slip of a word the knowledge uses; else null. */
  /**
   * Whether a word that stems as one of the story's is still a slip: no
   * English word, nor one the story writes, that the speller places as
   * another story word ("inspecters" stems as "inspect", the story's
   * "inspection", but is a slip of its "inspectors").
   */
  private isSlipSharingAStem(word: string, vocabulary: Vocabulary): boolean {
    if (vocabulary.knows(word) || COMMON_ENGLISH_WORDS.has(word)) return false;
    const corrected = vocabulary.correct(word);
    return corrected !== null && corrected !== word && this.stem(corrected) !== this.stem(word);
  }

  private correctionOf(
    word: string,
    vocabulary: Vocabulary,
    before?: string,
    after?: string,
  ): string | null {
    if (this.termsOfWord(word).length === 0) return null;
    if (this.storyUses(word, vocabulary) && !this.isSlipSharingAStem(word, vocabulary)) return null;
    // A reader's own word ("stats", "uni", "doc") is meant as typed, though
    // the dictionary lacks it: never "starts", "unit" or "dog".
    if (this.readings.get(word).readerEntry !== undefined) return null;
    const corrected = vocabulary.correct(word, before, after);
    return corrected === word ? null : corrected;
  }

  /**
   * Reads words left to right, taking the longest lexicon phrase that starts
   * at each word ("kicked out" → "ousted"); `word` is null for a phrase and
   * `at` says which words it spans.
   */
  /**
   * @param readerPhraseFits whether a reader phrase may be read over these
   *   words: only where the story does not already know them all
   */
  private segments(
    all: readonly string[],
    withReaderPhrases: boolean,
    readerPhraseFits: PhraseFit = ANY_SPAN,
  ): Segment[] {
    const segments: Segment[] = [];
    this.walkSegments(all, withReaderPhrases, readerPhraseFits, (segment) => {
      segments.push(segment);
      return true;
    });
    return segments;
  }

  /**
   * {@link segments} one at a time, left to right, until `visit` returns
   * false; false then, true when every segment was visited.
   */
  private walkSegments(
    all: readonly string[],
    withReaderPhrases: boolean,
    readerPhraseFits: PhraseFit,
    visit: (segment: Segment) => boolean,
  ): boolean {
    const stems = this.stemsOf(all);
    for (let i = 0; i < all.length; ) {
      // The story's own lexicon comes first, a single word of it included
      // ("tl" → article before general English's "tl dr"); reader phrases after.
      const phrase =
        this.phraseAt(all, stems, i, false) ??
        (withReaderPhrases ? this.readerPhraseAt(all, stems, i, readerPhraseFits) : undefined);
      if (phrase) {
        const { entry, length } = phrase;
        const { plain } = entry;
        const kept = visit({
          word: null,
          start: i,
          end: i + length,
          terms: plain ? NO_TERMS : entry.terms,
          plain: plain ?? undefined,
          chat: plain ? entry.chat : false,
          credit: entry.phrasal ? EXPANSION.phrasalVerb : EXPANSION.readerPhrase,
          phrasal: plain ? entry.phrasal : false,
        });
        if (!kept) return false;
        i += length;
        continue;
      }
      const word = all[i] ?? '';
      const kept = visit({
        word,
        start: i,
        end: i + 1,
        terms: this.termsOfWord(word),
        plain: undefined,
        chat: false,
        credit: 1,
        phrasal: false,
      });
      if (!kept) return false;
      i++;
    }
    return true;
  }

  /**
   * The reader phrase starting at word `i`, where the story's own lexicon
   * does not read that word alone. A chat phrase ("complete the quote",
   * "help me") is read all the same: its words ask nothing together, though
   * the lexicon reads the first of them ("completed" as "finish").
   */
  private readerPhraseAt(
    all: readonly string[],
    stems: readonly string[],
    i: number,
    fits: PhraseFit,
  ): { entry: SynonymEntry; length: number } | undefined {
    const found = this.phraseAt(all, stems, i, true, fits);
    if (found === undefined || found.entry.chat) return found;
    return this.readings.get(all[i] ?? '').lexiconEntry === undefined ? found : undefined;
  }

  /** The longest lexicon phrase of two words or more starting at word `i`, story or reader ones. */
  private phraseAt(
    all: readonly string[],
    stems: readonly string[],
    i: number,
    reader: boolean,
    fits: PhraseFit = ANY_SPAN,
  ): { entry: SynonymEntry; length: number } | undefined {
    // Most words start no phrase: no match is made for them.
    if (!this.phrases.startsWith(stems[i] ?? '')) return undefined;
    const match =
      fits === ANY_SPAN
        ? reader
          ? this.readerPhraseMatch
          : this.storyPhraseMatch
        : { usable: reader ? isReaderEntry : isStoryEntry, sameWord: this.sameWordOfPhrase, fits };
    return this.phrases.longestAt(all, stems, i, match);
  }

  /**
   * Whether a phrase's word is this word of a text, inflected ("kicked" of
   * "kick") or in an irregular form ("ran" of "run", "took" of "take").
   */
  private sameWord(word: string, typed: string): boolean {
    return (
      sameWordInflected(word, typed) ||
      sameWordInflected(word, this.baseOf(typed)) ||
      // A phrase written in one tense is said in any: "went under" of "go under".
      sameWordInflected(this.baseOf(word), this.baseOf(typed))
    );
  }

  /**
   * The lexicon's entry for these words, when one is written with the same
   * words, inflections aside; reader phrases of general English only when asked.
   */
  private synonymOf(
    typed: readonly string[],
    key = typed.map((word) => this.stem(word)).join(' '),
    withReaderPhrases = false,
  ): SynonymEntry | undefined {
    const entries = this.synonyms.get(key);
    return entries?.find(
      (entry) =>
        (withReaderPhrases || entry.plain === null) &&
        entry.words.every((word, at) => sameWordInflected(word, typed[at] ?? '')),
    );
  }

  /** The stems of these words, in a plain array (see {@link queryTerms}). */
  private stemsOf(all: readonly string[]): string[] {
    const stems: string[] = [];
    for (const word of all) stems.push(this.readings.get(word).stem);
    return stems;
  }

  /**
   * Whether the story uses every term a word reads as: a word of its own,
   * not one to correct, expand or split. False for a word with no terms.
   */
  private storyUses(word: string, vocabulary: Vocabulary): boolean {
    const terms = this.termsOfWord(word);
    return terms.length > 0 && terms.every((term) => vocabulary.hasTerm(term));
  }

  /** Terms of one folded word alone, read once per word (see {@link readings}). */
  termsOfWord(word: string): string[] {
    return this.readings.get(word).terms;
  }

  /** Everything reading one word alone yields, kept in {@link readings}. */
  private readAlone(word: string): WordReading {
    const stem = this.stem(word);
    const lexiconEntry = this.synonymOf([word], stem);
    return {
      word,
      stem,
      terms: this.readWord(word, stem, lexiconEntry),
      phraseStart: this.phrases.startsWith(stem),
      knowledgeStart: this.storyStarts.has(stem) || this.saidOnlyStarts.has(stem),
      filler: this.stopwords.has(word),
      lexiconEntry,
      readerEntry: this.synonymOf([word], stem, true),
    };
  }

  /** @param lexiconEntry the story lexicon's entry for the word alone, if any */
  private readWord(word: string, stem: string, lexiconEntry: SynonymEntry | undefined): string[] {
    if (QUESTION_WORDS.has(word)) return [word];
    // The lexicon comes first so curators can give meaning to a word that is
    // otherwise filler ("talk" → "say").
    if (lexiconEntry) return lexiconEntry.terms;
    if (this.stopwords.has(word)) return [];
    return [stem];
  }
}

/** Whether a phrase may be read over these words. */
type PhraseFit = (span: readonly string[], entry: SynonymEntry) => boolean;

/** Any phrase may be read over any words it is written with. */
const ANY_SPAN: PhraseFit = () => true;
/** A reader phrase of general English (it has plain words, or none for chat). */
const isReaderEntry = (entry: SynonymEntry) => entry.plain !== null;
/** An entry of the story's own lexicon. */
const isStoryEntry = (entry: SynonymEntry) => entry.plain === null;

/** Whether a phrase is one that fits only where the story never says it: chat, filler alone, a multi-word verb. */
const fitsOnlyUnsaid: PhraseFit = (_, entry) => entry.chat || entry.fillerOnly || entry.phrasal;

/** One lexicon entry: the words it is written with and what they mean. */
interface SynonymEntry {
  words: readonly string[];
  /** The story's terms for a story lexicon entry. */
  terms: string[];
  /** A reader phrase's plain words, to be related to the story's; null for a story entry. */
  plain: readonly string[] | null;
  /** Chat around a question ("asking for a friend"), no plain words at all. */
  chat: boolean;
  /** A reader phrase of filler words alone ("took over"): read only where the story never says it. */
  fillerOnly: boolean;
  /** One of WordNet's multi-word verbs ("call off"): read only where the story never says it. */
  phrasal: boolean;
}

/** What {@link Analyzer.read} makes of a text. */
export interface TextReading {
  terms: string[];
  /** Its content words as written. */
  surface: string[];
  /**
   * Whether a lexicon phrase may start among its last words: then a text
   * that goes on after it may read differently from this one and the next.
   */
  openEnd: boolean;
}

/** What one word alone reads as. */
interface WordReading {
  /**
   * The word, as first read: one string for every time it is read, so sets
   * of words built from readings need not hash it again.
   */
  word: string;
  /** {@link Analyzer.stem} of the word. */
  stem: string;
  /** Its terms, when no lexicon phrase spans it. */
  terms: string[];
  /** Whether a lexicon phrase of two words or more may start with it. */
  phraseStart: boolean;
  /** Whether a phrase read in knowledge texts, or noted where they say it, may start with it. */
  knowledgeStart: boolean;
  /** A stopword: never a content word, whatever its terms. */
  filler: boolean;
  /** The story lexicon's entry for the word alone, if any. */
  lexiconEntry: SynonymEntry | undefined;
  /** The entry for the word alone, general English's reader phrases included. */
  readerEntry: SynonymEntry | undefined;
}

/** Enough for a large story's vocabulary plus what readers type. */
const WORD_READINGS_CACHE_LIMIT = 100_000;

/**
 * Letters a reader types alone as shorthand. Not "a" and "i", which are
 * words, nor "u", which is "you" (`second-person.ts`) and may ask about the bot.
 */
const CHAT_LETTERS = 'bcdefghjklmnopqrstvwxyz';

/**
 * Words asking for a cause ("what caused it", "the reason") read as "why":
 * an answer that gives a cause then holds them, as it holds "why".
 */
const ASKING_WHY: ReadonlySet<string> = new Set(['cause', 'caused', 'causes', 'reason', 'reasons']);

/**
 * A question's words as they ask: "what caused it" as "what why it", and
 * "how come he left" as "why he left".
 */
function askedFor(typed: readonly string[]): string[] {
  const asked: string[] = [];
  for (const word of typed) {
    if (word === 'come' && asked.at(-1) === 'how') asked[asked.length - 1] = 'why';
    else asked.push(ASKING_WHY.has(word) ? 'why' : word);
  }
  return asked;
}

/**
 * The months' short forms a reader may type for the month, each with its
 * month: "mar" aside, an everyday verb ("mar the view") more often than March.
 */
const READER_MONTHS: readonly (readonly [string, string])[] = MONTH_SHORT_FORMS.filter(
  (short) => short !== 'mar',
).flatMap((short) => {
  const month = MONTHS.find((name) => name.startsWith(short));
  return month === undefined ? [] : [[short, month] as const];
});
