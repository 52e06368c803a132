import type { Entity, QaPair } from '../knowledge/schema.ts';
import { accountSpeaker } from './account-asked.ts';
import { spelledOutFit } from './acronym-asked.ts';
import { anotherOneFit } from './another-one.ts';
import type { Answer, OfferedQuestion, SupportingQuote } from './answer.ts';
import { type PersonMeant, personNamed } from './antecedents.ts';
import { articleAskedFit } from './article-asked.ts';
import type { AskedClauses } from './asked-clause.ts';
import type { EarlierTimeAsked } from './before-asked.ts';
import { besidesNamedFit } from './besides-named.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { bylineFit } from './byline-asked.ts';
import {
  answersWhoTheyAre,
  cardFit,
  cardOfRoleAsked,
  givesRoleOfPersonAsked,
  saidPairFit,
} from './card-fit.ts';
import {
  isClearPair,
  isClearSentence,
  isGivenWordForWord,
  mayStayFirst,
} from './clear-sentence.ts';
import { tellsComingEvent } from './coming-event.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { contrastFit, type Slot, slotsIn } from './contrast.ts';
import type { WhatItIs } from './copular.ts';
import { isCountAlone } from './count-alone.ts';
import {
  type DecisionFeatures,
  decisionFeatures,
  leavesDeedUnsaid,
  plainFeatures,
  tellsDeedDoneByTheOneAsked,
} from './decision-features.ts';
import { answersByDenial } from './denied-asked.ts';
import { contentWordsOfNames } from './entity-names.ts';
import { eventCauseIn, givesCauseByEvent, givesCauseOfAsked } from './event-cause.ts';
import { exampleFit } from './example.ts';
import type { ShownSentences } from './facts.ts';
import {
  asksForYear,
  figuresFit,
  givesYear,
  withoutYearsNamed,
  yearOfThingFit,
  yearsNamedIn,
} from './figures.ts';
import { type FutureQuestions, outcomeFit } from './future.ts';
import { givesAnotherPersonFit, type PeopleGiven } from './gives-other.ts';
import type { Grounding } from './grounding.ts';
import { incrementFit } from './increment.ts';
import {
  type AnswerNeed,
  type AnswerTypes,
  type Counting,
  countedPhrase,
  countedPhrases,
  countedThing,
  countsOnlyTogether,
  PRECISE_NEEDS,
  partsOfDayNamedIn,
  regularSingular,
  SENTENCE_NEEDS,
  withoutPartsOfDayNamed,
} from './intent.ts';
import { isKindAlone } from './kind-alone.ts';
import { knowingAskedFit } from './knowing-asked.ts';
import type { LeadingChat } from './leading-chat.ts';
import { asksLengthToo, givesLength } from './length-asked.ts';
import { levelFit } from './level.ts';
import { monthNamedFit } from './month-named.ts';
import type { NameSlips } from './name-slips.ts';
import type { NamedKinds } from './named-kind.ts';
import { deniedFit } from './negated.ts';
import { notAPlaceFit } from './not-a-place.ts';
import { eventWordsAsked, tellsOnceEvent, withoutEventsAsked } from './once-event.ts';
import { oneNamedTied, onlyOneOfKindNamed, withNamedFirst } from './one-named.ts';
import { type CuratedOnly, onlyFit } from './only.ts';
import { partOfTotalFit } from './part-of-total.ts';
import type { NamedPeople } from './people.ts';
import { givesSpanInThePerfect } from './perfect-span.ts';
import { populationFit } from './population.ts';
import { presentValueFit } from './present-value.ts';
import { byNearness } from './proximity.ts';
import { askedWords, asQuestionWord, holdsWord, type QueryTerm } from './query-terms.ts';
import { withQuestionWordsPlain } from './question-word-slips.ts';
import { relationFit } from './relation-asked.ts';
import { answersWithADemand, requestFit } from './requested.ts';
import { cardOfRoleHolderRanked } from './role-holder-ranked.ts';
import { roleOwnerFit } from './role-owner.ts';
import { saidFit } from './said.ts';
import { clauseAsContext, type EventClauses, eventClauseFit } from './sequel.ts';
import { givesSpanOfThingAsked } from './span-before-noun.ts';
import { spanSoFarFit } from './span-so-far.ts';
import { isSpeakersOwnWord } from './speakers-word.ts';
import { staysFirst } from './stays-first.ts';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.ts';
import {
  citesOnlyToGround,
  isArticleWidePair,
  isBylinePair,
  isFiguresPair,
  isHeadlinePair,
  isListPair,
  listedKind,
} from './structure/generate.ts';
import { isGap, newFactFilter, offerable, suggestionsFor } from './suggestions.ts';
import { sumOwnerFit } from './sum-owner.ts';
import { byScoreThenUnit, type RankedUnit, type TermIndex, type UnitFit } from './term-index.ts';
import { foldText, MAX_QUESTION_CHARS, quotedSpans, tidy, withoutQuoted, words } from './text.ts';
import { tiesBroken } from './ties.ts';
import { givesTimeBesideReadersWords } from './time-beside-word.ts';
import type { TrailingChat } from './trailing-chat.ts';
import { CARD, DECISION, ONLY, SCORING, WHAT_IT_IS } from './tuning.ts';
import { isOneValueTied } from './typed-value.ts';
import { type AnswerUnit, quoteOfPair } from './units.ts';
import { untoldFit, type WhetherQuestions } from './untold.ts';

/** What `ask` needs, built once per knowledge base. */
export interface AskContext {
  units: readonly AnswerUnit[];
  index: TermIndex;
  grounding: Grounding;
  /** Canonical questions to offer when nothing closer fits. */
  featured: readonly string[];
  /**
   * Whether each unit can answer a need, learned as questions come: per need
   * ("date", "quantity:troops"), 1 where a unit fits, 2 where it does not.
   * Typed arrays, so the cache adds no objects for the collector to trace.
   */
  fitCache: BoundedMemo<string, Uint8Array>;
  /** The people each unit's article text gives; null for a unit not held to it. */
  peopleGiven: Map<number, PeopleGiven | null>;
  /** The "rescued by boat" slots of each unit's own text (`contrast.ts`); null for a unit not held to them. */
  contrastSlots: Map<number, readonly Slot[] | null>;
  /**
   * The terms of a word a question says how something was done by
   * ("helicopter"), with the words standing in for it: they never change for
   * one story, and readers' words are unbounded, so the memo is capped.
   */
  contrastTerms: BoundedMemo<string, readonly string[]>;
  /** The unit each unit's own question ranks first, learned as alternatives are offered. */
  titleWinners: Map<number, number | undefined>;
  /** The unit each offered question was made for, by its exact text (`ownQuestions`). */
  ownQuestions: ReadonlyMap<string, number>;
  /** Who "does not say": the one article, or all of the story's articles. */
  notCoveredBy: string;
  /** What the bot answers about, told to a message naming nothing to look up ("hi", "thanks"). */
  answersAbout: string;
  answerThreshold: number;
  /** Who the question names, and which answers name them too. */
  people: NamedPeople;
  /** What kind of fact a question wants, and which texts can be it. */
  answerTypes: AnswerTypes;
  /** The terms of a unit's body, as the index reads them. */
  termsOfUnit: (unit: number) => ReadonlySet<string>;
  /** The terms of what a unit answers with: its answer and quote, not its phrasings. */
  termsOfAnswer: (unit: number) => ReadonlySet<string>;
  /** Whether what a unit answers with only says a fact is not known (`untold.ts`). */
  saysOnlyNotKnown: (unit: number) => boolean;
  /** Whether a text tells anywhere that a fact is not known or was not told (`untold.ts`). */
  tellsNotKnown: (text: string) => boolean;
  /**
   * Each term of what a unit answers with, and whether it says it only
   * denied (`negated.ts`); null when it says none only denied.
   */
  deniedTermsOf: (unit: number) => ReadonlyMap<string, boolean> | null;
  /** The figures of what a unit answers with (`figures.ts`), a card's name included. */
  figuresOfAnswer: (unit: number) => ReadonlySet<string>;
  /** Which of the articles' sentences each unit shows: one suggestion per fact. */
  shown: ShownSentences;
  /** The terms the index reads in one word ("said" → "sai"). */
  termsOfWord: (word: string) => readonly string[];
  /** Whether a word is filler to this story (general or story stopword). */
  isFiller: (word: string) => boolean;
  /** Whether the story writes a word only with a capital ("Okafor"): a name, not a kind of thing. */
  isOnlyAName: (word: string) => boolean;
  /** Whether answers name the kind of thing a "which river" asks for. */
  namedKinds: NamedKinds;
  /** What a "what is X" asks after, and which sentences say it. */
  whatItIs: WhatItIs;
  /** Whether a question asks about what is still to come. */
  future: FutureQuestions;
  /** Whether a unit can answer a question about what is still to come (`future.ts`), read once. */
  answersFuture: (unit: number) => boolean;
  /**
   * The terms of the words of a quote pair's quotation ("happened" read as
   * "happen"), read once per unit; null for any other unit. The attribution
   * around it ("X said:") is the same in all of one speaker's quotes.
   */
  quoteTermsOf: (unit: number) => ReadonlySet<string> | null;
  /** The words of the story's people's names and aliases, lowercased. */
  personNameWords: ReadonlySet<string>;
  /** A "who is X" naming one of the story's people with a slip (`name-slips.ts`). */
  nameSlips: NameSlips;
  /** Chat that leads up to a question ("sorry if dumb q but…"), read past (`leading-chat.ts`). */
  leadingChat: LeadingChat;
  /** Chat the reader types after the question, read past once (`trailing-chat.ts`). */
  trailingChat: TrailingChat;
  /** Whether one of a curated pair's own questions asks who (`need` a person), read once per unit. */
  asksWho: (unit: number) => boolean;
  /** What a unit answers a yes-or-no about an "only" with (`only.ts`), read once per unit. */
  onlyTextOf: (unit: number) => string | CuratedOnly | null;
  /** Whether a question asks whether something is so, or what is still to come. */
  whether: WhetherQuestions;
  /** The clause of time or cause a question is set by ("after he was ousted"). */
  eventClauses: EventClauses;
  /** Whether a yes-or-no asks if something happened before (`before-asked.ts`). */
  earlierTimeAsked: EarlierTimeAsked;
  /** The clause a yes-or-no asks about, past the reader's context and tags (`asked-clause.ts`). */
  askedClauses: AskedClauses;
}

