import type { AskedClauses } from './asked-clause.ts';
import type { EarlierTimeAsked } from './before-asked.ts';
import type { BoundedMemo } from './bounded-memo.ts';
import type { Slot } from './contrast.ts';
import type { WhatItIs } from './copular.ts';
import type { ShownSentences } from './facts.ts';
import type { FutureQuestions } from './future.ts';
import type { PeopleGiven } from './gives-other.ts';
import type { Grounding } from './grounding.ts';
import type { AnswerTypes } from './intent.ts';
import type { LeadingChat } from './leading-chat.ts';
import type { NameSlips } from './name-slips.ts';
import type { NamedKinds } from './named-kind.ts';
import type { CuratedOnly } from './only.ts';
import type { OpenPointsQuestions } from './open-points-asked.ts';
import type { NamedPeople } from './people.ts';
import type { RolesHeld } from './role-stands-for.ts';
import type { EventClauses } from './sequel.ts';
import type { TermIndex } from './term-index.ts';
import type { TrailingChat } from './trailing-chat.ts';
import type { AnswerUnit } from './units.ts';
import type { WhetherQuestions } from './untold.ts';

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
   * Whether a text tells a fact untold right before the question words
   * given, a pattern ("did not say how many…", `notToldEchoer` in `untold.ts`).
   */
  tellsNotToldAs: (text: string, asked: string) => boolean;
  /** What a text tells is not known, folded: its words after the cue (`notKnownPartReader`, `untold.ts`). */
  notKnownPart: (text: string) => string | null;
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
  /** A word as the index reads it before stemming: an irregular form's base, a British spelling's American one. */
  baseOf: (word: string) => string;
  /** A word's stem as the index reads it, an irregular form read as its base ("said" → "say"). */
  stemOf: (word: string) => string;
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
  /** The one person a role typed in a question stands for (`role-stands-for.ts`). */
  rolesHeld: RolesHeld;
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
  /** The article's lead sentence unit, in a story of one article (`event-asked.ts`). */
  leadSentence: number | undefined;
  /** Whether a question asks what the story leaves open (`open-points.ts`). */
  openPoints: OpenPointsQuestions;
}
