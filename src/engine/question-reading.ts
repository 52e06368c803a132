/**
 * A question read and ranked: the reader's words as they meant them, the
 * kind of fact asked for, the conditions the question sets, and the story's
 * units ranked with every answer failing a condition demoted.
 */

import { spelledOutFit } from './acronym-asked.ts';
import { anotherOneFit } from './another-one.ts';
import { answerTextOf } from './answer-text.ts';
import { articleAskedFit } from './article-asked.ts';
import type { AskContext } from './ask-context.ts';
import { besidesNamedFit } from './besides-named.ts';
import { bodyDoerFit } from './body-doer.ts';
import { bodyNamedAlone } from './body-named-alone.ts';
import { bylineFit } from './byline-asked.ts';
import { cardFit, kindOfNamedFit, saidPairFit } from './card-fit.ts';
import { clockTimeFit } from './clock-asked.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { contrastFit, type Slot, slotsIn } from './contrast.ts';
import { earlierToldNext } from './earlier-told.ts';
import { earlierYearFit, yearOfUnit } from './earlier-year.ts';
import { contentWordsOfNames } from './entity-names.ts';
import { eventAskedFit, leadReading } from './event-asked.ts';
import { exampleFit } from './example.ts';
import { figuresFit, yearOfThingFit } from './figures.ts';
import { outcomeFit } from './future.ts';
import { givesAnotherPersonFit, namesSomeoneNotAsked, type PeopleGiven } from './gives-other.ts';
import { incrementFit } from './increment.ts';
import { type AnswerNeed, PRECISE_NEEDS } from './intent.ts';
import { kindToldFit } from './kind-told.ts';
import { echoedWordsOf, knowingAskedFit, knownClauseOf } from './knowing-asked.ts';
import { levelFit } from './level.ts';
import { listFit, quotedWordsFit } from './list-fit.ts';
import { monthNamedFit } from './month-named.ts';
import { anyAmountFit, needFit } from './need-fit.ts';
import { deniedFit } from './negated.ts';
import { notAPlaceFit } from './not-a-place.ts';
import { outletWords } from './one-named.ts';
import { onlyFit } from './only.ts';
import { partOfTotalFit } from './part-of-total.ts';
import { peopleGivenBy } from './people-given.ts';
import { populationFit } from './population.ts';
import { presentValueFit } from './present-value.ts';
import { byNearness } from './proximity.ts';
import { asQuestionWord, type QueryTerm } from './query-terms.ts';
import { withQuestionWordsPlain } from './question-word-slips.ts';
import { relationFit } from './relation-asked.ts';
import { requestFit } from './requested.ts';
import { roleOwnerFit } from './role-owner.ts';
import { orSaysRole, roleHolderRead, withoutHolder } from './role-stands-for.ts';
import { saidFit } from './said.ts';
import { sameWordIn } from './same-word.ts';
import { clauseAsContext, eventClauseFit } from './sequel.ts';
import { orSettingTold } from './setting-asked.ts';
import { spanSoFarFit } from './span-so-far.ts';
import { speakerNamedFit } from './speaker-named.ts';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.ts';
import { isBylinePair, isFiguresPair, isListPair, listedKind } from './structure/generate.ts';
import { sumOwnerFit } from './sum-owner.ts';
import { byScoreThenUnit, type RankedUnit, type UnitFit } from './term-index.ts';
import {
  foldText,
  isAsciiCapital,
  isAsciiLowercase,
  isBeyondPlainText,
  MAX_QUESTION_CHARS,
  tidy,
  withoutQuoted,
  words,
} from './text.ts';
import { tiesBroken } from './ties.ts';
import { CARD, ONLY, SCORING, WHAT_IT_IS } from './tuning.ts';
import { articleWordsOf, ownTextOf } from './unit-texts.ts';
import type { AnswerUnit } from './units.ts';
import { untoldFit } from './untold.ts';
import { verbAsked, verbHeldFirst } from './verb-held.ts';

