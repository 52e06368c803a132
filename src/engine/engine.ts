import type { Entity, KnowledgeBase, SourceBundle } from '../knowledge/schema.ts';
import { Analyzer } from './analyzer.ts';
import type { Answer } from './answer.ts';
import { answerTextOf } from './answer-text.ts';
import { ask, type Candidate, completeQuestion, explainDecision, explainQuestion } from './ask.ts';
import type { AskContext } from './ask-context.ts';
import { AskedClauses } from './asked-clause.ts';
import { EarlierTimeAsked } from './before-asked.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { COMMON_ENGLISH_WORDS, prepareCommonWords } from './common-words.ts';
import { WhatItIs } from './copular.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { leadSentenceOf } from './event-asked.ts';
import { ShownSentences } from './facts.ts';
import { figuresIn } from './figures.ts';
import { emptyFitCache } from './fit-cache.ts';
import { answersFuture, FutureQuestions } from './future.ts';
import { type Gender, pronounGenders } from './gender.ts';
import { Grounding } from './grounding.ts';
import { answerTypesFor } from './intent.ts';
import { LeadingChat } from './leading-chat.ts';
import { NameSlips } from './name-slips.ts';
import { NamedKinds } from './named-kind.ts';
import { denialsIn } from './negated.ts';
import { type CuratedOnly, curatedOnly } from './only.ts';
import { OpenPointsQuestions } from './open-points-asked.ts';
import { NamedPeople } from './people.ts';
import { QuoteIndex, type QuoteQuery } from './quotes.ts';
import { RolesHeld } from './role-stands-for.ts';
import { EventClauses } from './sequel.ts';
import { type ShortFormSources, ShortForms } from './short-forms.ts';
import { contentWordsOf } from './stopwords.ts';
import { outletArticle } from './structure/forms.ts';
import {
  isListPair,
  isOverviewPair,
  tellsEventAhead,
  withoutOutletReporting,
} from './structure/generate.ts';
import { isGap, newBeforeRepeated } from './suggestions.ts';
import { TermIndex } from './term-index.ts';
import { words } from './text.ts';
import { mergedTimeline } from './timeline.ts';
import { closingWordsOf, TrailingChat } from './trailing-chat.ts';
import { DECISION, SCORING } from './tuning.ts';
import {
  type AnswerUnit,
  mergedEntities,
  offerableQuestions,
  ownQuestions,
  quoteOfPair,
  storyUnits,
} from './units.ts';
import {
  notKnownPartReader,
  notKnownReader,
  notKnownTeller,
  notToldEchoer,
  WhetherQuestions,
} from './untold.ts';
import type { PassageRef, QuoteEntry, StoryInfo, TimelineEntry, WhoCard } from './views.ts';
import { WhoIndex } from './who.ts';

/** The story's question-answering engine: pure, built once from loaded knowledge. */
export interface StoryEngine {
  /** One grounded answer, or `status: 'unknown'` with suggestions. Never throws. */
  ask(question: string): Answer;
  /** The best candidate answers and their scores, best first: why `ask` answered as it did. */
  explain(question: string, limit?: number): Candidate[];
  /** What the answer-or-abstain decision reads of the question and its best unit; null when nothing matches. */
  explainDecision(question: string): DecisionFeatures | null;
  /** Known questions that fit what a reader is typing, for autocomplete; featured ones when empty. */
  complete(partial: string, limit?: number): string[];
  /** Every question `complete` and suggestions may offer, featured ones first; no search involved. */
  offerableQuestions(): readonly string[];
  /** Events of every source, in date order. */
  timeline(): TimelineEntry[];
  /** Direct quotes, filtered fuzzily by speaker and topic. */
  quotes(query?: QuoteQuery): QuoteEntry[];
  /** Everyone quoted in the story. */
  speakers(): string[];
  /** The who's-who card for a name, or null. */
  who(name: string): WhoCard | null;
  /** Names of people, places and organizations fitting a prefix. */
  whoNames(partial?: string): string[];
  /** The story and its articles. */
  story(): StoryInfo;
  /** One paragraph, verbatim, with its citation; null when it does not exist. */
  passage(sourceId: string, n: number): PassageRef | null;
  /**
   * Builds now what the first questions would otherwise wait for: the index
   * of readers' slips, the common-word trie, who's who and the quotes
   * (tens of milliseconds). Kept out of the build so start-up stays short;
   * a server calls it once it is ready, while no reader is waiting. Answers
   * are the same whether it was called or not.
   */
  prepare(): void;
}

