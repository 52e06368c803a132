import type { Entity } from '../knowledge/schema.ts';
import { givesOneOption } from './alternative-asked.ts';
import type { Answer, OfferedQuestion } from './answer.ts';
import type { AskContext } from './ask-context.ts';
import {
  answersKindOfNamed,
  answersWhoTheyAre,
  cardOfRoleAsked,
  givesRoleOfPersonAsked,
} from './card-fit.ts';
import {
  isClearPair,
  isClearSentence,
  isEverydayAsked,
  isGivenWordForWord,
  mayStayFirst,
} from './clear-sentence.ts';
import { tellsComingEvent } from './coming-event.ts';
import { isCountAlone } from './count-alone.ts';
import { givesDayOrAgeAsked } from './day-or-age-asked.ts';
import {
  type DecisionFeatures,
  decisionFeatures,
  leavesDeedUnsaid,
  plainFeatures,
  tellsDeedAskedOpen,
  tellsDeedDoneByTheOneAsked,
} from './decision-features.ts';
import { answersByDenial } from './denied-asked.ts';
import { eventAskedFit, leadReading, showsLeadOf } from './event-asked.ts';
import { FITS, UNFIT, UNKNOWN_FIT } from './fit-cache.ts';
import { isCardOfFullNameAsked } from './full-name-card.ts';
import { groundedAnswer } from './grounded-answer.ts';
import type { AnswerNeed } from './intent.ts';
import { isKindAlone } from './kind-alone.ts';
import { leavesAskedOpen } from './left-open.ts';
import { namesTheOneAsked } from './name-asked-fit.ts';
import { leavesNameUntold } from './not-named.ts';
import {
  asksRoleByItsVerb,
  kindNamedBeside,
  oneNamedTied,
  onlyOneOfKindNamed,
  withNamedFirst,
} from './one-named.ts';
import { type OpenPointsGiven, openPointsGiven, withSentencesAfter } from './open-points.ts';
import { givesSpanInThePerfect } from './perfect-span.ts';
import { isAboutOneThePronounMeans } from './pronoun-named.ts';
import type { QueryTerm } from './query-terms.ts';
import { type QuestionReading, rankFor, readersQuestion } from './question-reading.ts';
import { answersWithADemand } from './requested.ts';
import { cardOfRoleHolderRanked } from './role-holder-ranked.ts';
import { tellsSetting } from './setting-asked.ts';
import { givesSizeOfThingAsked } from './size-asked.ts';
import { givesLengthOfThingAsked, givesSpanOfThingAsked } from './span-before-noun.ts';
import { isSpeakersOwnWord } from './speakers-word.ts';
import { staysFirst } from './stays-first.ts';
import { contentWordsOf, STOPWORDS } from './stopwords.ts';
import { storysOneOfKind } from './story-kind-asked.ts';
import { isGap, newFactFilter, offerable, suggestionsFor } from './suggestions.ts';
import type { RankedUnit, UnitFit } from './term-index.ts';
import { foldText, MAX_QUESTION_CHARS, tidy, words } from './text.ts';
import { givesTimeBesideReadersWords } from './time-beside-word.ts';
import { DECISION } from './tuning.ts';
import { isOneValueTied } from './typed-value.ts';
import { ownTextOf } from './unit-texts.ts';
import type { AnswerUnit } from './units.ts';
import { givesValueBesideTypedWords } from './value-beside-words.ts';

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
  const { question, plain, terms, ranked, fitsAll, need, whatItIs, untoldEcho } = read;
  const best = ranked[0];
  // One of the engine's own offered questions, clicked, is answered by the
  // unit it was made for, whatever else its words match as well ("More on
  // “Marsh, a sleep researcher…”" and the quote pair whose attribution opens
  // so), and however few words the question holds that the index weighs
  // ("More on “That number is going to go up…”"), so long as that unit meets
  // every condition its own question sets: an offer must not abstain.
  const own = context.ownQuestions.get(question);
  const ownGiven = own !== undefined && fitsAll(own);
  // "What's still unclear", "what don't we know yet": the article's own
  // statement of what it leaves open (`open-points.ts`), unless an editors'
  // pair answers the question as asked.
  const open = ownGiven || curatedAnswers(context, best) ? null : openPointsGiven(context, plain);
  if (open !== null) return openPointsAnswer(context, read, open, suggest);
  // "Which church is it": the article's one thing called so (`story-kind-asked.ts`).
  const storys = ownGiven ? undefined : storysOneOfKind(context, plain);
  // Given whatever the ranking says: the reader's own offer, or the story's one thing of a kind.
  const decided = ownGiven || storys !== undefined;

  // Chat and filler ("hi", "thanks!", "lol") name nothing to look up, and
  // neither does a follow-up of pronouns alone ("is he even sorry"): saying
  // the article "does not say" would claim a search that never happened.
  if (terms.length === 0 && !decided) {
    return unknownAnswer(context, { ...read, ranked: [] }, nothingToLookUp(context), suggest);
  }
  if (!decided && (!best || read.ambiguousName)) {
    return unknownAnswer(context, read, notSaid(context), suggest);
  }
  // Below the threshold, the rule that gives the best unit all the same, if any.
  const below =
    !decided && best && best.score < context.answerThreshold
      ? givenBelowThreshold(context, plain, ranked, terms, fitsAll, need, whatItIs, untoldEcho)
      : ABOVE_THRESHOLD;
  if (below === null) return unknownAnswer(context, read, notSaid(context), suggest);
  // "Who chairs the committee" is not answered by a sentence naming someone
  // beside that committee that never says who chairs it (`deed-asked.ts`),
  // above the threshold as below it (where `isGivenBelowThreshold` reads it:
  // an engine answering lower, to measure its ranking, is held to it no more).
  const bestUnit = best && context.units[best.unit];
  if (
    !decided &&
    best &&
    best.score >= DECISION.answerThreshold &&
    bestUnit &&
    !isGap(bestUnit) &&
    (leavesDeedUnsaid(context, plain, terms, best.unit) ||
      // "What's the name of the aquaserve spokesperson" is not answered by
      // "Aquaserve Leisure, a spokesperson for the company, said…".
      !namesTheOneAsked(context, plain, best.unit))
  ) {
    return unknownAnswer(context, read, notSaid(context), suggest);
  }
  // "Who signed off lowering his risk rating" of "…questioned who had signed
  // off the change": the article asks it too, and that sentence is what it
  // says on the point.
  if (
    !decided &&
    best &&
    bestUnit &&
    !isGap(bestUnit) &&
    tellsDeedAskedOpen(context, plain, ownTextOf(context, best.unit))
  ) {
    return leftOpenAnswer(context, read, best.unit, best.score, suggest);
  }
  // "Will the agency bring in a second contractor" is not answered by "he
  // added that the agency should bring in a second contractor" (`requested.ts`).
  if (
    !decided &&
    best &&
    bestUnit &&
    !isGap(bestUnit) &&
    (answersWithADemand(plain, context.whether, ownTextOf(context, best.unit)) ||
      // "Who owns the Carrowmore Estate": not "land owned by the Carrowmore Estate".
      tellsDeedDoneByTheOneAsked(context, plain, ownTextOf(context, best.unit)))
  ) {
    return unknownAnswer(context, read, notSaid(context), suggest);
  }
  const chosen = own ?? storys ?? below.instead ?? best?.unit;
  const unit = chosen === undefined ? undefined : context.units[chosen];
  if (!unit || chosen === undefined) return unknownAnswer(context, read, notSaid(context), suggest);
  const score = best?.score ?? 0;
  if (isGap(unit)) return gapAnswer(context, read, unit, score, suggest);
  // "What satnav was the driver using" of "It remains unclear … whether the
  // driver was using a satnav": the article does not say, and that sentence
  // is what it says on the point, shown as a gap's words are.
  if (
    !decided &&
    (leavesAskedOpen(context, plain, terms, need, chosen) ||
      // "Which haulage company did the driver work for" of "…was not named in court".
      leavesNameUntold(context, plain, chosen))
  ) {
    return leftOpenAnswer(context, read, chosen, score, suggest);
  }

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
    alternatives: nearTies(context, ranked, chosen, grounded.answer),
    suggestions: [],
  };
}