/** A question as {@link rankFor} read it: what every reply to it is built from. */
export interface QuestionReading {
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
  /**
   * For a yes-or-no after whether someone told or knows a fact, whether a
   * unit tells that very fact untold in the reader's words
   * ({@link untoldEchoFit}); null for any other question, or where no unit does.
   */
  untoldEcho: UnitFit;
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
export function readersQuestion(context: AskContext, rawQuestion: string): string {
  return context.leadingChat.questionOf(
    context.trailingChat.questionOf(tidy(String(rawQuestion ?? '')).slice(0, MAX_QUESTION_CHARS)),
  );
}

/**
 * Reads a question and ranks the story's units for it: the question as the
 * reader meant it, its terms, the kind of fact it asks for, and every
 * condition it sets, each answer failing one demoted.
 */
export function rankFor(context: AskContext, rawQuestion: string): QuestionReading {
  const question = tidy(String(rawQuestion ?? '')).slice(0, MAX_QUESTION_CHARS);
  // Read once here, so every condition below sees "whooo" as "who".
  // "Who is calum reed": the name as the story writes it, or, where two of
  // its people fit what the reader wrote, neither.
  const named = context.nameSlips.read(
    withQuestionWordsPlain(context.index.unstretched(question), context.isOnlyAName),
  );
  const plain = named.question;
  const analyzed = context.index.analyze(plain);
  // "What did the farmer say": the one person the article calls so (`role-stands-for.ts`).
  const holder = roleHolderRead(context, plain, analyzed);
  const read = holder === null ? analyzed : holder.terms;
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
  // "Who suspended the scheme": "the council suspended it" gives its doer as a name would.
  const bodyDoer = need === 'person' ? bodyDoerFit(context, plain) : null;
  // "Is it known where the lithium would get refined": "It is not clear
  // where the processed lithium would be refined" answers it with no place.
  const untoldEcho = untoldEchoFit(context, plain);
  // "What town is this in": the gist naming a place tells where (`setting-asked.ts`).
  const kindFit = orSettingTold(
    context,
    plain,
    orEcho(needFit(context, plain, need, true, bodyDoer), untoldEcho),
  );
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
  // The names the reader typed ("ravensett"), read for the first answer that must be about them.
  let namesTyped: string[] | undefined;
  // Read once per question, and only when a unit is asked about it.
  let namesSomeoneElse: ((people: PeopleGiven) => boolean) | undefined;
  const conditions: readonly Condition[] = [
    // A kind told by an exact pattern ("twice", "7%", "3pm") is demoted twice:
    // the sentence without it often holds more of the question's words.
    { holds: kindFit, demotions: need !== null && PRECISE_NEEDS.has(need) ? 2 : 1 },
    { holds: amountFit },
    // A question naming nobody may still point at someone: its "she".
    {
      holds: orSaysRole(
        context,
        context.people.fitFor(terms) ?? context.people.fitForPronoun(plain),
        holder,
      ),
    },
    { holds: quotedWordsFit(context, plain, matched) },
    {
      holds: cardFit(context, plain, holder === null ? terms : withoutHolder(terms, holder), need),
      demotions: CARD.unfitDemotions,
    },
    { holds: saidPairFit(context, plain, terms, need) },
    // "What kind of company is Fernside": its own card, "a contract manufacturer…".
    { holds: kindOfNamedFit(context, plain, terms, need, matched), demotions: 2 },
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
      // "Which village is this about": the gist naming a place (`setting-asked.ts`).
      holds: orSettingTold(
        context,
        plain,
        context.namedKinds.fit(
          voiced,
          // A common word the story happens to capitalise only ("the Third
          // Regional Court") still qualifies a kind: "who was the third judge".
          (word) =>
            context.isFiller(word) ||
            (context.isOnlyAName(word) && !COMMON_ENGLISH_WORDS.has(word)),
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
            if (found?.kind === 'entity' && found.entity.kind === 'person' && !possessed)
              return null;
            // "Who is the Safer Lanes Trust": the card of the body the question only names.
            if (
              found?.kind === 'entity' &&
              !possessed &&
              bodyNamedAlone(context, plain) === found.entity
            ) {
              return null;
            }
            return found ? answerTextOf(found) : '';
          },
          matched,
          (unit) => {
            const people = peopleGivenBy(context, unit);
            if (people === null) return null;
            namesSomeoneElse ??= namesSomeoneNotAsked(plain, context.isFiller);
            return namesSomeoneElse(people);
          },
          (unit) => {
            const found = context.units[unit];
            return found?.kind === 'qa' && listedKind(found.pair) === 'person'
              ? answerTextOf(found)
              : null;
          },
        ),
      ),
    },
    {
      holds: orBodyDoer(
        givesAnotherPersonFit(
          plain,
          need,
          (unit) => peopleGivenBy(context, unit),
          context.isFiller,
          (unit) => {
            const found = context.units[unit];
            return found?.kind === 'entity' ? cardNamesOf(found) : null;
          },
        ),
        bodyDoer,
      ),
    },
    // "Which other schools besides Elsford Primary closed": not the one set aside alone.
    {
      holds: besidesNamedFit(
        plain,
        context.isOnlyAName,
        (unit) => ownTextOf(context, unit),
        (text, asked) => context.namedKinds.namesOtherThan(text, asked),
        (unit) => cardNamesOf(context.units[unit]),
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
        untoldEcho,
      ),
    },
    { holds: outcomeFit(plain, (unit) => ownTextOf(context, unit)) },
    // "What happened in the park": the lead telling of the park, not a ranger's remark on it.
    // Demoted twice: the remark says the reader's word as often as the lead, and is shorter.
    { holds: eventAskedFit(plain, leadReading(context)), demotions: 2 },
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
    // "Who said '…'": the one the pair names, not "'…,' she told the Gazette".
    {
      holds: speakerNamedFit(plain, matched, (unit) => {
        if (ownTextOf(context, unit) === null) return null;
        const people = peopleGivenBy(context, unit);
        if (people === null) return null;
        // "She told the Gazette": the outlet that reports it said nothing.
        const outlet = outletWords(context.units[unit]);
        return people.named.some((name) => !name.every((word) => outlet.has(word)));
      }),
    },
    // "What kind of lifeboat": "the all-weather lifeboat", not "The lifeboat returned".
    {
      holds: kindToldFit(
        plain,
        (unit) => ownTextOf(context, unit),
        matched,
        (unit) => {
          const found = context.units[unit];
          if (found?.kind === 'qa' && (isListPair(found.pair) || isFiguresPair(found.pair))) {
            return true;
          }
          namesTyped ??= words(foldText(plain)).filter((word) => context.isOnlyAName(word));
          const said = new Set(words(foldText(ownTextOf(context, unit) ?? '')));
          return namesTyped.some((word) => said.has(word));
        },
      ),
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
    // "Where is the ship being held": not "In 2019, its sister ship was held in Cádiz".
    {
      holds: earlierYearFit(
        plain,
        (unit) => ownTextOf(context, unit),
        (unit) => yearOfUnit(context.units[unit]),
        context.isOnlyAName,
      ),
    },
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
    // Read in the reader's own voice: "More on “The trust has not said
    // whether…”" quotes a sentence, and asks nothing whether.
    { holds: requestFit(voiced, context.whether, (unit) => ownTextOf(context, unit)) },
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
  // "What time was high tide": "at 8.47pm" ranks ahead of "on the evening
  // high tide". It orders the ranking only: a part of the day is still a
  // time of day, so every condition the sentence meets it still meets, and
  // it is still another value beside the clock time (`kind-alone.ts`).
  const clockFirst: Condition = {
    holds: clockTimeFit(plain, need, matched, {
      textOf: (unit) => ownTextOf(context, unit),
      holds: (unit, word) => {
        const held = context.termsOfUnit(unit);
        return context.termsOfWord(word).some((term) => held.has(term));
      },
      isFiller: context.isFiller,
    }),
  };
  const ranked = tiesBroken(
    byNearness(
      demoteUnfit(matched, [...conditions, clockFirst]),
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
    // "Has X had this before": the sentence telling the earlier one, not the one announcing it.
    ranked: earlierToldNext(plain, verbSaidFirst(context, plain, ranked, fitsAll), context.units),
    fitsAll,
    need,
    whatItIs,
    untoldEcho,
    ambiguousName: named.ambiguous,
  };
}

/**
 * The ranking with a near-tied unit saying the question's verb first, when
 * the best does not (`verb-held.ts`): in the verb's terms, its stand-ins
 * included ("arrived" for "turned up"), or, for a verb of filler words the
 * index holds no term of ("take over"), in its words one after another.
 */
function verbSaidFirst(
  context: AskContext,
  plain: string,
  ranked: readonly RankedUnit[],
  fitsAll: (unit: number) => boolean,
): readonly RankedUnit[] {
  if (ranked.length < 2) return ranked;
  const verb = verbAsked(plain);
  // A verb of saying ("who pointed out…") is the speaker's, told by
  // `said.ts`; every quote says it.
  if (verb === null || context.answerTypes.sayingAt(verb.split(' '))[0] === 0) return ranked;
  // An editors' pair or gap was written for its questions, and its ranking
  // already weighs them; a unit put first tells the article's own words.
  const mayLead = (unit: number) => fitsAll(unit) && ownTextOf(context, unit) !== null;
  const verbTerms = context.contrastTerms.get(verb);
  if (verbTerms.length > 0) {
    return verbHeldFirst(
      ranked,
      (unit) => {
        const held = context.termsOfUnit(unit);
        return verbTerms.some((term) => held.has(term));
      },
      mayLead,
    );
  }
  const says = context.index.phraseMentionOf(verb);
  return verbHeldFirst(
    ranked,
    (unit) => {
      const found = context.units[unit];
      return found !== undefined && says(answerTextOf(found));
    },
    mayLead,
  );
}

/**
 * For a yes-or-no after whether someone told or knows a fact ("did they
 * say how many flights the overdue planes flew", `knowing-asked.ts`),
 * whether a unit's own text tells that fact untold in the reader's own
 * question words, right after its cue ("The airline did not say how many
 * passenger flights…"), holding a word of what the reader asked besides
 * them ("flights"). Null for any other question, and where no unit of the
 * story does: the reader's words frame a question the article answers in
 * the same frame only where it says so.
 */
function untoldEchoFit(context: AskContext, plain: string): UnitFit {
  const known = knownClauseOf(plain);
  const asked = known === null ? null : echoedWordsOf(known);
  if (known === null || asked === null) return null;
  const askedWords = words(known).slice(asked.startsWith('how ') ? 2 : 1);
  const askedTerms = askedWords
    .filter((word) => !context.isFiller(word))
    .flatMap((word) => context.termsOfWord(word));
  if (askedTerms.length === 0) return null;
  const echoes = (unit: number) => {
    const text = ownTextOf(context, unit);
    if (text === null || !context.tellsNotToldAs(text, asked)) return false;
    const held = context.termsOfUnit(unit);
    return askedTerms.some((term) => held.has(term));
  };
  return context.units.some((_, unit) => echoes(unit)) ? echoes : null;
}

/** A fit that also holds of every unit another one holds of; null when both are. */
function orEcho(kindFit: UnitFit, echo: UnitFit): UnitFit {
  if (kindFit === null || echo === null) return kindFit;
  return (unit) => echo(unit) || kindFit(unit);
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
  return (
    withoutPlainNames(voiced, names) ??
    voiced.replace(CAPITALISED_LATER, (word) => (names.has(word.toLowerCase()) ? ' ' : word))
  );
}

/** A capitalised word after the question's first: capitalised as a name, not as an opening. */
const CAPITALISED_LATER = /(?<=\S\s+)\p{Lu}[\p{L}'’-]*/gu;

/**
 * {@link ownWordsAsked} of a question of plain text (letters of ASCII,
 * typographic quotes and dashes besides), read a character at a time: each
 * word {@link CAPITALISED_LATER} finds, found as the pattern finds it, and
 * looked up. Null for any other text, left to the pattern. A long question
 * holds a dozen capitalised words: the pattern's look-behind, tried at each
 * capital, and a callback for each word cost more than the rest of this.
 */
function withoutPlainNames(question: string, names: ReadonlySet<string>): string | null {
  const length = question.length;
  /** Where the first character not a space stands: a word after it is not the first. */
  let firstWord = -1;
  let kept = '';
  /** How much of the question is kept in `kept`, or read with no name to blank out. */
  let keptTo = 0;
  let at = 0;
  while (at < length) {
    const code = question.charCodeAt(at);
    if (isBeyondPlainText(code)) return null;
    if (isSpace(code)) {
      at++;
      continue;
    }
    if (firstWord < 0) firstWord = at;
    if (!isAsciiCapital(code) || at <= firstWord || !isSpace(question.charCodeAt(at - 1))) {
      at++;
      continue;
    }
    const start = at;
    while (at < length && isNameCharacter(question.charCodeAt(at))) at++;
    if (names.has(question.slice(start, at).toLowerCase())) {
      kept += `${question.slice(keptTo, start)} `;
      keptTo = at;
    }
  }
  return keptTo === 0 ? question : kept + question.slice(keptTo);
}

/** Whether a character code of ASCII is white space, as a pattern's \s reads it. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Whether a character code may stand in a {@link CAPITALISED_LATER} word of plain text: a letter, "'", "’" or "-". */
function isNameCharacter(code: number): boolean {
  return (
    isAsciiLowercase(code) ||
    isAsciiCapital(code) ||
    code === APOSTROPHE ||
    code === RIGHT_QUOTE ||
    code === HYPHEN
  );
}

const APOSTROPHE = "'".charCodeAt(0);
const RIGHT_QUOTE = '’'.charCodeAt(0);
const HYPHEN = '-'.charCodeAt(0);

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

/** A condition that also holds for a unit making a body the doer asked for ({@link bodyDoerFit}). */
function orBodyDoer(holds: UnitFit, bodyDoer: UnitFit): UnitFit {
  if (holds === null || bodyDoer === null) return holds;
  return (unit) => holds(unit) || bodyDoer(unit);
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
  // A plain loop: flatMap built an array for each of some forty conditions, every question.
  const active: { holds: (unit: number) => boolean; demotions: number }[] = [];
  for (const { holds, demotions = 1 } of conditions) {
    if (holds !== null) active.push({ holds, demotions });
  }
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
