import type { AskContext } from './ask-context.ts';
import { EVERYDAY_ENGLISH_WORDS } from './common-words.ts';
import type { AnswerNeed } from './intent.ts';
import { keptShapes } from './kept-shapes.ts';
import { keptForLastCall } from './last-call.ts';
import { askedWords, type QueryTerm, termsAsked } from './query-terms.ts';
import { type ListedFact, listedFact } from './structure/generate.ts';
import type { RankedUnit } from './term-index.ts';
import { DECISION } from './tuning.ts';
import { type AnswerUnit, quoteOfPair } from './units.ts';

/** A curated pair for a question the article does not answer. */
export function isGap(unit: AnswerUnit): boolean {
  return unit.kind === 'qa' && unit.pair.gap === true;
}

/** A ranked unit that can be offered, and the question that asks for it. */
export interface Offer {
  unit: number;
  title: string;
  score: number;
}

/**
 * Ranked units that can be offered as a question: curated pairs and who's
 * who, once each. Gap pairs are never offered: their answer is "it does not say".
 */
export function offerable(
  { units }: AskContext,
  ranked: readonly RankedUnit[],
  exclude: AnswerUnit | undefined,
): Offer[] {
  const seen = new Set<string>(exclude ? [exclude.title] : []);
  const offers: Offer[] = [];
  for (const { unit: index, score } of ranked) {
    const unit = units[index];
    if (
      !unit ||
      (unit.kind === 'sentence' && !unit.offered) ||
      isGap(unit) ||
      seen.has(unit.title)
    ) {
      continue;
    }
    seen.add(unit.title);
    offers.push({ unit: index, title: unit.title, score });
  }
  keptShapes.offers = offers;
  return offers;
}

/**
 * What to offer when the engine abstains: the closest answerable questions,
 * best first, then the featured ones (see {@link featuredFor}).
 *
 * - A reader tries the first few in turn, so each slot must lead to
 *   something new: a question whose answer shows a sentence already shown by
 *   one before it (a speaker's quote and "More on" the sentence holding it)
 *   is left out.
 * - Below `DECISION.suggestionFloor` a question is offered only when it is on
 *   the reader's subject (see {@link weakMatchTerms}): a near miss on a story
 *   word the reader typed helps, a sentence that merely shares "new" or a
 *   stand-in for "journo" does not, so off-topic chat keeps the
 *   article-wide questions.
 * - A slot that matches only words of the question the slots before it
 *   already match is another guess at the same reading; a close runner-up
 *   matching a word none of them does is a guess at another, and takes the
 *   slot (see {@link pickDiverse}).
 * - A question that, asked, would not be answered is never offered
 *   (`leadsToAnswer`): clicking it would only abstain again.
 */
export function suggestionsFor(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
  leadsToAnswer: (unit: number) => boolean,
  wordsSaidBy: (unit: number) => readonly string[],
): string[] {
  const candidates: Offer[] = [];
  let subject: readonly string[] | undefined;
  for (const offer of offerable(context, ranked, undefined)) {
    if (!leadsToAnswer(offer.unit)) continue;
    if (offer.score < DECISION.suggestionFloor) {
      subject ??= weakMatchTerms(context, question, terms);
      // Offers come best first: none further down can be on the subject either.
      if (subject.length === 0) break;
      const own = context.termsOfUnit(offer.unit);
      if (!subject.some((term) => own.has(term))) continue;
    }
    candidates.push(offer);
  }
  const offered = pickDiverse(
    context,
    candidates,
    terms,
    quotesAllowed(context, question, terms),
  ).map((offer) => offer.title);
  const titles = new Set([
    ...withAskedList(context, question, need, offered),
    ...featuredFor(context, need, ranked),
  ]);
  // Nothing close and none of the article-wide questions matched: they keep
  // the order they were given in (see {@link featuredFor}). Matched, they
  // come in the order they fit, and one repeating those before it goes after
  // the rest there too ("Who is quoted in the article?" after the people).
  const wide = [...titles];
  if (offered.length === 0 && wide.every((title, at) => title === context.featured[at])) {
    return wide.slice(0, DECISION.maxSuggestions);
  }
  return sayingSomethingNew(context, wide, wordsSaidBy);
}