/** A candidate answer and its final score, for editors asking why an answer won. */
export interface Candidate {
  kind: AnswerUnit['kind'];
  title: string;
  score: number;
}

/** The best candidates for a question, best first, as `ask` weighs them. */
export function explainQuestion(context: AskContext, rawQuestion: string, limit = 5): Candidate[] {
  return rankFor(context, readersQuestion(context, rawQuestion))
    .ranked.slice(0, limit)
    .flatMap(({ unit, score }) => {
      const found = context.units[unit];
      return found
        ? [
            {
              kind: found.kind,
              title: found.kind === 'sentence' ? found.sentence.text : found.title,
              score: roundConfidence(score),
            },
          ]
        : [];
    });
}

/** A question as {@link rankFor} read it: what every reply to it is built from. */
interface QuestionReading {
  question: string;
  /** The question as the reader meant it: stretched words ("sooo") read plainly. */
  plain: string;
  terms: readonly QueryTerm[];
  ranked: readonly RankedUnit[];
  /** Whether a unit meets every condition the question sets (kind of fact, person named…). */
  fitsAll: (unit: number) => boolean;
  /** The kind of fact the question asks for, if its wording says. */
  need: AnswerNeed | null;
  /** For a "what is X" answered by a sentence saying what X is: whether a unit says it. */
  whatItIs: UnitFit;
  /** Whether the question asks who someone is by a name two of the story's people fit. */
  ambiguousName: boolean;
}

/**
 * A reader's message, tidied and cut to length, without the chat it ends
 * with (`trailing-chat.ts`) or leading up to its question
 * (`leading-chat.ts`): read so once, where a reader's
 * message comes in, never for the variants of it that ranking tries; and
 * never over more of a message than a question may hold.
 */
function readersQuestion(context: AskContext, rawQuestion: string): string {
  return context.leadingChat.questionOf(
    context.trailingChat.questionOf(tidy(String(rawQuestion ?? '')).slice(0, MAX_QUESTION_CHARS)),
  );
}

function rankFor(context: AskContext, rawQuestion: string): QuestionReading {
  const question = tidy(String(rawQuestion ?? '')).slice(0, MAX_QUESTION_CHARS);
  // Read once here, so every condition below sees "whooo" as "who".
  // "Who is calum reed": the name as the story writes it, or, where two of
  // its people fit what the reader wrote, neither.
  const named = context.nameSlips.read(
    withQuestionWordsPlain(context.index.unstretched(question), context.isOnlyAName),
  );
  const plain = named.question;
  const read = context.index.analyze(plain);
  // Words the reader quotes are what was said, and a person's name names
  // them: neither is what is asked (`ownWordsAsked`).
  const voiced = inOwnVoice(plain);
  const asked = ownWordsAsked(context, voiced);
  const need = context.answerTypes.need(asked);
  // "Where did he go after he was ousted": the clause says when, not what is
  // asked; but "how long since the river was this high" asks the span to it.
  const clause = need === 'duration' ? null : readClause(context, plain, read);
  const terms =
    clause === null ? read : clauseAsContext(read, clause.askedTerms, clause.clauseTerms);
  const kindFit = needFit(context, plain, need);
  const amountFit = anyAmountFit(context, plain, need, kindFit);
  // A passage sentence or a card never says "where" or "who" as a curated
  // phrasing does; holding the kind of fact asked for answers that word.
  // The words of the kind asked for ("date" of "what date") ask, as "when" does.
  const rankedTerms = need === null ? terms : withKindWordsAsked(context, plain, need, terms);
  const matched = context.index.rank(
    rankedTerms,
    kindFit && ((unit) => context.units[unit]?.kind !== 'qa' && kindFit(unit)),
  );
  const sameWord = (a: string, b: string) => sameWordIn(context, a, b);
  const whatItIs = context.whatItIs.fit(
    plain,
    matched,
    (unit) => ownTextOf(context, unit),
    (unit) => cardNamesOf(context.units[unit]),
    context.isFiller,
    sameWord,
  );
  const conditions: readonly Condition[] = [
    // A kind told by an exact pattern ("twice", "7%", "3pm") is demoted twice:
    // the sentence without it often holds more of the question's words.
    { holds: kindFit, demotions: need !== null && PRECISE_NEEDS.has(need) ? 2 : 1 },
    { holds: amountFit },
    // A question naming nobody may still point at someone: its "she".
    { holds: context.people.fitFor(terms) ?? context.people.fitForPronoun(plain) },
    { holds: quotedWordsFit(context, plain, matched) },
    { holds: cardFit(context, plain, terms, need), demotions: CARD.unfitDemotions },
    { holds: saidPairFit(context, plain, terms, need) },
    // "Who is the Vale coach": not the Rovers coach's card, quote or sentence.
    { holds: roleOwnerFit(context, terms), demotions: CARD.unfitDemotions },
    { holds: listFit(context, plain, terms) },
    // "What date did the schools close": not when the article was published.
    { holds: articleAskedFit(context.units, context.termsOfWord, rankedTerms) },
    // "In which areas does the council want ties", "in the first place": no place asked.
    {
      holds: notAPlaceFit(plain, (unit) => {
        const found = context.units[unit];
        return found?.kind === 'qa' && listedKind(found.pair) === 'place';
      }),
      demotions: CARD.unfitDemotions,
    },
    // "Which reporters did he talk to": reporters in the story, not the byline.
    {
      holds: bylineFit(plain, (unit) => {
        const found = context.units[unit];
        return found?.kind === 'qa' && isBylinePair(found.pair);
      }),
      demotions: CARD.unfitDemotions,
    },
    {
      // "More on “…in which people can…”" asks for no people: a "which" the
      // reader quotes is the article's, not theirs.
      holds: context.namedKinds.fit(
        voiced,
        // A common word the story happens to capitalise only ("the Third
        // Regional Court") still qualifies a kind: "who was the third judge".
        (word) =>
          context.isFiller(word) || (context.isOnlyAName(word) && !COMMON_ENGLISH_WORDS.has(word)),
        (unit, possessed) => {
          const found = context.units[unit];
          // A curated pair was written for its questions and is trusted to meet
          // them; a generated one, made from a template, is held to its answer
          // as a sentence is ("which court" is not answered by "what happened
          // on Wednesday"), a list of names or figures aside.
          if (
            found?.kind === 'qa' &&
            (!found.pair.generated || isListPair(found.pair) || isFiguresPair(found.pair))
          ) {
            return null;
          }
          // A person's card names the one whose role it gives ("who is the
          // head teacher": Julian Marsh's card), though its text is the role alone.
          if (found?.kind === 'entity' && found.entity.kind === 'person' && !possessed) return null;
          return found ? answerTextOf(found) : '';
        },
        matched,
      ),
    },
    {
      holds: givesAnotherPersonFit(
        plain,
        need,
        (unit) => peopleGivenBy(context, unit),
        context.isFiller,
        (unit) => {
          const found = context.units[unit];
          return found?.kind === 'entity' ? cardNamesOf(found) : null;
        },
      ),
    },
    // "Which other schools besides Elsford Primary closed": not the one set aside alone.
    {
      holds: besidesNamedFit(
        plain,
        context.isOnlyAName,
        (unit) => ownTextOf(context, unit),
        (text, asked) => context.namedKinds.namesOtherThan(text, asked),
      ),
    },
    { holds: context.future.fit(plain, context.answersFuture) },
    // "Do the police know who did it": that it is not known, or the fact itself.
    {
      holds: knowingAskedFit(
        plain,
        context.answerTypes,
        (unit) => ownTextOf(context, unit),
        context.tellsNotKnown,
      ),
    },
    { holds: outcomeFit(plain, (unit) => ownTextOf(context, unit)) },
    {
      holds: spanSoFarFit(
        plain,
        (unit) => ownTextOf(context, unit),
        (text) => context.answerTypes.canAnswer('duration', text),
      ),
    },
    {
      holds: saidFit(plain, context.answerTypes, (unit) => ownTextOf(context, unit), {
        isFiller: context.isFiller,
        sameWord,
        isOnlyAName: context.isOnlyAName,
        unitHolds: (unit, word) => {
          const held = context.termsOfUnit(unit);
          return context.termsOfWord(word).some((term) => held.has(term));
        },
      }),
    },
    // Demoted twice: the sentence saying only what is asked an example of holds
    // more of the question's words than the one giving the instance.
    { holds: exampleFit(plain, (unit) => ownTextOf(context, unit)), demotions: 2 },
    {
      holds: onlyFit(plain, context.whether, context.onlyTextOf),
      demotions: ONLY.unfitDemotions,
    },
    { holds: figuresFit(plain, context.figuresOfAnswer) },
    // "How did the 2011 strike end": not "the first strike since 2011".
    { holds: yearOfThingFit(plain, (unit) => ownTextOf(context, unit)) },
    // "What was their profit": not "revenue of £6.8 billion".
    {
      holds: sumOwnerFit(
        asked,
        need,
        context.termsOfWord,
        (unit) => ownTextOf(context, unit),
        context.termsOfAnswer,
      ),
    },
    // "Will they sell the bonds in april": not a sentence naming no april.
    { holds: monthNamedFit(plain, (unit) => ownTextOf(context, unit)) },
    {
      holds: contrastFit(plain, (unit) => contrastSlotsOf(context, unit), {
        isFiller: context.isFiller,
        sameWord,
        // The question's word, with the words standing in for it: read once per word.
        unitHolds: (unit, word) => {
          const read = context.contrastTerms.get(word);
          const held = context.termsOfUnit(unit);
          return read.some((term) => held.has(term));
        },
      }),
    },
    { holds: levelFit(asked, (unit) => ownTextOf(context, unit)) },
    // "How many beds did the unit have" is not answered by "opened six additional beds".
    {
      holds: incrementFit(
        asked,
        need,
        () => ownWordTerms(context, asked),
        context.termsOfWord,
        (unit) => ownTextOf(context, unit),
      ),
    },
    // "Who is Delgado's wife": not Delgado's card, nor "the death of his wife".
    {
      holds: relationFit(
        plain,
        (unit) => ownTextOf(context, unit),
        (unit) => {
          const found = context.units[unit];
          return found?.kind === 'entity' && found.entity.kind === 'person'
            ? { name: found.entity.name, description: found.entity.description }
            : null;
        },
      ),
      demotions: CARD.unfitDemotions,
    },
    // "What's the population of Kelby": not how many were treated; "how big was the crowd": not the town's size.
    { holds: populationFit(plain, (unit) => ownTextOf(context, unit)) },
    // "When did the slip happen": not "a smaller slip closed the same road".
    { holds: anotherOneFit(plain, (unit) => ownTextOf(context, unit), context.isFiller) },
    // "Have the drivers gone on strike before": not the lead telling only of this strike.
    { holds: context.earlierTimeAsked.fit(plain, (unit) => ownTextOf(context, unit)) },
    // "How many of the 340 decisions involved the firm": not the 340 alone;
    // read in the reader's own voice, as "More on “It has not disclosed how
    // many of the 412…”" quotes a sentence, not a question of the reader's.
    { holds: partOfTotalFit(voiced, (unit) => ownTextOf(context, unit)) },
    // "What's the share price now": not how it moved, nor what was pledged.
    { holds: presentValueFit(plain, (unit) => ownTextOf(context, unit)) },
    // "What does RTWU stand for": not "the RTWU's regional organiser", which holds
    // every word of the question; demoted twice, so the name spelt out ranks first.
    { holds: spelledOutFit(plain, (unit) => ownTextOf(context, unit), matched), demotions: 2 },
    { holds: requestFit(plain, context.whether, (unit) => ownTextOf(context, unit)) },
    {
      holds: deniedFit(plain, terms, context.whether, (unit) =>
        ownTextOf(context, unit) === null ? null : context.deniedTermsOf(unit),
      ),
    },
    {
      holds: untoldFit(
        plain,
        terms,
        (unit) => ownTextOf(context, unit) !== null && context.saysOnlyNotKnown(unit),
        context.termsOfUnit,
        context.whether,
        context.isOnlyAName,
        (unit) => cardNameTerms(context, unit),
      ),
    },
    {
      holds:
        clause === null
          ? null
          : eventClauseFit(
              clause.askedTerms,
              clause.clauseTerms,
              clause.text,
              need !== null,
              context.isOnlyAName,
              // A curated pair was written for its questions, clause and all.
              (unit) => (ownTextOf(context, unit) === null ? null : context.termsOfUnit(unit)),
            ),
    },
    // Demoted more than once: the sentence saying what the thing is holds
    // fewer of the question's words than one merely naming it (`tuning.ts`).
    { holds: whatItIs, demotions: WHAT_IT_IS.unfitDemotions },
  ];
  const ranked = tiesBroken(
    byNearness(
      demoteUnfit(matched, conditions),
      need,
      terms,
      context.answerTypes,
      (unit) => articleWordsOf(context.units[unit]),
      context.termsOfWord,
    ),
    {
      typed: () =>
        words(plain).flatMap((word) =>
          context.isFiller(word) || QUESTION_WORDS.has(word) ? [] : [context.termsOfWord(word)],
        ),
      quoteWordsOf: context.quoteTermsOf,
      // A clause of time or cause is the question's context, not what it asks
      // ("what happened after the mayor resigned" asks no pair about the resigning).
      // Only general English's filler is set aside: a word the story's editors
      // made filler to the index ("deal", of "what's the deal with") is still
      // the reader's wording, and "has a deal on the bases been reached" holds it.
      typedWords: () => {
        const inClause = new Set(clause === null ? [] : words(clause.text));
        return words(plain).filter(
          (word) => !STOPWORDS.has(word) && !QUESTION_WORDS.has(word) && !inClause.has(word),
        );
      },
      phrasingsOf: (unit) => {
        const found = context.units[unit];
        return found?.kind === 'qa' && !found.pair.generated ? found.pair.questions : null;
      },
      mentionOf: (word) => context.index.mentionOf(word),
    },
  );
  const fitsAll = (unit: number) => conditions.every(({ holds }) => holds === null || holds(unit));
  return {
    question,
    plain,
    terms,
    ranked,
    fitsAll,
    need,
    whatItIs,
    ambiguousName: named.ambiguous,
  };
}