/** Tuning a caller may override, mostly for evaluation. */
export interface EngineOptions {
  answerThreshold?: number;
}

const PRIOR: Record<AnswerUnit['kind'], number> = {
  qa: 1,
  entity: SCORING.entityPenalty,
  sentence: SCORING.sentencePenalty,
};

/**
 * Pairs made from the article's structure yield to curated ones, and
 * sentences to both; in a source nobody has curated, sentences are the
 * article's own answers and yield to nothing.
 */
function priorOf(unit: AnswerUnit): number {
  if (unit.kind === 'qa' && unit.pair.generated) return SCORING.generatedPenalty;
  if (unit.kind === 'sentence' && !isCurated(unit.sentence.source)) {
    return SCORING.uncuratedSentencePenalty;
  }
  return PRIOR[unit.kind];
}

/**
 * Words the articles only ever write with a capital ("Okafor", "Brenna"):
 * names, where "river" in "the Tamsin River" is also written "the river".
 */
function onlyNames(kb: KnowledgeBase): (word: string) => boolean {
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  let read = false;
  // Read on the first "which …" question, not at start-up: most never ask one.
  const readArticles = () => {
    read = true;
    for (const { source } of kb.sources) {
      for (const passage of source.passages) {
        for (const word of passage.text.split(/[^\p{L}]+/u)) {
          if (word === '') continue;
          if (/^\p{Lu}/u.test(word)) capitalised.add(word.toLowerCase());
          else lowercase.add(word);
        }
      }
    }
  };
  return (word) => {
    if (!read) readArticles();
    return capitalised.has(word) && !lowercase.has(word);
  };
}

/**
 * The questions offered before any is asked and after every abstention: the
 * editors' featured pairs, in their order, or in a story without any, the
 * article-wide questions made from its structure, each after those saying
 * something new: "Who is quoted in the article?" names again the people
 * "Who are the people in the article?" names, and a reader trying the first
 * three should meet three answers (see {@link newBeforeRepeated}).
 */