/**
 * Up to `DECISION.maxSuggestions` of the titles, in order, save that one
 * whose answer says little the answers of those before it have not said, at
 * least `DECISION.sameAnswerShare` of its words, goes after the rest ("Who is
 * quoted in the article?" after "Who are the people in the article?", "When
 * was this article published?" after the outlet's byline, a speaker's quote
 * after "More on" the sentence holding most of it). A reader who tries the
 * first three should meet three answers.
 */
function sayingSomethingNew(
  context: AskContext,
  titles: Iterable<string>,
  wordsSaidBy: (unit: number) => readonly string[],
): string[] {
  return newBeforeRepeated(
    titles,
    (title) => {
      const unit = context.ownQuestions.get(title);
      return unit === undefined ? [] : wordsSaidBy(unit);
    },
    DECISION.maxSuggestions,
  );
}

/**
 * Up to `limit` of the titles, in order, save that one whose answer's words
 * (`wordsOf`) the answers of those kept before it already say, at least
 * `DECISION.sameAnswerShare` of them, goes after the rest: tried in turn, it
 * would tell the reader nothing new.
 */
export function newBeforeRepeated(
  titles: Iterable<string>,
  wordsOf: (title: string) => readonly string[],
  limit: number,
): string[] {
  const kept: string[] = [];
  const repeating: string[] = [];
  const said = new Set<string>();
  for (const title of titles) {
    if (kept.length === limit) break;
    const own = wordsOf(title);
    if (kept.length > 0 && own.length > 0) {
      let old = 0;
      for (const word of own) if (said.has(word)) old++;
      if (old >= DECISION.sameAnswerShare * own.length) {
        repeating.push(title);
        continue;
      }
    }
    kept.push(title);
    for (const word of own) said.add(word);
  }
  return [...kept, ...repeating].slice(0, limit);
}

/**
 * The offers, with the article's list of the kind of fact the question asks
 * for moved up to `DECISION.askedListSlot` when they would push it past it:
 * "when did the stealing start" is answered by one of the article's dates,
 * and a reader who tries the first few offers should meet them all.
 */
function withAskedList(
  context: AskContext,
  question: string,
  need: AnswerNeed | null,
  offered: readonly string[],
): readonly string[] {
  const list = listAsked(context, need);
  if (list === undefined) return offered;
  // "When will the power be back on": a time still to come is seldom one of
  // the article's dates ("it is not known when"); the sentences saying so are.
  if (need !== null && LISTED_FACT_OF[need] === 'date' && context.future.asks(question)) {
    return offered;
  }
  const at = offered.indexOf(list);
  if (at >= 0 && at <= DECISION.askedListSlot) return offered;
  if (offered.length < DECISION.askedListSlot) return offered;
  const others = offered.filter((title) => title !== list);
  return [
    ...others.slice(0, DECISION.askedListSlot),
    list,
    ...others.slice(DECISION.askedListSlot),
  ];
}

/**
 * Up to `DECISION.maxSuggestions` of the candidates, best first, one per
 * fact. When the next best matches no word of the question that the offers
 * before it leave unmatched ("how did the council react to the mayor's
 * resignation", three sentences on the mayor), the first candidate within
 * `DECISION.diversityShare` of its score that does match one (the council)
 * is offered in its place. No more than `perSpeaker` of them are one
 * speaker's quotes (see {@link quotesAllowed}).
 */
