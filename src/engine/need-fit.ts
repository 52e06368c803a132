/**
 * Whether an answer can be the kind of fact a question asks for: a date for
 * a "when", a count of the very thing a "how many" names, a person's age, a
 * cause of the deed a "why" asks about.
 */
import type { QaPair } from '../knowledge/schema.ts';
import { ageOfNamed, givesAgeOfAnother } from './age-of-named.ts';
import { answerTextOf } from './answer-text.ts';
import type { AskContext } from './ask-context.ts';
import {
  accountSpeakerAsked,
  deedWordsOf,
  givesCauseOfDeed,
  givesCauseOfOther,
  remarkOfFit,
  saysWhyNotKnown,
} from './cause-reading.ts';
import {
  type Counting,
  countedPhrase,
  countedPhrases,
  countedThing,
  countsOnlyTogether,
} from './counted.ts';
import { asksForYear, givesYear, withoutYearsNamed, yearsNamedIn } from './figures.ts';
import { FITS, keptFit, UNFIT, UNKNOWN_FIT } from './fit-cache.ts';
import { pronounGenders } from './gender.ts';
import {
  type AnswerNeed,
  partsOfDayNamedIn,
  SENTENCE_NEEDS,
  withoutPartsOfDayNamed,
} from './intent.ts';
import { asksLengthToo, givesLength } from './length-asked.ts';
import { eventWordsAsked, tellsOnceEvent, withoutEventsAsked } from './once-event.ts';
import { perfectSpansIn, subjectOfThePerfect } from './perfect-span.ts';
import { roleHolderAsked, roleNamedOnlyAsOwner } from './role-as-owner.ts';
import { withoutDaysOfSaying } from './said-on.ts';
import { isFiguresPair, listedKind } from './structure/generate.ts';
import { isGap } from './suggestions.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { type AnswerUnit, quoteOfPair } from './units.ts';

/**
 * Answers that cannot be what the question asks for: a "when" whose answer
 * holds no date, a "how many" whose answer holds no quantity. Without this,
 * "how many troops…" would be answered by whatever mentions troops.
 *
 * @param bodyDoer for a "who" asking a deed's doer, the units making a body
 *   that doer (`body-doer.ts`): they give the one asked for as a name would
 */
export function needFit(
  context: AskContext,
  question: string,
  need: AnswerNeed | null,
  countsThing = true,
  bodyDoer: UnitFit = null,
): UnitFit {
  const ofKind = kindFit(context, question, need, countsThing, bodyDoer);
  // "Who's the insurer" is not answered by "said Helen Marsh, the insurer's head of claims".
  const role =
    need === 'person'
      ? roleHolderAsked(context.trailingChat.questionOf(question), context.isFiller)
      : null;
  if (ofKind === null || role === null) return ofKind;
  const onlyAsOwner = roleNamedOnlyAsOwner(role);
  return (index) => {
    const unit = context.units[index];
    return ofKind(index) && !(unit && onlyAsOwner(answerTextOf(unit)));
  };
}