/** Whether the best unit is an editors' pair given by its score: written for its questions. */
function curatedAnswers(context: AskContext, best: RankedUnit | undefined): boolean {
  const unit = best && context.units[best.unit];
  return (
    best !== undefined &&
    best.score >= context.answerThreshold &&
    unit?.kind === 'qa' &&
    !unit.pair.generated
  );
}

/**
 * A question after what the story leaves open, answered by the article's
 * statement of it, quoted; its other such statements offered beside it.
 */
function openPointsAnswer(
  context: AskContext,
  read: QuestionReading,
  open: OpenPointsGiven,
  suggest: boolean,
): Answer {
  const found = context.units[open.unit];
  if (found === undefined) return unknownAnswer(context, read, notSaid(context), suggest);
  const confidence = roundConfidence(context.answerThreshold);
  return {
    question: read.question,
    status: 'answered',
    ...withSentencesAfter(context, groundedAnswer(context, found), open),
    confidence,
    alternatives: open.others
      .flatMap((unit) => {
        const other = context.units[unit];
        return other?.kind === 'sentence' && other.offered
          ? [{ question: other.title, confidence }]
          : [];
      })
      .slice(0, DECISION.maxAlternatives),
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
  untoldEcho: UnitFit,
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
    DECISION.untoldEchoFloor,
  );
  const best = ranked[0];
  // Both routes want a unit that meets every condition of the question.
  if (!best || best.score < floor || !fitsAll(best.unit)) return null;
  // "What's the name of the dam" is not answered, below the threshold, by a
  // sentence speaking of the dam unnamed: the name is the point of the question.
  if (!namesTheOneAsked(context, plain, best.unit)) return null;
  const f = decisionFeatures(context, plain, ranked, terms, fitsAll, need);
  // "Who won the 2022 election" is not answered, below the threshold, by a
  // sentence on that election that never says who won: the deed asked
  // about is the point of the question (`deed-asked.ts`).
  if (f === null) return null;
  // "Who runs the walking alliance" of "Tom Ferriby, chair of the
  // Harrowfield Walking Alliance": a role asked by its verb, which the one
  // sentence naming its holder gives by his role, not by that verb.
  if (f.deedUnsaid) {
    const holder = asksRoleByItsVerb(plain) ? oneNamedTied(context, plain, ranked, terms, f) : null;
    return holder === null ? null : { named: holder };
  }
  // "Did the fire go uphill or downhill" of "…pushed the fire line downhill…":
  // the option it names, though it leaves the other unsaid.
  if (givesOneOption(context, plain, ranked, terms, f)) return ABOVE_THRESHOLD;
  // "Was calloway fined back in 2022" is not answered by "In 2022 the agency
  // issued a warning letter", which leaves three of its words unsaid.
  if (!f.asksWh && f.unexplained > DECISION.yesOrNoMostUnexplained) return null;
  // "How deep is the reservoir" is not answered, below the threshold, by
  // "a bird with a five-foot wingspan on a reservoir": a depth, a height or
  // a width asked by its own word ("deep", "tall", "wide") is a length the
  // sentence must say is that one, "The 114-metre towers" for "how tall
  // were the towers"; a length of anything else is no answer.
  if (f.need === 'distance' && f.measureUnsaid) {
    return givesLengthOfThingAsked(context, plain, ranked, terms, f) ? ABOVE_THRESHOLD : null;
  }
  const given =
    isGivenWordForWord(f) ||
    isClearSentence(f) ||
    isClearPair(f) ||
    isKindAlone(f) ||
    // "What day did they announce it" of "…announced the decision at 9.40pm on Wednesday".
    givesDayOrAgeAsked(context, plain, ranked, terms, f) ||
    isCountAlone(f) ||
    // "Has anyone died in the flood" of "No deaths have been reported."
    answersByDenial(f) ||
    // "Whats coyle's first name" of the card "Martin Coyle".
    isCardOfFullNameAsked(context, plain, f.need, best.unit) ||
    isOneValueTied(context, plain, ranked, terms, f) ||
    // "How many arches does the old bridge have" of "…the third and fourth of its five arches".
    givesValueBesideTypedWords(context, plain, ranked, terms, f) ||
    // "How long has Haynes lived in her house" of "…Haynes, 71, who has lived on Water Street since 1983".
    givesSpanInThePerfect(context, plain, ranked, terms, f) ||
    // "How long did the strike last" of "…ending a three-week strike".
    givesSpanOfThingAsked(context, plain, ranked, terms, f) ||
    // "How big is the paddock" of "…and a half-acre paddock".
    givesSizeOfThingAsked(context, plain, ranked, terms, f) ||
    // "When was the scheme launched" of "…since the scheme launched in 2019".
    givesTimeBesideReadersWords(context, plain, ranked, terms, f) ||
    // "What's their inflation target" of "The bank's target is 2 percent.":
    // a sentence opening on the thing's name and saying what it is answers
    // what the reader asked in the article's own shape, however few of
    // their words it holds.
    (f.score >= DECISION.whatItIsFloor && f.showsOneSentence && whatItIs?.(best.unit) === true) ||
    // "Did they say how many flights the overdue planes flew" of "The
    // airline did not say how many passenger flights…": the fact told
    // untold in the reader's own question words (`untoldEchoFit`).
    (f.score >= DECISION.untoldEchoFloor &&
      f.showsOneSentence &&
      untoldEcho?.(best.unit) === true) ||
    (f.score >= DECISION.roleCardFloor &&
      (answersWhoTheyAre(context, plain, terms, need, best.unit) ||
        givesRoleOfPersonAsked(context, plain, terms, need, best.unit))) ||
    // "What kind of company is Fernside" of its card, "a contract manufacturer…".
    (f.score >= DECISION.kindAloneFloor &&
      answersKindOfNamed(context, plain, terms, need, best.unit)) ||
    (mayStayFirst(f) &&
      staysFirst(plain, best.unit, (variant) => rankFor(context, variant).ranked[0]?.unit)) ||
    // "What happened in the park": the lead telling of the park (`event-asked.ts`).
    (f.score >= DECISION.eventLeadFloor &&
      eventAskedFit(plain, leadReading(context)) !== null &&
      showsLeadOf(context, best.unit)) ||
    // "What town is this in": the gist, headline and lead, where it names a place.
    (f.score >= DECISION.eventLeadFloor && tellsSetting(context, plain, best.unit)) ||
    // "What did the consumer lady say customers were left in": her remark.
    isSpeakersOwnWord(context, plain, ranked, terms, f, fitsAll) ||
    // "Did he go peacefully or was it sudden": a sentence about the one "he" means, far ahead.
    isAboutOneThePronounMeans(context, plain, terms, f, best.unit) ||
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
  // "Which site had the broken monitoring kit": "…at the Nethercombe site".
  if (kindNamedBeside(context, plain, ranked, terms, f)) return ABOVE_THRESHOLD;
  // "Who's the local MP": the one card giving that role, ranked just behind
  // a sentence or a quotation that mentions the role without saying who holds it.
  // The card is held to its own test, stricter than the card fit: every word
  // asked but those pointing at the article ("local", "quoted") is its own.
  const card =
    cardOfRoleAsked(context, plain, terms, need) ??
    // "Who is the water company director quoted": the one person ranked first, her role the one asked.
    cardOfRoleHolderRanked(context, plain, ranked, terms, f);
  if (card !== undefined) return { named: null, instead: card };
  // "What did the opposition call the situation": asked in everyday words
  // alone, read after the rules that name the one asked for ("which river…").
  return isEverydayAsked(f) ? ABOVE_THRESHOLD : null;
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

/**
 * Other answers scoring within a hair of the best: "did you mean…". One
 * that shows the sentence the answer quotes would only repeat it, and so
 * would one whose answer says nothing the answer given does not: the
 * editors' byline pair beside the one made from the byline, each the
 * other's "did you mean".
 */
function nearTies(
  context: AskContext,
  ranked: readonly RankedUnit[],
  chosen: number,
  answered: string,
): OfferedQuestion[] {
  const top = ranked[0]?.score ?? 0;
  const showsSomethingNew = newFactFilter(context, context.shown.of(chosen));
  let said: ReadonlySet<string> | undefined;
  const offers: OfferedQuestion[] = [];
  for (const r of offerable(context, ranked, context.units[chosen])) {
    if (offers.length === DECISION.maxAlternatives) break;
    if (r.score < top - DECISION.nearTieMargin || r.score < context.answerThreshold) continue;
    if (!showsSomethingNew(r.unit)) continue;
    // Offered back, a question ranking the chosen answer first would only give
    // it again: a pair generated for the byline beside the editors' own.
    if (titleWinner(context, r.unit) === chosen) continue;
    const unit = context.units[r.unit];
    said ??= new Set(words(foldText(answered)));
    if (unit !== undefined && saysNothingNew(groundedAnswer(context, unit).answer, said)) continue;
    offers.push({ question: r.title, confidence: roundConfidence(r.score) });
  }
  return offers;
}

/** Whether every word of an answer that is not filler is one the answer given says too. */
function saysNothingNew(answer: string, said: ReadonlySet<string>): boolean {
  return words(foldText(answer)).every((word) => STOPWORDS.has(word) || said.has(word));
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

/**
 * What an unanswered question is offered instead, each one leading to an
 * answer, and none showing a sentence the unit `quoted` shows.
 */
function offersFor(
  context: AskContext,
  read: QuestionReading,
  suggest: boolean,
  quoted?: number,
): Answer['suggestions'] {
  if (!suggest) return [];
  const { plain, ranked, terms, need } = read;
  const shown = new Set(quoted === undefined ? [] : context.shown.of(quoted));
  return suggestionsFor(
    context,
    plain,
    ranked,
    terms,
    need,
    (unit) =>
      !context.shown.of(unit).some((sentence) => shown.has(sentence)) &&
      leadsToAnswer(context, unit),
    (unit) => wordsSaidBy(context, unit),
  );
}

/**
 * The distinct words, filler aside, of what asking a unit's own question
 * shows: its answer and the quote beside it. Read once per unit and kept.
 */
function wordsSaidBy(context: AskContext, unit: number): readonly string[] {
  let known = answerWords.get(context);
  if (known === undefined) {
    known = new Map();
    answerWords.set(context, known);
  }
  let found = known.get(unit);
  if (found === undefined) {
    const offered = context.units[unit];
    if (offered === undefined) found = [];
    else {
      const { answer, quote } = groundedAnswer(context, offered);
      found = contentWordsOf(`${answer} ${quote?.text ?? ''}`);
    }
    known.set(unit, found);
  }
  return found;
}

/** Per story, the words each unit's answer says (see {@link wordsSaidBy}). */
const answerWords = new WeakMap<AskContext, Map<number, readonly string[]>>();

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
 * A question whose very fact the article tells is not known, or was not
 * told: `unknown`, saying so, with that sentence quoted and cited as what
 * the article does say on the point.
 */
function leftOpenAnswer(
  context: AskContext,
  read: QuestionReading,
  unit: number,
  score: number,
  suggest: boolean,
): Answer {
  const found = context.units[unit];
  if (found === undefined) return unknownAnswer(context, read, notSaid(context), suggest);
  const grounded = groundedAnswer(context, found);
  return {
    question: read.question,
    status: 'unknown',
    ...grounded,
    answer: `${context.notCoveredBy} does not say. ${grounded.answer}`,
    confidence: roundConfidence(score),
    alternatives: [],
    // Not "More on" the very sentence quoted.
    suggestions: offersFor(context, read, suggest, unit),
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