function pickDiverse(
  context: AskContext,
  candidates: readonly Offer[],
  terms: readonly QueryTerm[],
  perSpeaker: (speaker: string) => number,
): Offer[] {
  const asked = [...termsAsked(terms)];
  const matchedBy = (offer: Offer) => {
    const own = context.termsOfUnit(offer.unit);
    return asked.filter((term) => own.has(term));
  };
  const picked: Offer[] = [];
  const shown = new Set<string>();
  const matched = new Set<string>();
  // Asked of many candidates per question: one loop, no list of matches built.
  const addsWord = (offer: Offer) => {
    const own = context.termsOfUnit(offer.unit);
    for (const term of asked) if (own.has(term) && !matched.has(term)) return true;
    return false;
  };
  const taken = new Set<Offer>();
  const quotesOf = new Map<string, number>();
  const speakerFull = (offer: Offer) => {
    const speaker = speakerOf(context.units[offer.unit]);
    return speaker !== null && (quotesOf.get(speaker) ?? 0) >= perSpeaker(speaker);
  };
  // Read lazily: a question may have hundreds of candidates and only three are picked.
  const open = (offer: Offer) =>
    !taken.has(offer) &&
    !context.shown.of(offer.unit).some((s) => shown.has(s)) &&
    !speakerFull(offer);
  while (picked.length < DECISION.maxSuggestions) {
    const first = candidates.findIndex(open);
    let next = candidates[first];
    if (next === undefined) break;
    if (picked.length > 0 && !addsWord(next)) {
      const floor = DECISION.diversityShare * next.score;
      for (let at = first + 1; at < candidates.length; at++) {
        const offer = candidates[at];
        if (offer !== undefined && offer.score >= floor && open(offer) && addsWord(offer)) {
          next = offer;
          break;
        }
      }
    }
    picked.push(next);
    taken.add(next);
    const speaker = speakerOf(context.units[next.unit]);
    if (speaker !== null) quotesOf.set(speaker, (quotesOf.get(speaker) ?? 0) + 1);
    for (const sentence of context.shown.of(next.unit)) shown.add(sentence);
    for (const term of matchedBy(next)) matched.add(term);
  }
  return picked;
}

/**
 * How many of one speaker's quotes may be offered: any number when the
 * question asks what was said or names them ("did fairlie blame the ref"),
 * `DECISION.maxQuotesOfOneSpeaker` of anyone else's ("what road is the
 * larder on" matching only the charity's name in each of its chair's quotes).
 */
function quotesAllowed(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
): (speaker: string) => number {
  if (context.answerTypes.asksWhatWasSaid(question)) return () => Number.POSITIVE_INFINITY;
  const named = new Set<string>();
  for (const person of context.people.askedIn(terms)) {
    const id = context.people.persons[person]?.id;
    if (id !== undefined) named.add(id);
  }
  return (speaker) =>
    named.has(speaker) ? Number.POSITIVE_INFINITY : DECISION.maxQuotesOfOneSpeaker;
}

/** Who said a quote pair's quotation (their card's id); null for any other unit or an unknown speaker. */
function speakerOf(unit: AnswerUnit | undefined): string | null {
  if (unit?.kind !== 'qa' || unit.pair.quote === undefined) return null;
  return quoteOfPair(unit.pair, unit.source)?.speaker ?? null;
}

/**
 * A filter for offers, taken in order, that lets a unit through only when
 * its answer shows none of the sentences already shown (by the answer given,
 * or by an offer let through before): one offer per fact.
 */
export function newFactFilter(
  context: AskContext,
  alreadyShown: readonly string[],
): (unit: number) => boolean {
  const shownSoFar = new Set(alreadyShown);
  return (unit) => {
    const shown = context.shown.of(unit);
    if (shown.some((sentence) => shownSoFar.has(sentence))) return false;
    for (const sentence of shown) shownSoFar.add(sentence);
    return true;
  };
}

/**
 * The featured questions that close every list, those the question matches
 * at all first, best first ("Who are the people in the article?" before
 * "What is this article about?" for a "which shop owner…"), the rest in the
 * editors' order. Before them all comes the article's list of the kind of
 * fact the question asks for, featured or not: its places for a "where", its
 * figures for a "how many", since the answer is one of them.
 */