/**
 * The terms of the names of the thing a unit is the card of; null for any
 * other unit. Read only for a card saying a fact is not known asked after
 * nothing but a name: rare enough to need no memo beyond the names' own.
 */
function cardNameTerms(context: AskContext, unit: number): ReadonlySet<string> | null {
  const found = context.units[unit];
  if (found?.kind !== 'entity') return null;
  return new Set(
    contentWordsOfNames(context, found.entity).flatMap((name) =>
      name.flatMap((word) => context.termsOfWord(word)),
    ),
  );
}

/** The terms of each of a question's own words, question words and filler aside. */
function ownWordTerms(context: AskContext, question: string): readonly (readonly string[])[] {
  return words(foldText(question)).flatMap((word) =>
    context.isFiller(word) || QUESTION_WORDS.has(word) ? [] : [context.termsOfWord(word)],
  );
}

/** The names of the thing a unit is the card of (its name and aliases); none for any other unit. */
function cardNamesOf(unit: AnswerUnit | undefined): readonly string[] {
  return unit?.kind === 'entity' ? [unit.entity.name, ...unit.entity.aliases] : [];
}

/**
 * The question in the reader's own voice: the words it quotes blanked out,
 * unless it is all quote ("More on “It is not clear who would fund…”" asks
 * for no person, nor "…in which people can…" for people).
 */
function inOwnVoice(question: string): string {
  const unquoted = withoutQuoted(question);
  return /\p{L}/u.test(unquoted) ? unquoted : question;
}

/**
 * The question in the reader's own words, as its kind of fact is read: in
 * their own voice ({@link inOwnVoice}), the capitalised words naming one of
 * the story's people blanked out too ("What did Price say" asks for no sum).
 */
function ownWordsAsked(context: AskContext, voiced: string): string {
  const names = context.personNameWords;
  return voiced.replace(CAPITALISED_LATER, (word) => (names.has(word.toLowerCase()) ? ' ' : word));
}