/** What {@link needFit} keeps by the kind of fact asked alone. */
function kindFit(
  context: AskContext,
  question: string,
  need: AnswerNeed | null,
  countsThing: boolean,
  bodyDoer: UnitFit,
): UnitFit {
  if (need === null) return null;
  // "How many troops" is not answered by a count of bases: the answer must
  // count the very thing the question names.
  const counting =
    need === 'quantity' && countsThing
      ? context.answerTypes.counting(
          question,
          (word) => context.index.mentionOf(word),
          // "How many cars" of a story writing only "vehicles": loosely.
          (word) => context.index.namingOf(word, true, true),
        )
      : null;
  // "How old is Evelyn Markham" is not answered by "a retired teacher who
  // has lived there since 1971": a person's age is a number said to be one.
  // Nor is "how old is Ruth" answered by "His son Tom Ashdown, 55,": a
  // person named is answered by an age beside their name, or one beside no
  // name in a text not naming them ("the 24-year-old", told of the one before).
  if (need === 'age') {
    const named = namesAsked(context, question).filter((word) => context.personNameWords.has(word));
    if (named.length > 0 && !typedAsOwner(question, named)) {
      return keptFit(
        context,
        `age-of:${named.join(' ')}`,
        (unit) => ageOfNamed(answerTextOf(unit), named) !== 'others',
      );
    }
    // "How old is Ruth's husband": someone's age, though not Ruth's own
    // ("Ruth Ashdown, 71, … her husband" gives none of his).
    if (named.length > 0) {
      return keptFit(context, `age-of-other:${named.join(' ')}`, (unit) => {
        const text = answerTextOf(unit);
        return context.answerTypes.givesPersonsAge(text) && givesAgeOfAnother(text, named);
      });
    }
    // "How old was he": someone's age, whoever's.
    if (pronounGenders(question).size > 0) {
      return keptFit(context, 'age:person', (unit) =>
        context.answerTypes.givesPersonsAge(answerTextOf(unit)),
      );
    }
  }
  // "How long has Keddle worked at the agency" is not answered by his
  // "For years, the numbers… did not match": how long one of the story's
  // people has lived, worked or held a post is told in the perfect ("who has
  // lived on Water Street since 1983"), not by a span anything else took.
  if (need === 'duration' && asksPersonsSpan(context, question)) {
    return keptFit(
      context,
      'duration:perfect',
      (unit) => perfectSpansIn(words(foldText(answerTextOf(unit)))).length > 0,
    );
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
  // "When exactly will the report be out" is not answered by the day someone
  // said it would be: "said on Tuesday that it would publish its findings in
  // due course" (`said-on.ts`). A plain "when" may take "in due course".
  const futureAsked = need === 'exact-date' && context.future.asks(question);
  // "When is the river expected to drop" is not answered by what will happen once it drops.
  const eventWords = need === 'date' ? eventWordsAsked(question, context.isFiller) : [];
  // "Why did Labour lose, according to Atkins": her remark gives her cause.
  const speaker = need === 'reason' ? accountSpeakerAsked(context, question) : null;
  // "Why did the walkout begin": "…began after drivers rejected an offer".
  const deed = need === 'reason' ? deedWordsOf(context, question) : null;
  const asked: KindAsked = {
    need,
    counting,
    named,
    yearsNamed,
    yearAsked,
    futureAsked,
    eventWords: [],
  };
  const key = keyOfAsked(asked, question);
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
        (fitsNeed(context, unit, asked) ||
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
  // "Who suspended the scheme": "The council suspended it" names its doer as a name would.
  if (bodyDoer !== null) return (index) => holdsKind(index) || bodyDoer(index);
  if (eventWords.length === 0 && deed === null && speaker === null) return holdsKind;
  const fitsThisQuestion = new Map<number, boolean>();
  let remarkFits: ((index: number) => boolean) | undefined;
  return (index) => {
    let fits = fitsThisQuestion.get(index);
    if (fits === undefined) {
      const unit = context.units[index];
      const kindHeld =
        unit !== undefined && eventWords.length > 0 && tellsOnceEvent(answerTextOf(unit))
          ? fitsNeed(context, unit, { ...asked, eventWords })
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
export function anyAmountFit(
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
export function namesAsked(context: AskContext, question: string): string[] {
  return words(foldText(question)).flatMap((word) => {
    if (context.isFiller(word)) return [];
    if (context.isOnlyAName(word)) return [word];
    const bare = word.replace(/'?s$/, '');
    return bare !== word && bare.length >= MIN_NAME_LENGTH && context.isOnlyAName(bare)
      ? [bare]
      : [];
  });
}

/** Whether a "how long has…" asks it of one of the story's people: "how long has Haynes lived there". */
function asksPersonsSpan(context: AskContext, question: string): boolean {
  return subjectOfThePerfect(question).some((word) => context.personNameWords.has(word));
}

/** Whether a name is typed as an owner's: "how old is Ruth's husband" asks another's age. */
function typedAsOwner(question: string, named: readonly string[]): boolean {
  // Folding drops the owner's "'s", so the question is read as typed.
  const typed = question.toLowerCase().replaceAll('’', "'");
  return named.some((word) => typed.includes(`${word}'s`) || typed.includes(`${word}s'`));
}

/** What a question asks of a unit's answer, read once per question ({@link needFit}). */
interface KindAsked {
  need: AnswerNeed;
  /** What a "how many" counts; null for any other question. */
  counting: Counting | null;
  /** The names whose full name is asked ("Lind's first name"). */
  named: readonly string[];
  /** Years or parts of the day the reader names, which give no span or time asked. */
  yearsNamed: readonly string[];
  /** Whether a year is asked ("what year will they move back"). */
  yearAsked: boolean;
  /** Whether the exact day of something still to come is asked (`said-on.ts`). */
  futureAsked: boolean;
  /** The event a "when" asks the moment of, whose own later events date nothing asked. */
  eventWords: readonly string[];
}

/**
 * The key under which what a unit holds of the kind asked is kept for every
 * question asking the same ({@link AskContext.fitCache}): "How many naval
 * bases" is not answered by "an air base and a naval base", so a count keys
 * by what it counts. The event words are this question's own and never kept.
 */
function keyOfAsked(asked: KindAsked, question: string): string {
  const { need } = asked;
  if (asked.yearAsked) return `${need}:year${asked.futureAsked ? ':future' : ''}`;
  if (asked.futureAsked) return `${need}:future`;
  if (asked.counting !== null) return `${need}:${countedPhrase(question).join(' ')}`;
  if (asked.named.length > 0) return `${need}:${asked.named.join(' ')}`;
  if (asked.yearsNamed.length > 0) return `${need}:${asked.yearsNamed.join(' ')}`;
  return need;
}

/** Whether a unit's answer is the kind of fact asked for, the very thing counted included. */
function fitsNeed(context: AskContext, unit: AnswerUnit, asked: KindAsked): boolean {
  const { need, counting, named, yearsNamed, yearAsked, futureAsked, eventWords } = asked;
  // A gap meets any need by saying the article does not, except a request no
  // article meets: a translation is simply not what the bot does.
  if (isGap(unit)) return need !== 'translation';
  // A generated pair's phrasings are templates, not written for this question:
  // its own answer must be the place or person asked for, as a sentence's is.
  if (unit.kind === 'qa' && SENTENCE_NEEDS.has(need)) {
    if (!unit.pair.generated) return need !== 'place' || editorsPairGivesPlace(context, unit.pair);
    // "Which places are mentioned": the list of places is one, whatever its names look like.
    if (listedKind(unit.pair) === need) return true;
    // "Who put out the numbers": the list of figures names what each counts
    // ("37 crew members"), never the one who said them, nor a place.
    if (isFiguresPair(unit.pair)) return false;
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
  // Asked about the future, the days remarks were made on date nothing asked.
  const own = futureAsked ? withoutDaysOfSaying(answerTextOf(unit)) : answerTextOf(unit);
  const text =
    need === 'time-of-day'
      ? withoutPartsOfDayNamed(own, yearsNamed)
      : need === 'date'
        ? withoutEventsAsked(foldText(withoutYearsNamed(own, yearsNamed)), eventWords)
        : withoutYearsNamed(own, yearsNamed);
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
    return (
      answerTypes.canAnswer(need, text) ||
      // "Where was he arrested": "at his home" places the arrest, no name needed.
      (need === 'place' && unit.kind === 'sentence' && answerTypes.placeNounsIn(text).length > 0)
    );
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

/** Kinds of fact an answer can give in words of its own: a cause, a moment ("as the floods reached the city"). */
const SAID_IN_WORDS: ReadonlySet<AnswerNeed> = new Set<AnswerNeed>(['reason', 'date']);

/** Kinds of who's-who card that are what a "who" or a "where" asks for. */
const ENTITY_KINDS_FOR: Record<'place' | 'person', ReadonlySet<string>> = {
  person: new Set(['person', 'organization', 'country']),
  place: new Set(['place', 'country']),
};

/** A shorter word left by taking an "s" off ("is" → "i") is no one's name. */
const MIN_NAME_LENGTH = 3;