function featuredFor(
  context: AskContext,
  need: AnswerNeed | null,
  ranked: readonly RankedUnit[],
): readonly string[] {
  const featured = new Set(context.featured);
  const matched: string[] = [];
  for (const { unit } of ranked) {
    const title = context.units[unit]?.title;
    if (title !== undefined && featured.delete(title)) matched.push(title);
  }
  const ordered = matched.length === 0 ? context.featured : [...matched, ...featured];
  const list = listAsked(context, need);
  return list === undefined ? ordered : [list, ...ordered.filter((title) => title !== list)];
}

/**
 * The kind of listed fact each need asks for: a full name is a person's, an
 * exact date or a weekday a date, a tally, a number of times or a distance one
 * of the article's figures.
 */
const LISTED_FACT_OF: Partial<Record<AnswerNeed, ListedFact>> = {
  place: 'place',
  person: 'person',
  'full-name': 'person',
  date: 'date',
  'exact-date': 'date',
  'time-of-day': 'date',
  weekday: 'date',
  quantity: 'quantity',
  // "How much cash does the city rake in": a sum is one of the article's figures.
  money: 'quantity',
  percentage: 'quantity',
  age: 'quantity',
  tally: 'quantity',
  times: 'quantity',
  distance: 'quantity',
};

/** The title of the article-wide list holding the kind of fact the question asks for, if any. */
function listAsked(context: AskContext, need: AnswerNeed | null): string | undefined {
  const fact = need === null ? undefined : LISTED_FACT_OF[need];
  if (fact === undefined) return undefined;
  let lists = LISTS.get(context.units);
  if (lists === undefined) {
    lists = new Map();
    for (const unit of context.units) {
      const listed = unit.kind === 'qa' ? listedFact(unit.pair) : null;
      if (listed !== null && !lists.has(listed)) lists.set(listed, unit.title);
    }
    LISTS.set(context.units, lists);
  }
  return lists.get(fact);
}

/** Per story's units, the title of its first list of each kind of fact, found once. */
const LISTS = new WeakMap<readonly AnswerUnit[], Map<ListedFact, string>>();

/**
 * The words a weak match must hold to be offered: the question's subject
 * (see {@link subjectTerms}), or, when every word the reader typed is one
 * of the story's, any of them. "When will the power be back on?" is about
 * the article though "power" and "back" are everyday English; chat that
 * shares an everyday word with it ("is there a basketball court near me")
 * says something the story never does.
 */
function weakMatchTerms(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
): readonly string[] {
  const asked = askedWords(terms);
  const typed = (t: QueryTerm) => t.credit === 1 && t.strangeness === 'known';
  if (asked.length > 0 && asked.every((group) => group.some(typed))) {
    // Plain loops: a list built per group and one per flattening, for every abstention.
    const typedTerms: string[] = [];
    for (const group of asked) for (const t of group) if (typed(t)) typedTerms.push(t.term);
    return typedTerms;
  }
  return subjectTerms(context, question, terms);
}

/**
 * The question's terms that say what it is about: words of the story the
 * reader typed themselves, not question words, not stand-ins general English
 * found for another word ("journo" read as "reporter"), and not among the
 * most common English words ("new", "job", "time"), which an off-topic
 * question shares with any article. A story word that is common English all
 * the same ("water" in a story about water) is left out too: near misses on
 * it are as often chat as news.
 */
export const subjectTerms: (
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
) => readonly string[] =
  // Asked twice of an abstention weighed closely (the decision, then the
  // suggestions), with the same terms: read once per question.
  keptForLastCall(readSubjectTerms);

function readSubjectTerms(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
): readonly string[] {
  const typed = terms.filter(
    (t) => !t.isQuestionWord && t.credit === 1 && t.strangeness === 'known',
  );
  if (typed.length === 0) return [];
  const everyday = new Set<string>();
  // The common words are plain ASCII: no need for the full word splitter here.
  for (const word of question.toLowerCase().match(ASCII_WORD) ?? []) {
    if (!EVERYDAY_ENGLISH_WORDS.has(word)) continue;
    for (const term of context.termsOfWord(word)) everyday.add(term);
  }
  const subject: string[] = [];
  for (const t of typed) if (!everyday.has(t.term)) subject.push(t.term);
  return subject;
}

const ASCII_WORD = /[a-z]+/g;