/** A capitalised word after the question's first: capitalised as a name, not as an opening. */
const CAPITALISED_LATER = /(?<=\S\s+)\p{Lu}[\p{L}'’-]*/gu;

/** A question's clause of time or cause, as typed and as terms, and the terms asked outside it. */
interface ReadClause {
  text: string;
  clauseTerms: readonly QueryTerm[];
  askedTerms: readonly QueryTerm[];
}

/**
 * The clause a question is set by (`sequel.ts`), read into terms; null when
 * it has none. What is asked outside it is the question's own terms less the
 * clause's: a second reading of the question without it would cost an
 * analysis for every question holding "after", "since" or "once".
 */
function readClause(
  context: AskContext,
  plain: string,
  read: readonly QueryTerm[],
): ReadClause | null {
  const clause = context.eventClauses.split(plain);
  if (clause === null) return null;
  const clauseTerms = context.index.analyze(clause.clause);
  const inClause = new Set(clauseTerms.map((t) => t.term));
  const askedTerms = read.filter((t) => t.isQuestionWord || !inClause.has(t.term));
  return { text: clause.clause, clauseTerms, askedTerms };
}

/**
 * The question's terms with the words that only name the kind of amount
 * asked for ("old" of "how old", "cost", "often") read as its question
 * word: a sentence that is that kind of amount ("built in 1978") answers
 * them as it answers "how", without saying them.
 */
function withKindWordsAsked(
  context: AskContext,
  question: string,
  need: AnswerNeed,
  terms: readonly QueryTerm[],
): readonly QueryTerm[] {
  const kindWords = context.answerTypes.kindWords(question, need);
  if (kindWords.length === 0) return terms;
  const kindTerms = new Set(kindWords.flatMap((word) => context.termsOfWord(word)));
  const groups = new Set(terms.flatMap((t) => (kindTerms.has(t.term) ? [t.group] : [])));
  if (groups.size === 0) return terms;
  return terms.map((t) => (groups.has(t.group) ? asQuestionWord(t) : t));
}

/** How {@link ask} answers. */
export interface AskOptions {
  /**
   * Whether an abstention offers suggestions; true unless said. Checking
   * whether a suggestion's own question gets an answer asks without them
   * ({@link leadsToAnswer}).
   */
  suggest?: boolean;
}

/**
 * Answers one question from the knowledge, or abstains. Never throws on any
 * string: the worst a strange input can get is an honest "unknown".
 */
export function ask(context: AskContext, rawQuestion: string, options: AskOptions = {}): Answer {
  const suggest = options.suggest ?? true;
  const read = rankFor(context, readersQuestion(context, rawQuestion));
  const { question, plain, terms, ranked, fitsAll, need, whatItIs } = read;
  const best = ranked[0];
  // One of the engine's own offered questions, clicked, is answered by the
  // unit it was made for, whatever else its words match as well ("More on
  // “Marsh, a sleep researcher…”" and the quote pair whose attribution opens
  // so), and however few words the question holds that the index weighs
  // ("More on “That number is going to go up…”"), so long as that unit meets
  // every condition its own question sets: an offer must not abstain.
  const own = context.ownQuestions.get(question);
  const ownGiven = own !== undefined && fitsAll(own);

  // Chat and filler ("hi", "thanks!", "lol") name nothing to look up, and
  // neither does a follow-up of pronouns alone ("is he even sorry"): saying
  // the article "does not say" would claim a search that never happened.
  if (terms.length === 0 && !ownGiven) {
    return unknownAnswer(context, { ...read, ranked: [] }, nothingToLookUp(context), suggest);
  }
  if (!ownGiven && (!best || read.ambiguousName)) {
    return unknownAnswer(context, read, notSaid(context), suggest);
  }
  // Below the threshold, the rule that gives the best unit all the same, if any.
  const below =
    !ownGiven && best && best.score < context.answerThreshold
      ? givenBelowThreshold(context, plain, ranked, terms, fitsAll, need, whatItIs)
      : ABOVE_THRESHOLD;
  if (below === null) return unknownAnswer(context, read, notSaid(context), suggest);
  // "Who chairs the committee" is not answered by a sentence naming someone
  // beside that committee that never says who chairs it (`deed-asked.ts`),
  // above the threshold as below it (where `isGivenBelowThreshold` reads it:
  // an engine answering lower, to measure its ranking, is held to it no more).
  const bestUnit = best && context.units[best.unit];
  if (
    !ownGiven &&
    best &&
    best.score >= DECISION.answerThreshold &&
    bestUnit &&
    !isGap(bestUnit) &&
    leavesDeedUnsaid(context, plain, terms, best.unit)
  ) {
    return unknownAnswer(context, read, notSaid(context), suggest);
  }
  // "Will the agency bring in a second contractor" is not answered by "he
  // added that the agency should bring in a second contractor" (`requested.ts`).
  if (
    !ownGiven &&
    best &&
    bestUnit &&
    !isGap(bestUnit) &&
    (answersWithADemand(plain, context.whether, ownTextOf(context, best.unit)) ||
      // "Who owns the Carrowmore Estate": not "land owned by the Carrowmore Estate".
      tellsDeedDoneByTheOneAsked(context, plain, ownTextOf(context, best.unit)))
  ) {
    return unknownAnswer(context, read, notSaid(context), suggest);
  }
  const chosen = own ?? below.instead ?? best?.unit;
  const unit = chosen === undefined ? undefined : context.units[chosen];
  if (!unit || chosen === undefined) return unknownAnswer(context, read, notSaid(context), suggest);
  const score = best?.score ?? 0;
  if (isGap(unit)) return gapAnswer(context, read, unit, score, suggest);

  const grounded = groundedAnswer(context, unit);
  return {
    question,
    status: 'answered',
    ...grounded,
    // "Who runs the lab": the one the sentence was given for, and their role, first.
    answer:
      below.named !== null && chosen === best?.unit
        ? withNamedFirst(below.named, grounded.answer)
        : grounded.answer,
    confidence: roundConfidence(score),
    alternatives: nearTies(context, ranked, chosen),
    suggestions: [],
  };
}

/** How the best unit is given: with the one person or place it was given for, if so. */
interface Given {
  /** The one a "who" or "where" was given for (`one-named.ts`): its answer names them first. */
  named: Entity | null;
  /** The unit given in place of the best one: the one card holding the role a "who is the…" asks. */
  instead?: number;
}

/** Given by its score, or below it by a rule naming no one. */
const ABOVE_THRESHOLD: Given = { named: null };

/**
 * Whether a best unit below the answer threshold is given all the same: its
 * own text holds every word of the question as typed (a sentence that says
 * everything asked is rarely about something else), it clearly answers
 * (`clear-sentence.ts`), it is an editors' pair explaining every word of the
 * question far ahead of any other fact, it is the sentence saying what the thing a "what
 * is X" asks after is (`copular.ts`), or it is the card giving the role of
 * the person a question asks who they are (`answersWhoTheyAre`), or the
 * sentence naming the one person a "who" or place a "where" asks for
 * (`one-named.ts`), given with them. Null when it is not given.
 */
function givenBelowThreshold(
  context: AskContext,
  plain: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  fitsAll: (unit: number) => boolean,
  need: AnswerNeed | null,
  whatItIs: UnitFit,
): Given | null {
  // Below both floors neither route gives it: no need to read the question closer.
  const floor = Math.min(
    DECISION.wordForWordFloor,
    DECISION.clearSentenceLowFloor,
    DECISION.roleCardFloor,
    DECISION.whatItIsFloor,
    DECISION.kindAloneFloor,
    DECISION.clearPairFloor,
    DECISION.deniedFloor,
  );
  const best = ranked[0];
  // Both routes want a unit that meets every condition of the question.
  if (!best || best.score < floor || !fitsAll(best.unit)) return null;
  const f = decisionFeatures(context, plain, ranked, terms, fitsAll, need);
  // "Who won the 2022 election" is not answered, below the threshold, by a
  // sentence on that election that never says who won: the deed asked
  // about is the point of the question (`deed-asked.ts`).
  if (f === null || f.deedUnsaid) return null;
  // "Was calloway fined back in 2022" is not answered by "In 2022 the agency
  // issued a warning letter", which leaves three of its words unsaid.
  if (!f.asksWh && f.unexplained > DECISION.yesOrNoMostUnexplained) return null;
  const given =
    isGivenWordForWord(f) ||
    isClearSentence(f) ||
    isClearPair(f) ||
    isKindAlone(f) ||
    isCountAlone(f) ||
    // "Has anyone died in the flood" of "No deaths have been reported."
    answersByDenial(f) ||
    isOneValueTied(context, plain, ranked, terms, f) ||
    // "How long has Haynes lived in her house" of "…Haynes, 71, who has lived on Water Street since 1983".
    givesSpanInThePerfect(context, plain, ranked, terms, f) ||
    // "How long did the strike last" of "…ending a three-week strike".
    givesSpanOfThingAsked(context, plain, ranked, terms, f) ||
    // "When was the scheme launched" of "…since the scheme launched in 2019".
    givesTimeBesideReadersWords(context, plain, ranked, terms, f) ||
    // "What's their inflation target" of "The bank's target is 2 percent.":
    // a sentence opening on the thing's name and saying what it is answers
    // what the reader asked in the article's own shape, however few of
    // their words it holds.
    (f.score >= DECISION.whatItIsFloor && f.showsOneSentence && whatItIs?.(best.unit) === true) ||
    (f.score >= DECISION.roleCardFloor &&
      (answersWhoTheyAre(context, plain, terms, need, best.unit) ||
        givesRoleOfPersonAsked(context, plain, terms, need, best.unit))) ||
    (mayStayFirst(f) &&
      staysFirst(plain, best.unit, (variant) => rankFor(context, variant).ranked[0]?.unit)) ||
    // "What did the consumer lady say customers were left in": her remark.
    isSpeakersOwnWord(context, plain, ranked, terms, f, fitsAll) ||
    // "How fast is she gonna publish the contracts": the step the article places.
    tellsComingEvent(
      f,
      plain,
      ownTextOf(context, best.unit),
      context.future,
      context.tellsNotKnown,
    );
  if (given) return ABOVE_THRESHOLD;
  // "Who runs the lab": the sentence naming its director, given with them.
  const named = oneNamedTied(context, plain, ranked, terms, f);
  if (named !== null) return { named };
  // "Which court was the trial at": the article's only court, named by the sentence.
  const only = onlyOneOfKindNamed(context, plain, ranked, f);
  if (only !== null) return { named: only };
  // "Who's the local MP": the one card giving that role, ranked just behind
  // a sentence or a quotation that mentions the role without saying who holds it.
  // The card is held to its own test, stricter than the card fit: every word
  // asked but those pointing at the article ("local", "quoted") is its own.
  const card =
    cardOfRoleAsked(context, plain, terms, need) ??
    // "Who is the water company director quoted": the one person ranked first, her role the one asked.
    cardOfRoleHolderRanked(context, plain, ranked, terms, f);
  return card === undefined ? null : { named: null, instead: card };
}

/**
 * What the answer-or-abstain decision reads of a question and its best unit:
 * for the script that fits the decision, and for editors asking why.
 */
export function explainDecision(context: AskContext, rawQuestion: string): DecisionFeatures | null {
  const { plain, ranked, terms, fitsAll, need } = rankFor(
    context,
    readersQuestion(context, rawQuestion),
  );
  const features = decisionFeatures(context, plain, ranked, terms, fitsAll, need);
  return features && plainFeatures(features);
}

/** A condition a question sets its answers (null: none), and how hard failing it weighs. */
interface Condition {
  holds: UnitFit;
  /** How many times an answer failing it is demoted; once unless said. */
  demotions?: number;
}

/**
 * Demotes answers that fail a condition of the question, by
 * `SCORING.unfitAnswerFactor` for each demotion of each condition failed,
 * and ranks again.
 */
function demoteUnfit(
  ranked: readonly RankedUnit[],
  conditions: readonly Condition[],
): readonly RankedUnit[] {
  const active = conditions.flatMap(({ holds, demotions = 1 }) =>
    holds === null ? [] : [{ holds, demotions }],
  );
  if (active.length === 0) return ranked;
  let demoted = false;
  const scored = ranked.map((r) => {
    let score = r.score;
    for (const { holds, demotions } of active) {
      if (holds(r.unit)) continue;
      // A factor at a time, not its power: x·f·f and x·f² may differ in the last
      // bit, and ranking compares scores exactly.
      for (let n = 0; n < demotions; n++) score *= SCORING.unfitAnswerFactor;
    }
    if (score === r.score) return r;
    demoted = true;
    return { unit: r.unit, score };
  });
  // The ranking comes in this order already: only a demotion can change it.
  return demoted ? scored.sort(byScoreThenUnit) : scored;
}

/**
 * Answers that cannot be what the question asks for: a "when" whose answer
 * holds no date, a "how many" whose answer holds no quantity. Without this,
 * "how many troops…" would be answered by whatever mentions troops.
 */
function needFit(
  context: AskContext,
  question: string,
  need: AnswerNeed | null,
  countsThing = true,
): UnitFit {
  if (need === null) return null;
  // "How many troops" is not answered by a count of bases: the answer must
  // count the very thing the question names.
  const counting =
    need === 'quantity' && countsThing
      ? context.answerTypes.counting(
          question,
          (word) => context.index.mentionOf(word),
          (word) => context.index.namingOf(word),
        )
      : null;
  // "How old is Evelyn Markham" is not answered by "a retired teacher who
  // has lived there since 1971": a person's age is a number said to be one.
  if (need === 'age' && asksAgeOfPerson(context, question)) {
    const fits = context.fitCache.get('age:person');
    return (index) => {
      if (fits[index] === UNKNOWN_FIT) {
        const unit = context.units[index];
        fits[index] =
          unit !== undefined &&
          (isGap(unit) || context.answerTypes.givesPersonsAge(answerTextOf(unit)))
            ? FITS
            : UNFIT;
      }
      return fits[index] === FITS;
    };
  }
  // "Lind's first name" is not answered by the full name of someone beside her.
  const named = need === 'full-name' ? namesAsked(context, question) : [];
  // "How long did it take to put out the 2022 fire": the year the reader
  // names is no span, though a year ("since 2019") may be one.
  const yearsNamed =
    need === 'duration'
      ? yearsNamedIn(question)
      : // "What time did he arrive that night": nor the part of the day the reader names.
        need === 'time-of-day'
        ? partsOfDayNamedIn(question)
        : [];
  // "What year will they move back" is not answered by "on Wednesday evening".
  const yearAsked = (need === 'date' || need === 'exact-date') && asksForYear(foldText(question));
  // "When is the river expected to drop" is not answered by what will happen once it drops.
  const eventWords = need === 'date' ? eventWordsAsked(question, context.isFiller) : [];
  // "Why did Labour lose, according to Atkins": her remark gives her cause.
  const speaker = need === 'reason' ? accountSpeakerAsked(context, question) : null;
  // "Why did the walkout begin": "…began after drivers rejected an offer".
  const deed = need === 'reason' ? deedWordsOf(context, question) : null;
  // "How many naval bases" is not answered by "an air base and a naval base".
  const key = yearAsked
    ? `${need}:year`
    : counting !== null
      ? `${need}:${countedPhrase(question).join(' ')}`
      : named.length > 0
        ? `${need}:${named.join(' ')}`
        : yearsNamed.length > 0
          ? `${need}:${yearsNamed.join(' ')}`
          : need;
  // "How long was the queue": a length answers as well as a span.
  const lengthToo = need === 'duration' && asksLengthToo(question);
  const keyOfKind = lengthToo ? `${key}:length` : key;
  // What a unit holds of the kind asked is the same for every question of
  // the key, and kept for the next; what only this question's own words
  // decide (the event it asks the moment of, the deed or account it asks the
  // cause of) is read for this question alone. Keyed by those words, each
  // "when" and "why" read every unit afresh, a few milliseconds a question.
  const fitsByUnit = context.fitCache.get(keyOfKind);
  const holdsKind = (index: number) => {
    if (fitsByUnit[index] === UNKNOWN_FIT) {
      const unit = context.units[index];
      fitsByUnit[index] =
        unit !== undefined &&
        (fitsNeed(context, unit, need, counting, named, yearsNamed, yearAsked) ||
          (lengthToo &&
            !isGap(unit) &&
            givesLength(answerTextOf(unit), (text) =>
              context.answerTypes.canAnswer('distance', text),
            )))
          ? FITS
          : UNFIT;
    }
    return fitsByUnit[index] === FITS;
  };
  if (eventWords.length === 0 && deed === null && speaker === null) return holdsKind;
  const fitsThisQuestion = new Map<number, boolean>();
  let remarkFits: ((index: number) => boolean) | undefined;
  return (index) => {
    let fits = fitsThisQuestion.get(index);
    if (fits === undefined) {
      const unit = context.units[index];
      const kindHeld =
        unit !== undefined && eventWords.length > 0 && tellsOnceEvent(answerTextOf(unit))
          ? fitsNeed(context, unit, need, counting, named, yearsNamed, yearAsked, eventWords)
          : holdsKind(index);
      const held = kindHeld && (deed === null || !givesCauseOfOther(context, index, deed));
      if (!held && speaker !== null) remarkFits ??= remarkOfFit(context, speaker);
      fits =
        held ||
        remarkFits?.(index) === true ||
        (deed !== null &&
          (givesCauseOfDeed(context, index, deed) || saysWhyNotKnown(context, index)));
      fitsThisQuestion.set(index, fits);
    }
    return fits;
  };
}

/**
 * For a "how many" of a thing the article never names ("how many water
 * pickup spots" where it says "four distribution points"), whether a unit
 * gives an amount at all: no unit counts the reader's word, so every one
 * fails {@link needFit} alike and a sentence without any number would win
 * on shared words; this second condition keeps those with an amount ahead.
 * It holds wherever the counting one holds, so no unit that met every
 * condition stops meeting them: it orders the ranking, the decision to
 * answer stays as it was. Null for any other question, and for a thing the
 * article names, which is counted where it is or nowhere ("how many postal
 * votes" is not answered by another count of votes).
 */
function anyAmountFit(
  context: AskContext,
  question: string,
  need: AnswerNeed | null,
  counted: UnitFit,
): UnitFit {
  if (need !== 'quantity' || counted === null) return null;
  const thing = countedThing(question);
  if (thing === null || context.termsOfWord(thing).some((t) => context.index.hasTerm(t))) {
    return null;
  }
  const amount = needFit(context, question, need, false);
  return amount && ((unit) => counted(unit) || amount(unit));
}

/**
 * The people a "what is X's first name" names, each as the one word the
 * articles only ever write with a capital ("lind" of "linds"): whose
 * full name it asks for.
 */
function namesAsked(context: AskContext, question: string): string[] {
  return words(foldText(question)).flatMap((word) => {
    if (context.isFiller(word)) return [];
    if (context.isOnlyAName(word)) return [word];
    const bare = word.replace(/'?s$/, '');
    return bare !== word && bare.length >= MIN_NAME_LENGTH && context.isOnlyAName(bare)
      ? [bare]
      : [];
  });
}

/** Whether a question names one of the story's people: "how old is Evelyn Markham". */
function asksAgeOfPerson(context: AskContext, question: string): boolean {
  return namesAsked(context, question).some((word) => context.personNameWords.has(word));
}

/** Whether a unit's answer is the kind of fact asked for, the very thing counted included. */
function fitsNeed(
  context: AskContext,
  unit: AnswerUnit,
  need: AnswerNeed,
  counting: Counting | null,
  named: readonly string[],
  yearsNamed: readonly string[] = [],
  yearAsked = false,
  eventWords: readonly string[] = [],
): boolean {
  // A gap meets any need by saying the article does not, except a request no
  // article meets: a translation is simply not what the bot does.
  if (isGap(unit)) return need !== 'translation';
  // A generated pair's phrasings are templates, not written for this question:
  // its own answer must be the place or person asked for, as a sentence's is.
  if (unit.kind === 'qa' && SENTENCE_NEEDS.has(need)) {
    if (!unit.pair.generated) return need !== 'place' || editorsPairGivesPlace(context, unit.pair);
    // "Which places are mentioned": the list of places is one, whatever its names look like.
    if (listedKind(unit.pair) === need) return true;
    // What a speaker said is not where or by whom it was said.
    const quoted = quoteOfPair(unit.pair, unit.source)?.text;
    const own = quoted ? unit.pair.answer.replace(quoted, '') : unit.pair.answer;
    return context.answerTypes.canAnswer(need, own);
  }
  // A who's-who card is a person, a group or a place by its kind.
  if (unit.kind === 'entity' && SENTENCE_NEEDS.has(need)) {
    const kinds = ENTITY_KINDS_FOR[need as 'place' | 'person'];
    if (kinds.has(unit.entity.kind)) return true;
  }
  // A who's-who card gives a full name only in its own name, not in whom it mentions.
  const { answerTypes } = context;
  if (need === 'full-name') {
    return answerTypes.givesFullNameOf(
      named,
      unit.kind === 'entity' ? unit.entity.name : answerTextOf(unit),
    );
  }
  const text =
    need === 'time-of-day'
      ? withoutPartsOfDayNamed(answerTextOf(unit), yearsNamed)
      : need === 'date'
        ? withoutEventsAsked(
            foldText(withoutYearsNamed(answerTextOf(unit), yearsNamed)),
            eventWords,
          )
        : withoutYearsNamed(answerTextOf(unit), yearsNamed);
  // A year asked is given by a year, not a weekday; an editors' pair is trusted to meet its questions.
  if (yearAsked && !(unit.kind === 'qa' && !unit.pair.generated) && !givesYear(text)) return false;
  if (counting === null) {
    // "Why was the trip notable": a pair the editors wrote for a "why" of
    // its own ("why was the visit significant") answers it, though its
    // answer gives the reason without a word of cause; so for a "when":
    // "when did the aid matter most" is answered by the pair written for
    // "when was the aid especially important", whose "when" is "as the
    // floods reached the city", no date. Not a figure: "how far along are
    // the talks" asks no distance, and a pair written for it must not answer
    // "how far is the moon".
    if (SAID_IN_WORDS.has(need) && unit.kind === 'qa' && !unit.pair.generated) {
      if (unit.pair.questions.some((q) => answerTypes.need(q) === need)) return true;
    }
    return answerTypes.canAnswer(need, text);
  }
  // "Britain, France and Germany" counts countries as well as "three" would.
  return (
    countedPhrasesOf(unit, text).some(
      // "How many staff work at the zoo": not "1,800 visitors and staff".
      (phrase) => counting.isCounted(phrase) && !countsOnlyTogether(phrase, text, counting),
    ) || answerTypes.enumerates(text, counting)
  );
}

/**
 * Whether an editors' pair can answer a "where": one of its own questions
 * asks where, or its answer gives a place. Editors' pairs are trusted to meet
 * their own questions, not every "where" their words match: "where did she
 * make these comments" is not answered by what prompted the comments.
 * Read once per pair.
 */
function editorsPairGivesPlace(context: AskContext, pair: QaPair): boolean {
  let gives = pairGivesPlace.get(pair);
  if (gives === undefined) {
    const { answerTypes } = context;
    gives =
      pair.questions.some((q) => answerTypes.need(q) === 'place') ||
      answerTypes.canAnswer('place', pair.answer.replace(ATTRIBUTION_OPENING, ''));
    pairGivesPlace.set(pair, gives);
  }
  return gives;
}

const pairGivesPlace = new WeakMap<QaPair, boolean>();
/** "According to the Courier, …": the outlet an answer opens on is no place it gives. */
const ATTRIBUTION_OPENING = /^according to [^,]+, /i;

/**
 * {@link countedPhrases} of a unit's answer text, read once per unit: every
 * "how many" counting something new weighs the same answers again.
 */
function countedPhrasesOf(unit: AnswerUnit, text: string): readonly string[] {
  let phrases = countedPhrasesRead.get(unit);
  if (phrases === undefined) {
    phrases = countedPhrases(text);
    countedPhrasesRead.set(unit, phrases);
  }
  return phrases;
}

const countedPhrasesRead = new WeakMap<AnswerUnit, readonly string[]>();

/**
 * What a unit answers with, for a condition that holds the article's own
 * words to the question; null for a curated pair, written for its questions
 * and trusted to meet them, and for a gap, which says what is left open.
 */
function ownTextOf(context: AskContext, unit: number): string | null {
  const found = context.units[unit];
  if (!found || isGap(found) || (found.kind === 'qa' && !found.pair.generated)) return null;
  return answerTextOf(found);
}

/**
 * The "rescued by boat" slots of a unit's own text: read once per unit, since
 * a question saying how something was done asks it of every unit it matched.
 */
function contrastSlotsOf(context: AskContext, unit: number): readonly Slot[] | null {
  let slots = context.contrastSlots.get(unit);
  if (slots === undefined) {
    const text = ownTextOf(context, unit);
    slots = text === null ? null : slotsIn(text, context.isFiller);
    context.contrastSlots.set(unit, slots);
  }
  return slots;
}

/**
 * The people a unit's article text gives, each as its words: read once per
 * unit, since a "who" asks it of every unit it matched.
 */
function peopleGivenBy(context: AskContext, unit: number): PeopleGiven | null {
  let people = context.peopleGiven.get(unit);
  if (people === undefined) {
    const found = context.units[unit];
    // The headline pair gives the people its headline names: its byline
    // wrote the article, and is no one of its news ("who's the conductor
    // that quit" is not answered by "…after conductor quits…, by Eleanor
    // Pryce"). A headline opening on who says it ("Police: …", "MFA: …")
    // gives that one.
    const headline =
      found?.kind === 'qa' && isHeadlinePair(found.pair) ? found.source.source.title : null;
    const text = headline ?? articleTextFor(context, unit) ?? curatedTextForWho(context, unit);
    const speaker = headline === null ? null : HEADLINE_SPEAKER.exec(headline)?.[1];
    people =
      text === null
        ? null
        : {
            all: [
              ...context.answerTypes.peopleIn(text).map((name) => words(name)),
              ...(speaker ? [words(speaker)] : []),
            ],
            named: [
              ...context.answerTypes.namesIn(text).map((name) => words(name)),
              ...(speaker ? [words(speaker)] : []),
            ],
          };
    context.peopleGiven.set(unit, people);
  }
  return people;
}

/** Who a headline says its words are from, in headline style: "MFA: …", "Police chief: …". */
const HEADLINE_SPEAKER = /^((?:\S+ ){0,2}\S+):\s/u;

/**
 * The article's own words a unit answers with, held to what a question asks
 * of them: a sentence, or a pair made from the article's structure (a list
 * of names aside, which is the kind of fact it lists). Null for a curated
 * pair, a gap, or a who's-who card, made for the one it names.
 */
function articleTextFor(context: AskContext, unit: number): string | null {
  const found = context.units[unit];
  if (found?.kind === 'entity') return null;
  if (found?.kind === 'qa' && isListPair(found.pair)) return null;
  return ownTextOf(context, unit);
}

/**
 * The text a unit tells a cause in, as {@link articleTextFor}, save a pair
 * that cites the article only to ground its answer ("The Courier published
 * the article on…", then the lead): the lead's cause is not its answer's.
 */
function causeTextFor(context: AskContext, unit: number): string | null {
  const found = context.units[unit];
  if (found?.kind === 'qa' && citesOnlyToGround(found.pair)) return null;
  return articleTextFor(context, unit);
}

/**
 * The folded words naming whose account of a cause a "why" asks for: the one
 * a "what did X say about why" asks about, or the one "according to",
 * "per" or "X say why" names (`account-asked.ts`); null when it asks none.
 * Their filler words aside: "the ceo" is named by "ceo".
 */
function accountSpeakerAsked(context: AskContext, question: string): readonly string[] | null {
  const { answerTypes } = context;
  const speaker = answerTypes.asksWhatWasSaid(question)
    ? answerTypes.speakerAsked(question)
    : accountSpeaker(question);
  return speaker === null ? null : speaker.filter((word) => !context.isFiller(word));
}

/** The words of a "why" that say what it asks the cause of: its own words, filler and question words aside. */
function deedWordsOf(context: AskContext, question: string): readonly string[] {
  return words(foldText(question)).filter(
    (word) => !context.isFiller(word) && !QUESTION_WORDS.has(word),
  );
}

/**
 * Whether a unit from the article tells the cause of the deed a "why" asks
 * about by the event the deed followed ("shut at midnight after water
 * reached its deck", `event-cause.ts`).
 */
function givesCauseOfDeed(context: AskContext, index: number, deed: readonly string[]): boolean {
  const text = causeTextFor(context, index);
  return (
    text !== null &&
    causeReadingOf(context, index).tellsEventCause &&
    givesCauseByEvent(text, deed, context.termsOfWord)
  );
}

/**
 * What a unit's own text says of causes, whatever the question: a "why"
 * weighs every unit it ranks, each its own deed, so what the text alone
 * decides is read once per unit.
 */
interface CauseReading {
  /** Whether it tells a cause by the event something followed (`event-cause.ts`). */
  tellsEventCause: boolean;
  /** Whether it says that why something happened is not known. */
  whyNotKnown: boolean;
  /** Its word of cause, as general English's reason cues read it, if any. */
  cue: { at: number; cue: string } | null;
}

function causeReadingOf(context: AskContext, index: number): CauseReading {
  const unit = context.units[index];
  const kept = unit === undefined ? undefined : causeReadings.get(unit);
  if (kept !== undefined) return kept;
  const text = causeTextFor(context, index);
  const reading: CauseReading =
    text === null
      ? { tellsEventCause: false, whyNotKnown: false, cue: null }
      : {
          tellsEventCause: eventCauseIn(text) !== null,
          whyNotKnown: SAYS_WHY.test(foldText(text)) && context.tellsNotKnown(text),
          cue: context.answerTypes.reasonCueIn(text),
        };
  if (unit !== undefined) causeReadings.set(unit, reading);
  return reading;
}

/** Each unit's {@link CauseReading}; keyed by the unit, so it lives as long as its engine. */
const causeReadings = new WeakMap<AnswerUnit, CauseReading>();

/**
 * Whether a unit from the article says that why something happened is not
 * known ("It remains unclear… why some residents received no text alert"):
 * the honest answer to a "why" the article leaves open.
 */
function saysWhyNotKnown(context: AskContext, index: number): boolean {
  return causeReadingOf(context, index).whyNotKnown;
}

/** "Why" inside a text: the cause it speaks of. */
const SAYS_WHY = /\bwhy\b/;

/**
 * Whether a unit from the article gives its word of cause of something the
 * deed a "why" asks about led to, not of the deed ("why did the valve fail":
 * "traced the contamination to a failed valve", `event-cause.ts`).
 */
function givesCauseOfOther(context: AskContext, index: number, deed: readonly string[]): boolean {
  const { cue } = causeReadingOf(context, index);
  const text = cue === null ? null : causeTextFor(context, index);
  return text !== null && cue !== null && !givesCauseOfAsked(text, cue, deed, context.termsOfWord);
}

/**
 * For a "why" asking for someone's account of a cause, whether a unit is a
 * remark of theirs: it reports speech and names them (or the question names
 * no one). Another's remark is not their account: "why did he sign up,
 * according to his wife" is not answered by what a doctor said of the
 * trial. Where the story has them give a cause in words of cause anywhere
 * ("Officials blamed a mix of heavy rain and melting snow" for "what caused
 * the flooding according to officials"), that is their account, and no
 * other remark of theirs is: then never. A curated pair, a gap, a card or a
 * list answers as its own kind of fact.
 */
function remarkOfFit(context: AskContext, speaker: readonly string[]): (index: number) => boolean {
  const { answerTypes, units } = context;
  const namesSpeaker = speakerNamer(context, speaker);
  const textOf = (index: number) => causeTextFor(context, index);
  const givesCause = units.some((_, index) => {
    const text = textOf(index);
    return text !== null && namesSpeaker(index) && answerTypes.canAnswer('reason', text);
  });
  if (givesCause) return () => false;
  return (index) => {
    const text = textOf(index);
    return text !== null && answerTypes.reportsSpeech(text) && namesSpeaker(index);
  };
}

/**
 * Whether a unit names the one a question asks after, by the last of the
 * words naming them ("officer" of "the returning officer", "director" of
 * "the emergency management director": who they are, their other words say
 * of what). Where the story never uses that word ("prez"), no unit does: a
 * remark naming only their other words ("The union says…") is most often
 * someone else's. Every unit names no one asked.
 */
function speakerNamer(context: AskContext, speaker: readonly string[]): (index: number) => boolean {
  const head = speaker.at(-1);
  if (head === undefined) return () => true;
  const terms = context.termsOfWord(head).filter((term) => context.index.hasTerm(term));
  return (index) => {
    const held = context.termsOfUnit(index);
    return terms.some((term) => held.has(term));
  };
}

/** Kinds of fact an answer can give in words of its own: a cause, a moment ("as the floods reached the city"). */
const SAID_IN_WORDS: ReadonlySet<AnswerNeed> = new Set<AnswerNeed>(['reason', 'date']);

/**
 * A curated pair's answer, held to giving someone a "who" does not name,
 * when none of its own questions asks who: "does the mayor want the
 * library closed" does not answer "who wants the library closed, according
 * to the mayor".
 * Null for a pair written for a "who", a gap or a list, trusted to meet it.
 */
function curatedTextForWho(context: AskContext, unit: number): string | null {
  const found = context.units[unit];
  if (found?.kind !== 'qa' || found.pair.generated || isGap(found) || isListPair(found.pair)) {
    return null;
  }
  return context.asksWho(unit) ? null : answerTextOf(found);
}

/**
 * A question that quotes the article ("what did he mean by 'in the way that
 * some wish'") is about the words it quotes: answers must hold them. A quote
 * no ranked answer holds sets no condition.
 */
function quotedWordsFit(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
): UnitFit {
  const quoted = quotedSpans(question);
  if (quoted.length === 0) return null;
  const holds = (index: number) => {
    const unit = context.units[index];
    const text = unit ? foldText(answerTextOf(unit)) : '';
    return quoted.some((span) => text.includes(span));
  };
  return ranked.some((r) => holds(r.unit)) ? holds : null;
}

/**
 * A list of the article's people, places or dates answers a question asking
 * for many ("which people are mentioned", "what dates come up"), or words
 * that are all its own ("key dates"). A remark that shares one word with it
 * and says something else ("people are so weird", "my date stood me up lol")
 * asks for no list, nor does a question after one fact ("what date is the
 * final": the final is not in the list of dates), nor a "which" after a
 * kind of thing the list does not name ("which subjects").
 */
function listFit(context: AskContext, question: string, terms: readonly QueryTerm[]): UnitFit {
  const folded = foldText(question);
  if (terms.some((t) => t.isQuestionWord) && ASKS_FOR_MANY.test(folded)) return null;
  const asked = askedWords(terms);
  if (asked.length === 0) return null;
  // The kind asked for and the words typed are read on the first list that
  // holds every word asked: a long question is held back by a missing word
  // from every list, and reading its kind cost more than the rest of the fit.
  let kindTerms: readonly string[] | null | undefined;
  let typed: readonly string[] | undefined;
  return (index) => {
    const unit = context.units[index];
    if (unit?.kind !== 'qa' || !isListPair(unit.pair)) return true;
    const own = context.termsOfUnit(index);
    for (const group of asked) if (!holdsWord(own, group)) return false;
    // "Which subjects did they look at" asks for subjects: the list of places,
    // reached by a word WordNet relates to "subjects", does not hold the kind.
    if (kindTerms === undefined) {
      const kind = context.namedKinds.kindAskedFor(question, context.isFiller);
      kindTerms = kind === null ? null : context.termsOfWord(kind);
    }
    if (kindTerms !== null && kindTerms.length > 0 && !kindTerms.some((t) => own.has(t))) {
      return false;
    }
    // Stemming reads "date" as "dates": a question naming the listed kind in
    // the singular ("what date is the article") asks for one fact, not the list.
    const plurals = pluralsOf(unit);
    typed ??= words(folded);
    return !typed.some((word) => plurals.has(word));
  };
}

/**
 * The words a list pair's own question names in the plural ("What dates
 * does the article mention?": "dates"), each as its singular: the kind of
 * thing it lists. Read once per pair.
 */
function pluralsOf(unit: AnswerUnit & { kind: 'qa' }): ReadonlySet<string> {
  let found = pluralsRead.get(unit);
  if (found === undefined) {
    const said = new Set(words(foldText(unit.pair.questions[0] ?? '')));
    const singulars = new Set<string>();
    for (const word of said) {
      const singular = regularSingular(word);
      if (singular !== null && singular.length >= 3 && !said.has(singular)) singulars.add(singular);
    }
    found = singulars;
    pluralsRead.set(unit, found);
  }
  return found;
}

/** Each list pair's {@link pluralsOf}; keyed by the unit, so it lives as long as its engine. */
const pluralsRead = new WeakMap<AnswerUnit, ReadonlySet<string>>();

/** Words that ask for many things at once, which is what a list of them tells. */
const ASKS_FOR_MANY =
  /\b(?:all|list|every|each|any|other|dates|days|years|times|places|locations|areas|towns|countries|people|persons|names|everyone|figures|numbers|stats|statistics|organi[sz]ations|groups|bodies|companies|who(?:'s|s)?\s+who|mentioned|named|quoted)\b/;

/**
 * The article's own words a unit answers with, where they tell the fact
 * itself: a sentence, or the sentence a pair made from a dated event cites.
 * Null for curated pairs, quotes and cards, written or made for their own questions.
 */
function articleWordsOf(unit: AnswerUnit | undefined): readonly string[] | null {
  if (unit === undefined) return null;
  // The same few leading units come up question after question: split once.
  let read = articleWordsRead.get(unit);
  if (read === undefined) {
    const text = articleTextOf(unit);
    read = text === null ? null : words(text);
    articleWordsRead.set(unit, read);
  }
  return read;
}

/** Each unit's article words, once split; keyed by the unit, so it lives as long as its engine. */
const articleWordsRead = new WeakMap<AnswerUnit, readonly string[] | null>();

/** The text {@link articleWordsOf} splits. */
function articleTextOf(unit: AnswerUnit): string | null {
  if (unit.kind === 'sentence') return unit.sentence.text;
  if (unit.kind !== 'qa' || !unit.pair.generated || unit.pair.quote !== undefined) return null;
  if (isArticleWidePair(unit.pair)) return null;
  const excerpts = unit.pair.citations.flatMap((c) => (c.excerpt ? [c.excerpt] : []));
  return excerpts.length > 0 ? excerpts.join(' ') : null;
}

/** Kinds of who's-who card that are what a "who" or a "where" asks for. */
const ENTITY_KINDS_FOR: Record<'place' | 'person', ReadonlySet<string>> = {
  person: new Set(['person', 'organization', 'country']),
  place: new Set(['place', 'country']),
};

/** A shorter word left by taking an "s" off ("is" → "i") is no one's name. */
const MIN_NAME_LENGTH = 3;

/** Questions can name anything counted, so the fit cache keeps this many needs at most. */
const FIT_CACHE_LIMIT = 200;

/** An empty {@link AskContext.fitCache} for a story of `units` answer units. */
export function emptyFitCache(units: number): BoundedMemo<string, Uint8Array> {
  return new BoundedMemo(FIT_CACHE_LIMIT, () => new Uint8Array(units));
}
const UNKNOWN_FIT = 0;
const FITS = 1;
const UNFIT = 2;

/** Whether two words are one word as the index reads them ("owns", "owned"): the same, or sharing a term. */
export function sameWordIn(context: AskContext, a: string, b: string): boolean {
  return a === b || context.termsOfWord(a).some((t) => context.termsOfWord(b).includes(t));
}

/** What a unit answers with: its answer and the article's words behind it. */
export function answerTextOf(unit: AnswerUnit): string {
  switch (unit.kind) {
    case 'qa': {
      // Every check of every question weighing a pair reads it: joined once.
      let text = pairTexts.get(unit);
      if (text === undefined) {
        text = [unit.pair.answer, ...unit.pair.citations.map((c) => c.excerpt ?? '')].join(' ');
        pairTexts.set(unit, text);
      }
      return text;
    }
    case 'entity':
      return unit.entity.description;
    case 'sentence':
      return unit.sentence.text;
  }
}

/** Each pair's {@link answerTextOf}, joined once; keyed by the unit, so it lives as long as its engine. */
const pairTexts = new WeakMap<AnswerUnit, string>();

type Grounded = Pick<Answer, 'answer' | 'quote' | 'citation' | 'match'>;

function groundedAnswer({ grounding }: AskContext, unit: AnswerUnit): Grounded {
  switch (unit.kind) {
    case 'qa': {
      const { pair, source } = unit;
      const directQuote = quoteOfPair(pair, source);
      const firstCitation = pair.citations[0];
      const passage = directQuote?.passage ?? firstCitation?.passage ?? 1;
      return {
        answer: unit.shown ?? pair.answer,
        quote: directQuote
          ? grounding.directQuote(source, directQuote)
          : firstCitation
            ? grounding.articleQuote(source, firstCitation)
            : null,
        citation: grounding.citation(source, passage),
        match: { kind: 'qa', id: pair.id },
      };
    }
    case 'entity': {
      const { entity, source } = unit;
      const firstCitation = entity.citations[0];
      return {
        answer: `According to ${source.source.outlet}: ${entity.name} — ${unit.shown ?? entity.description}`,
        quote: firstCitation ? grounding.articleQuote(source, firstCitation) : null,
        citation: grounding.citation(source, firstCitation?.passage ?? 1),
        match: { kind: 'entity', id: entity.id },
      };
    }
    case 'sentence': {
      const { source, passage, text, personMeant } = unit.sentence;
      const quote = grounding.sentenceQuote(source, passage, text);
      return {
        answer: `${source.source.outlet} reports: ${sayingWho(text, personMeant, quote)}`,
        quote,
        citation: grounding.citation(source, passage),
        match: { kind: 'sentence', id: `${source.source.id}#${passage}` },
      };
    }
  }
}

/**
 * A sentence with whom its opening "he" or "she" means named (`personNamed`):
 * a reader asking "who" is otherwise told only "she"; the verbatim quote
 * beside it stays as the article words it. Left as it is when its quote is
 * someone else's words: the two would name different people.
 */
function sayingWho(
  text: string,
  personMeant: PersonMeant | undefined,
  quote: SupportingQuote,
): string {
  if (personMeant === undefined) return text;
  if (quote.kind === 'direct' && quote.speaker !== personMeant.name) return text;
  return personNamed(text, personMeant);
}

/**
 * Other answers scoring within a hair of the best: "did you mean…". One
 * that shows the sentence the answer quotes would only repeat it.
 */
function nearTies(
  context: AskContext,
  ranked: readonly RankedUnit[],
  chosen: number,
): OfferedQuestion[] {
  const top = ranked[0]?.score ?? 0;
  const showsSomethingNew = newFactFilter(context, context.shown.of(chosen));
  const offers: OfferedQuestion[] = [];
  for (const r of offerable(context, ranked, context.units[chosen])) {
    if (offers.length === DECISION.maxAlternatives) break;
    if (r.score < top - DECISION.nearTieMargin || r.score < context.answerThreshold) continue;
    if (!showsSomethingNew(r.unit)) continue;
    // Offered back, a question ranking the chosen answer first would only give
    // it again: a pair generated for the byline beside the editors' own.
    if (titleWinner(context, r.unit) === chosen) continue;
    offers.push({ question: r.title, confidence: roundConfidence(r.score) });
  }
  return offers;
}

/** The unit a unit's own question ranks first: read once, since titles never change. */
function titleWinner(context: AskContext, unit: number): number | undefined {
  if (context.titleWinners.has(unit)) return context.titleWinners.get(unit);
  const title = context.units[unit]?.title ?? '';
  const winner = context.ownQuestions.get(title) ?? rankFor(context, title).ranked[0]?.unit;
  context.titleWinners.set(unit, winner);
  return winner;
}

/** The reply to a question the story's text does not answer. */
function notSaid(context: AskContext): string {
  return `${context.notCoveredBy} does not say. It covers other things about this story; try one of the suggestions.`;
}

/** The reply to a message naming nothing to look up: what the bot answers about. */
function nothingToLookUp(context: AskContext): string {
  return `${context.answersAbout} I found nothing in that to look up: try one of the suggestions.`;
}

/**
 * An abstention: `unknown`, with no quote, replying `reply` and offering
 * what the question's ranking leads to (the story's featured questions
 * when nothing ranked).
 *
 * @param suggest whether to offer suggestions (see {@link AskOptions})
 */
function unknownAnswer(
  context: AskContext,
  read: QuestionReading,
  reply: string,
  suggest: boolean,
): Answer {
  return {
    question: read.question,
    status: 'unknown',
    answer: reply,
    quote: null,
    citation: null,
    confidence: roundConfidence(read.ranked[0]?.score ?? 0),
    match: null,
    alternatives: [],
    suggestions: offersFor(context, read, suggest),
  };
}

/** What an unanswered question is offered instead, each one leading to an answer. */
function offersFor(
  context: AskContext,
  read: QuestionReading,
  suggest: boolean,
): Answer['suggestions'] {
  if (!suggest) return [];
  const { plain, ranked, terms, need } = read;
  return suggestionsFor(context, plain, ranked, terms, need, (unit) =>
    leadsToAnswer(context, unit),
  );
}

/**
 * A question the article leaves open, recognised as such: still `unknown`,
 * but saying what is missing and quoting what the article does say.
 */
function gapAnswer(
  context: AskContext,
  read: QuestionReading,
  unit: AnswerUnit,
  score: number,
  suggest: boolean,
): Answer {
  return {
    question: read.question,
    status: 'unknown',
    ...groundedAnswer(context, unit),
    confidence: roundConfidence(score),
    alternatives: [],
    suggestions: offersFor(context, read, suggest),
  };
}

/**
 * Whether asking a unit's own question gets an answer: a suggestion that,
 * clicked, says "the article does not say" ("What happened today?" read
 * as chat, a quote opening "You knew…" read as talk to the bot) is a dead
 * end, and a reader who tries the first three loses a slot to it. Asked
 * once per unit and kept.
 */
function leadsToAnswer(context: AskContext, unit: number): boolean {
  let known = titlesAnswered.get(context);
  if (known === undefined) {
    known = new Uint8Array(context.units.length);
    titlesAnswered.set(context, known);
  }
  if (known[unit] === UNKNOWN_FIT) {
    const title = context.units[unit]?.title;
    // Only whether it is answered matters: its own suggestions are not
    // made, so checking one title never asks another (no chain of asks
    // through a large story's units, no deep stack).
    known[unit] =
      title !== undefined && ask(context, title, { suggest: false }).status === 'answered'
        ? FITS
        : UNFIT;
  }
  return known[unit] === FITS;
}

/** Per story, whether each unit's own question gets an answer (see {@link leadsToAnswer}). */
const titlesAnswered = new WeakMap<AskContext, Uint8Array>();

/**
 * Known questions for what a reader is typing: the curated pairs and who's
 * who that best match it, or the featured ones before anything is typed.
 */
export function completeQuestion(context: AskContext, partial: string, limit = 25): string[] {
  const typed = tidy(String(partial ?? '')).slice(0, MAX_QUESTION_CHARS);
  if (typed === '') return context.featured.slice(0, limit);
  const { index } = context;
  // Unknown words are usually still being typed: rank on the known ones, plus
  // the likeliest completions of the last word ("petr" → "petrova").
  const known = index.analyze(typed).filter((t) => index.hasTerm(t.term));
  const lastWord = words(typed).at(-1) ?? '';
  const completions = /\s$/.test(partial)
    ? []
    : index.wordsStartingWith(lastWord, COMPLETIONS_PER_WORD);
  const terms = [...known, ...completions.flatMap((word) => index.analyze(word))];
  const offered = offerable(context, index.rank(terms), undefined)
    .filter((r) => r.score >= DECISION.suggestionFloor)
    .map((r) => r.title);
  if (offered.length > 0) return offered.slice(0, limit);
  const needle = typed.toLowerCase();
  const containing = context.units.flatMap((u) =>
    u.kind !== 'sentence' && !isGap(u) && u.title.toLowerCase().includes(needle) ? [u.title] : [],
  );
  return [...new Set([...containing, ...context.featured])].slice(0, limit);
}

/** How many completions of a half-typed word join the autocomplete query. */
const COMPLETIONS_PER_WORD = 3;

function roundConfidence(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