function featuredQuestions(units: readonly AnswerUnit[]): string[] {
  const chosen = units.flatMap((u) => (u.kind === 'qa' && u.pair.featured ? [u.title] : []));
  if (chosen.length > 0) return chosen;
  const overview = new Map<string, string>();
  for (const u of units) {
    if (u.kind === 'qa' && isOverviewPair(u.pair) && !overview.has(u.title)) {
      overview.set(u.title, u.pair.answer);
    }
  }
  return newBeforeRepeated(
    overview.keys(),
    (title) => contentWordsOf(overview.get(title) ?? ''),
    overview.size,
  );
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** How many of its own questions a prepared engine asks itself, so V8 has compiled its code. */
const WARM_UP_QUESTIONS = 5;

/** Terms of one text of each unit, read when first needed: few questions ever need them. */
function unitTerms(
  units: readonly AnswerUnit[],
  analyzer: Analyzer,
  textOf: (unit: AnswerUnit) => string,
): (unit: number) => ReadonlySet<string> {
  return readOnce(units, (unit) => new Set(analyzer.termsOf(textOf(unit))), NO_TERMS);
}

/**
 * What each unit is read as, read when first asked for and kept: a question
 * checks many units, and the next question checks most of them again.
 */
function readOnce<T>(
  units: readonly AnswerUnit[],
  read: (unit: AnswerUnit) => T,
  missing: T,
): (unit: number) => T {
  const kept = new Map<number, T>();
  return (unit) => {
    let value = kept.get(unit);
    if (value === undefined) {
      const found = units[unit];
      value = found ? read(found) : missing;
      kept.set(unit, value);
    }
    return value;
  };
}

/**
 * What a unit answers a question about the future with, held to speaking of
 * it: a curated pair is trusted only where its own questions show it was
 * written for such questions ("will the club keep its ground"); one about what
 * was or is ("what did the mayor say about the bridge") cannot say what will
 * be, however many of the question's words it holds. A gap is trusted: it
 * says what the article leaves open.
 */
function futureTextOf(
  unit: AnswerUnit,
  future: FutureQuestions,
  aheadExcerpts: readonly string[],
): string | null {
  if (isGap(unit)) return null;
  // A dated event after publication is still to come, whatever its verb
  // ("has called a members' meeting for Sunday 26 October"): its pair, and
  // the sentence it cites.
  if (unit.kind === 'qa' && tellsEventAhead(unit.pair)) return null;
  if (
    unit.kind === 'sentence' &&
    aheadExcerpts.some((excerpt) => unit.sentence.text.includes(excerpt))
  ) {
    return null;
  }
  if (unit.kind === 'qa' && !unit.pair.generated) {
    return unit.pair.questions.some((question) => future.setsFuture(question))
      ? null
      : answerTextOf(unit);
  }
  return answerTextOf(unit);
}

/** The words each dated event after publication cites ({@link tellsEventAhead}). */
function eventsAheadCited(units: readonly AnswerUnit[]): string[] {
  return units.flatMap((unit) =>
    unit.kind === 'qa' && tellsEventAhead(unit.pair)
      ? unit.pair.citations.flatMap((citation) => citation.excerpt ?? [])
      : [],
  );
}

/**
 * What a unit answers a yes-or-no about an "only" with: a gap is trusted, a
 * curated pair read by its own questions (`curatedOnly`), anything else by
 * its answer.
 */
function onlyTextOf(unit: AnswerUnit): string | CuratedOnly | null {
  if (isGap(unit)) return null;
  if (unit.kind === 'qa' && !unit.pair.generated) {
    return curatedOnly(unit.pair.questions, answerTextOf(unit));
  }
  return answerTextOf(unit);
}

/**
 * Whether the story says a word as the reader folded it, in any form, or a
 * slip of one of its words ("weapns"): chat before a question says none.
 */
function storySays(analyzer: Analyzer, index: TermIndex, word: string): boolean {
  if (analyzer.stopwords.has(word)) return false;
  const terms = analyzer.termsOfWord(word);
  if (terms.length > 0 && terms.every((term) => index.saysTerm(term))) return true;
  return !COMMON_ENGLISH_WORDS.has(word) && index.correct(word) !== null;
}

function isCurated(source: SourceBundle): boolean {
  return source.pairs.some((pair) => pair.generated !== true);
}

/** What the bot answers about, in a sentence: the story, and the articles it is told from. */
function answersAbout(kb: KnowledgeBase): string {
  const from =
    kb.sources.length === 1
      ? outletArticle(kb.sources[0]?.source.outlet ?? '').replace(/^The /, 'the ')
      : `its ${kb.sources.length} articles`;
  return `I answer questions about “${kb.story.title}”, from ${from}.`;
}

/**
 * Where a reader's short forms are read from: the articles' texts, and the
 * roles ingest gives people on their cards and beside their quotes.
 */
function shortFormSources(
  kb: KnowledgeBase,
  persons: readonly Entity[],
  personNameWords: ReadonlySet<string>,
): ShortFormSources {
  return {
    texts: kb.sources.flatMap(({ source }) => source.passages.map((passage) => passage.text)),
    roles: [
      ...persons.map((person) => person.description),
      ...kb.sources.flatMap(({ quotes }) => quotes.flatMap((quote) => quote.role ?? [])),
    ],
    personNameWords,
  };
}

/** Builds the engine: indexes every curated pair, who's-who entry and sentence. */
export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): StoryEngine {
  const analyzer = new Analyzer(kb.lexicon, kb.general);
  const { units, genderOf } = storyUnits(kb);
  const persons = mergedEntities(kb).flatMap(({ entity }) =>
    entity.kind === 'person' ? [entity] : [],
  );
  const personNameWords = new Set(
    persons.flatMap((person) =>
      [person.name, ...person.aliases].flatMap((name) => name.toLowerCase().split(/\s+/)),
    ),
  );
  const index = new TermIndex(
    units.map((unit) => ({
      phrases: unit.phrases,
      body: unit.body,
      bodyParts: unit.bodyParts,
      prior: priorOf(unit),
      ...(unit.kind === 'sentence' && unit.context !== undefined ? { context: unit.context } : {}),
      ...(unit.kind === 'qa' && unit.pair.generated ? { phrasesTemplated: true } : {}),
    })),
    analyzer,
    // Every word of a lexicon phrase is a spelling a typo can be corrected to.
    Object.keys(kb.lexicon.synonyms).flatMap((phrase) => phrase.split(' ')),
    kb.general?.related,
    kb.general?.stances,
    kb.general?.listedBy,
    kb.general?.wordVectors,
    new ShortForms(() => shortFormSources(kb, persons, personNameWords)),
    kb.general?.kinds,
  );
  const grounding = new Grounding(kb);
  const featured = featuredQuestions(units);
  const offerable = Object.freeze(offerableQuestions(units, featured));
  // One reading of each unit's body, shared by every condition that looks at it.
  const termsOfUnit = unitTerms(units, analyzer, (unit) => unit.body);
  const future = new FutureQuestions(kb.general);
  const aheadExcerpts = eventsAheadCited(units);
  const saysOnlyNotKnown = notKnownReader(kb.general);
  const tellsNotKnown = notKnownTeller(kb.general);
  const tellsNotToldAs = notToldEchoer(kb.general);
  const notKnownPart = notKnownPartReader(kb.general);
  const answerTypes = answerTypesFor(kb);
  const context: AskContext = {
    units,
    index,
    grounding,
    featured,
    fitCache: emptyFitCache(units.length),
    titleWinners: new Map(),
    ownQuestions: ownQuestions(units),
    peopleGiven: new Map(),
    contrastSlots: new Map(),
    contrastTerms: new BoundedMemo(CONTRAST_TERMS_LIMIT, (word: string) =>
      index.analyze(word).map((t) => t.term),
    ),
    notCoveredBy:
      kb.sources.length === 1
        ? outletArticle(kb.sources[0]?.source.outlet ?? '')
        : `The story (${kb.sources.length} articles)`,
    answersAbout: answersAbout(kb),
    answerThreshold: options.answerThreshold ?? DECISION.answerThreshold,
    people: new NamedPeople(
      persons,
      analyzer,
      (unit) => {
        const found = units[unit];
        return !found || (found.kind === 'qa' && isListPair(found.pair))
          ? NO_TERMS
          : termsOfUnit(unit);
      },
      (person) => genderOf(person.id),
      readOnce(units, (unit) => pronounGenders(answerTextOf(unit)), new Set<Gender>()),
    ),
    answerTypes,
    termsOfUnit,
    // What an answer says, not who reported it ("Harbridge Evening Post
    // reports, for since 2020: …" says nothing of Harbridge).
    termsOfAnswer: unitTerms(units, analyzer, (unit) =>
      unit.kind === 'qa'
        ? withoutOutletReporting(answerTextOf(unit), unit.source.source.outlet)
        : answerTextOf(unit),
    ),
    figuresOfAnswer: readOnce(
      units,
      // A card is about the one it names: "Stormwatch-3" holds the 3 asked of.
      (unit) =>
        figuresIn(
          unit.kind === 'entity' ? `${unit.entity.name} ${answerTextOf(unit)}` : answerTextOf(unit),
        ),
      NO_TERMS,
    ),
    saysOnlyNotKnown: readOnce(units, (unit) => saysOnlyNotKnown(answerTextOf(unit)), false),
    tellsNotKnown,
    tellsNotToldAs,
    notKnownPart,
    deniedTermsOf: readOnce(
      units,
      (unit) => denialsIn(answerTextOf(unit), (word) => analyzer.termsOfWord(word)),
      null,
    ),
    shown: new ShownSentences(units),
    leadSentence: leadSentenceOf(units, kb.sources.length),
    openPoints: new OpenPointsQuestions(kb.general),
    termsOfWord: (word) => analyzer.termsOfWord(word),
    baseOf: (word) => analyzer.baseOf(word),
    stemOf: (word) => analyzer.stem(word),
    isFiller: (word) => analyzer.stopwords.has(word),
    isOnlyAName: onlyNames(kb),
    namedKinds: new NamedKinds(
      kb.general,
      kb.sources.map((s) => s.source.outlet),
    ),
    whatItIs: new WhatItIs(kb.general),
    future,
    answersFuture: readOnce(
      units,
      (unit) => answersFuture(futureTextOf(unit, future, aheadExcerpts)),
      true,
    ),
    onlyTextOf: readOnce(units, onlyTextOf, null),
    quoteTermsOf: readOnce(
      units,
      (unit) => {
        if (unit.kind !== 'qa' || unit.pair.quote === undefined) return null;
        const quoted = quoteOfPair(unit.pair, unit.source)?.text ?? '';
        return new Set(words(quoted).flatMap((word) => analyzer.termsOfWord(word)));
      },
      null,
    ),
    rolesHeld: new RolesHeld(persons, (word) => analyzer.termsOfWord(word)),
    nameSlips: new NameSlips(persons, (word) => index.knows(word), kb.general),
    trailingChat: new TrailingChat(
      closingWordsOf(kb.general),
      (word) => storySays(analyzer, index, word),
      (word) => analyzer.termsOfWord(word).length > 0,
    ),
    leadingChat: new LeadingChat(
      kb.general?.smallTalk,
      kb.general?.openers,
      (word) => storySays(analyzer, index, word),
      (word) => analyzer.termsOfWord(word).length > 0,
    ),
    personNameWords,
    asksWho: readOnce(
      units,
      (unit) =>
        unit.kind === 'qa' &&
        unit.pair.questions.some((question) => answerTypes.need(question) === 'person'),
      false,
    ),
    whether: new WhetherQuestions(kb.general, future),
    eventClauses: new EventClauses(kb.general),
    earlierTimeAsked: new EarlierTimeAsked(kb.general),
    askedClauses: new AskedClauses(kb.general),
  };
  // Who's who and the quote index serve only `who`, `whoNames`, `quotes` and
  // `speakers`, never `ask`: built on first use, they add nothing to a large
  // story's start-up.
  let whoIndex: WhoIndex | undefined;
  let quoteIndex: QuoteIndex | undefined;
  const who = () => {
    whoIndex ??= new WhoIndex(kb, grounding);
    return whoIndex;
  };
  const quotes = () => {
    quoteIndex ??= new QuoteIndex(kb, grounding, who());
    return quoteIndex;
  };
  const timeline = mergedTimeline(kb, grounding);
  const story: StoryInfo = {
    title: kb.story.title,
    scope: kb.story.scope,
    sources: kb.sources.map(({ source, quotes: q, pairs }) => ({
      id: source.id,
      title: source.title,
      outlet: source.outlet,
      via: source.via,
      author: source.author,
      date: source.date,
      url: source.url,
      passages: source.passages.length,
      quotes: q.length,
      pairs: pairs.length,
    })),
    examples: featured,
  };

  return {
    ask: (question) => ask(context, question),
    explain: (question, limit) => explainQuestion(context, question, limit),
    explainDecision: (question) => explainDecision(context, question),
    complete: (partial, limit) => completeQuestion(context, partial, limit),
    offerableQuestions: () => offerable,
    timeline: () => timeline,
    quotes: (query) => quotes().find(query),
    speakers: () => quotes().speakers(),
    who: (name) => who().find(name),
    whoNames: (partial) => who().names(partial),
    story: () => story,
    passage: (sourceId, n) => {
      const source = kb.sources.find((s) => s.source.id === sourceId);
      const text = source?.source.passages.find((p) => p.n === n)?.text;
      return source && text !== undefined
        ? { citation: grounding.citation(source, n), text }
        : null;
    },
    prepare: () => {
      index.prepare();
      prepareCommonWords();
      who();
      quotes();
      // The engine's own code compiles on its first questions: ask a few.
      for (const question of offerable.slice(0, WARM_UP_QUESTIONS)) ask(context, question);
    },
  };
}

/** Bounds the words a story keeps in `contrastTerms`. */
const CONTRAST_TERMS_LIMIT = 4096;
