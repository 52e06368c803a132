import { answerTextOf } from './answer-text.ts';
import type { AskContext } from './ask-context.ts';
import type { AskedClause } from './asked-clause.ts';
import { BoundedMemo } from './bounded-memo.ts';
import {
  deedAsked,
  deedAskedOpen,
  deedDoneByNobodyNamed,
  deedDoneByTheOneAsked,
} from './deed-asked.ts';
import { deniesAskedWord } from './denied-asked.ts';
import { namesAnotherThan } from './gives-other.ts';
import type { AnswerNeed } from './intent.ts';
import { keptShapes } from './kept-shapes.ts';
import { VALUED_NEEDS } from './kind-alone.ts';
import { unlinkedWords } from './linked-word.ts';
import { unneighbouredWords } from './neighbour-word.ts';
import { answerDistance } from './proximity.ts';
import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import { sameWordIn } from './same-word.ts';
import { isArticleWidePair } from './structure/generate.ts';
import { isGap, subjectTerms } from './suggestions.ts';
import type { RankedUnit } from './term-index.ts';
import { words } from './text.ts';
import { DECISION } from './tuning.ts';
import type { AnswerUnit } from './units.ts';

/** An ordinal's term: "first", "second", "3rd". */
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/**
 * What the answer-or-abstain decision knows of a question and its best
 * unit, in general terms (no story word): how strongly and how alone the
 * unit matches, and how much of the question it leaves unsaid. Read by the
 * rule that gives a clear sentence below the threshold (`clear-sentence.ts`),
 * by editors asking why (`StoryEngine.explainDecision`), and by
 * `scripts/fit-decision.ts`, which measures a calibrated model over them.
 */
export interface DecisionFeatures {
  /** The best unit's score. */
  score: number;
  /**
   * How many times the best unit outscores the best answer showing another
   * fact (capped); for an age, one that does not give the best one's own
   * age again.
   */
  lead: number;
  /** The question's own words (question words aside), each with its stand-ins. */
  asked: number;
  /** Words the unit holds as the reader typed them. */
  typedHeld: number;
  /**
   * Of {@link typedHeld}, those that are not ordinals ("first", "second",
   * "3rd"): an order alone ("first base, second base") says nothing of what is asked.
   */
  typedHeldBesidesOrder: number;
  /** Words the unit holds only through a stand-in (a related word, a reader phrase). */
  standInHeld: number;
  /**
   * Words the unit neither holds nor explains as the kind of fact asked for,
   * nor says in its own verb by WordNet's relations ("shut" of "closed",
   * `linked-word.ts`).
   */
  unexplained: number;
  /**
   * Of those, for a yes-or-no, the words of the clause it asks about
   * (`asked-clause.ts`): its subject and what is said of it, not the
   * reader's context after it nor the other option after "or". For any
   * other question, every word unexplained.
   */
  clauseUnexplained: number;
  /**
   * For a yes-or-no, whether the unit's own text denies a word of the clause
   * it asks about ("No one was injured" of "was anyone injured",
   * `asked-clause.ts`); false for any other question.
   */
  deniesAsked: boolean;
  /** Of those, words that are not the story's own as typed: most often the point of the question. */
  strange: number;
  /** Of those, names neither the story nor the dictionary knows ("Ukraine"). */
  foreignNames: number;
  /** Of those, other dictionary words the story never uses ("illegal", "scared"). */
  strangeEnglish: number;
  /** Of those, one of the most common English words the story never uses ("saying"). */
  strangeEveryday: number;
  /** Subject words of the story the reader typed (not everyday English) that the unit holds. */
  subjectsHeld: number;
  /**
   * Subject words of the story the reader typed, held or not: none when the
   * question asks in everyday words alone ("how long did the kit go without
   * anyone checking it").
   */
  subjectsAsked: number;
  /** Whether the unit meets every condition the question sets (kind of fact, people named…). */
  fitsAll: boolean;
  /** For a "where", whether the unit gives a place the question does not name itself. */
  givesPlace: boolean;
  /** The kind of fact asked for, if the question's wording says. */
  need: AnswerNeed | null;
  /**
   * Whether the question asks who did a deed ("who won the election") and
   * the unit leaves that deed's word unexplained (`deed-asked.ts`).
   */
  deedUnsaid: boolean;
  /** Whether the question asks with a question word ("who", "what"): otherwise a yes/no or a bare phrase. */
  asksWh: boolean;
  /**
   * Whether the word right after "how", the measure the question asks
   * ("how late", "how bad"), is one the unit leaves unexplained.
   */
  measureUnsaid: boolean;
  /**
   * Whether the question asks what the reader themselves should or can do
   * ("how often should i water my plants", "do we need…"): no news story is
   * written to say.
   */
  asksOfReader: boolean;
  /** Words the reader typed. */
  length: number;
  /** Whether the unit's own answer text holds every word of the question as typed: no stand-in, no corrected typo. */
  saysEveryWord: boolean;
  /** Whether the unit is one of the article's sentences, or a pair made from one sentence. */
  showsOneSentence: boolean;
  /** Whether the unit is a pair the story's editors wrote for its questions (not made from the article, not a gap). */
  curated: boolean;
  /**
   * Whether the question asks for a kind of fact every instance of which is
   * a figure or a day ({@link VALUED_NEEDS}: an age, a percentage, a clock
   * time…), the unit's own text holds a word of the reader's besides those
   * naming the kind, and no other fact ranked for the question gives that
   * kind with another value (`kind-alone.ts`).
   */
  kindAlone: boolean;
  /**
   * For a question {@link kindAlone} holds of, how many words apart the
   * unit's own text gives the kind of fact asked for and a word of the
   * reader's besides those naming it; null when the kind is not told word
   * by word (a weekday, a tally).
   */
  kindDistance: number | null;
  /**
   * For a "how many" of a thing ("how many judges"), whether the unit counts
   * that very thing and no other fact ranked for the question counts it with
   * another value (`count-alone.ts`).
   */
  countAlone: boolean;
  /**
   * For a "which X" or "what X" (no other kind of fact asked), whether the
   * unit is one of the article's sentences naming one of that kind where it
   * says the kind's word ("the supermarket chain Brackwell's" for "which
   * grocery chain", "Fenmouth's Harbour Road library" for "which library"),
   * as the condition that a "which river" name one reads it (`named-kind.ts`):
   * the kind of fact asked, filled as a date fills a "when".
   */
  namesKindAsked: boolean;
}

/** Auxiliaries a reader asks what they themselves should do by: "should i", "do we". */
const READERS_AUXILIARIES: ReadonlySet<string> = new Set(['should', 'do', 'can', 'must', 'shall']);

/** The reader asking of themselves: "i", "we". */
const THE_READER: ReadonlySet<string> = new Set(['i', 'we']);

/** No fact besides the best one: its lead counts as this much. */
export const MAX_LEAD = 5;

/**
 * The features of the best unit of a ranked list, or null when nothing was
 * ranked. Pure; `ask` reads them only for a best unit between the floors of
 * `DECISION` and the answer threshold. Each feature is read on first use
 * ({@link BestUnitFeatures}): most decisions are settled by the first few,
 * and the rest (the words unexplained, the subject, the runner-up) cost a
 * long question a tenth of its time. {@link plainFeatures} reads them all.
 */
export function decisionFeatures(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  fitsAll: (unit: number) => boolean,
  need: AnswerNeed | null,
): DecisionFeatures | null {
  const best = ranked[0];
  const unit = best && context.units[best.unit];
  if (!best || !unit) return null;
  const features = new BestUnitFeatures(
    context,
    question,
    ranked,
    terms,
    fitsAll,
    need,
    best,
    unit,
  );
  keptShapes.features = features;
  return features;
}

/**
 * Every feature read at once, as a plain object in the order
 * {@link DecisionFeatures} lists them: for editors asking why and for the
 * script fitting the decision, which print or weigh them all.
 */
export function plainFeatures(f: DecisionFeatures): DecisionFeatures {
  return {
    score: f.score,
    lead: f.lead,
    asked: f.asked,
    typedHeld: f.typedHeld,
    typedHeldBesidesOrder: f.typedHeldBesidesOrder,
    standInHeld: f.standInHeld,
    unexplained: f.unexplained,
    clauseUnexplained: f.clauseUnexplained,
    deniesAsked: f.deniesAsked,
    strange: f.strange,
    foreignNames: f.foreignNames,
    strangeEnglish: f.strangeEnglish,
    strangeEveryday: f.strangeEveryday,
    subjectsHeld: f.subjectsHeld,
    subjectsAsked: f.subjectsAsked,
    fitsAll: f.fitsAll,
    givesPlace: f.givesPlace,
    need: f.need,
    deedUnsaid: f.deedUnsaid,
    asksWh: f.asksWh,
    measureUnsaid: f.measureUnsaid,
    asksOfReader: f.asksOfReader,
    length: f.length,
    saysEveryWord: f.saysEveryWord,
    showsOneSentence: f.showsOneSentence,
    curated: f.curated,
    kindAlone: f.kindAlone,
    kindDistance: f.kindDistance,
    countAlone: f.countAlone,
    namesKindAsked: f.namesKindAsked,
  };
}

/** Word groups of the question (`askedWords`), each a group of terms standing in for one word. */
type WordGroups = readonly (readonly QueryTerm[])[];

/**
 * {@link DecisionFeatures} of one best unit, each read on first use and
 * kept: a getter per feature, and the readings several share (the words
 * asked, those held, those unexplained) kept alike.
 */
class BestUnitFeatures implements DecisionFeatures {
  readonly score: number;
  readonly need: AnswerNeed | null;
  private readonly text: string;
  private readonly held: ReadonlySet<string>;
  private askedRead: WordGroups | undefined;
  private typedHeldRead: WordGroups | undefined;
  private framingRead: ReadonlySet<string> | undefined;
  private unexplainedRead: WordGroups | undefined;
  private strangeRead: WordGroups | undefined;
  private subjectsRead: readonly string[] | undefined;
  private leadRead: number | undefined;
  private fitsAllRead: boolean | undefined;
  private kindRead: Pick<DecisionFeatures, 'kindAlone' | 'kindDistance'> | undefined;
  private clauseRead: AskedClause | null | undefined;

  constructor(
    private readonly context: AskContext,
    private readonly question: string,
    private readonly ranked: readonly RankedUnit[],
    private readonly terms: readonly QueryTerm[],
    private readonly fitsAllOf: (unit: number) => boolean,
    need: AnswerNeed | null,
    private readonly best: RankedUnit,
    private readonly unit: AnswerUnit,
  ) {
    this.score = best.score;
    this.need = need;
    this.text = answerTextOf(unit);
    this.held = context.termsOfUnit(best.unit);
  }

  private get askedGroups(): WordGroups {
    this.askedRead ??= askedWords(this.terms);
    return this.askedRead;
  }

  private get typedHeldGroups(): WordGroups {
    this.typedHeldRead ??= this.askedGroups.filter((group) =>
      group.some((t) => t.credit === 1 && this.held.has(t.term)),
    );
    return this.typedHeldRead;
  }

  /** The terms of the words that only frame the kind of fact asked ({@link needTerms}). */
  private get framing(): ReadonlySet<string> {
    this.framingRead ??=
      this.need === null ? NO_WORDS : needTerms(this.context, this.question, this.text, this.terms);
    return this.framingRead;
  }

  private get unexplainedGroups(): WordGroups {
    if (this.unexplainedRead === undefined) {
      const { held, framing } = this;
      this.unexplainedRead = unneighbouredWords(
        this.context,
        this.question,
        unlinkedWords(
          this.context,
          this.question,
          this.askedGroups.filter((group) => !holdsWord(held, group) && !holdsWord(framing, group)),
          wordsOfAnswer.get(this.text),
          this.need,
        ),
        held,
      );
    }
    return this.unexplainedRead;
  }

  private get strangeGroups(): WordGroups {
    this.strangeRead ??= this.unexplainedGroups.filter(
      (group) => !isStoryWord(this.context, group),
    );
    return this.strangeRead;
  }

  private strangeAs(kind: QueryTerm['strangeness']): number {
    return this.strangeGroups.filter(
      (group) => (group.find((t) => t.credit === 1) ?? group[0])?.strangeness === kind,
    ).length;
  }

  private get subjects(): readonly string[] {
    this.subjectsRead ??= [...new Set(subjectTerms(this.context, this.question, this.terms))];
    return this.subjectsRead;
  }

  get lead(): number {
    if (this.leadRead === undefined) {
      const { context, need, best } = this;
      // Asked for an age the best one gives beside a word the reader typed
      // ("Chloe Amadi, 23, a nursing student"), a fact giving that same age
      // (each of her quotes) is the same person's age again, no other
      // answer, however close it scores. Not a clock time, a day or a
      // figure: the same one may belong to two things.
      const rival =
        need === 'age' && this.ageBesideTypedWord
          ? (unit: number) => !givesSameValue(context, need, best.unit, unit)
          : undefined;
      const other = bestOtherFact(context, this.ranked, rival);
      this.leadRead = other > 0 ? Math.min(MAX_LEAD, this.score / other) : MAX_LEAD;
    }
    return this.leadRead;
  }

  /**
   * Whether the best unit's own text gives an age within
   * `DECISION.sameAgeNearWords` words of another word the reader typed
   * (the age's own word, "23-year-old", aside).
   */
  private get ageBesideTypedWord(): boolean {
    const { context } = this;
    // The reader's words as typed, whatever they name: "student" of "how
    // old is the student" is the one asked about, not the kind.
    const typed = new Set(
      this.typedHeldGroups.flatMap((group) =>
        group.filter((t) => t.credit === 1).map((t) => t.term),
      ),
    );
    const textWords = wordsOfAnswer.get(this.text);
    const ages = context.answerTypes.valuesIn('age', this.text);
    return textWords.some(
      (word, at) =>
        !ages.includes(at) &&
        ages.some((age) => Math.abs(age - at) <= DECISION.sameAgeNearWords) &&
        isTypedWord(context, typed, word),
    );
  }

  get asked(): number {
    return this.askedGroups.length;
  }

  get typedHeld(): number {
    return this.typedHeldGroups.length;
  }

  get typedHeldBesidesOrder(): number {
    return this.typedHeldGroups.filter((group) => !group.some((t) => ORDINAL.test(t.term))).length;
  }

  get standInHeld(): number {
    const anyHeld = this.askedGroups.filter((group) => holdsWord(this.held, group));
    return anyHeld.length - this.typedHeldGroups.length;
  }

  get unexplained(): number {
    return this.unexplainedGroups.length;
  }

  /** The clause a yes-or-no asks about (`asked-clause.ts`), read once; null for any other question. */
  private get clause(): AskedClause | null {
    if (this.clauseRead === undefined)
      this.clauseRead = this.context.askedClauses.of(this.question);
    return this.clauseRead;
  }

  get clauseUnexplained(): number {
    const { clause } = this;
    if (clause === null) return this.unexplained;
    // A word counts outside the clause only when the reader typed it after
    // the clause and not in it: a slip the analyzer corrected, found in
    // neither, stays in.
    const termsOf = (text: string) =>
      new Set(words(text).flatMap((word) => this.context.termsOfWord(word)));
    const inClause = termsOf(clause.asked);
    const after = termsOf(clause.after);
    const typedIn = (group: readonly QueryTerm[], terms: ReadonlySet<string>) =>
      group.some((t) => t.credit === 1 && terms.has(t.term));
    return this.unexplainedGroups.filter(
      (group) => typedIn(group, inClause) || !typedIn(group, after),
    ).length;
  }

  get deniesAsked(): boolean {
    const { context, clause } = this;
    if (clause === null) return false;
    // Each word of the clause and its options ("mauled or injured"), with the
    // story's words standing in for it ("deaths" for "died"): a word the
    // story never uses reaches the sentence only through those.
    const clauseWords = words(clause.options).filter((word) => !context.isFiller(word));
    const termsOfEach = clauseWords.map((word) => [
      ...context.termsOfWord(word),
      ...context.index.expansionsOf(word).map((e) => e.term),
    ]);
    const asked = new Set(termsOfEach.flat());
    return deniesAskedWord(
      clause.options,
      wordsOfAnswer.get(this.text),
      (word) => context.termsOfWord(word).some((term) => asked.has(term)),
      termsOfEach.filter((terms) => terms.some((term) => this.held.has(term))).length,
    );
  }

  get strange(): number {
    return this.strangeGroups.length;
  }

  get foreignNames(): number {
    return this.strangeAs('name');
  }

  get strangeEnglish(): number {
    return this.strangeAs('english');
  }

  get strangeEveryday(): number {
    return this.strangeAs('everyday');
  }

  get subjectsHeld(): number {
    return this.subjects.filter((term) => this.held.has(term)).length;
  }

  get subjectsAsked(): number {
    return this.subjects.length;
  }

  get fitsAll(): boolean {
    this.fitsAllRead ??= this.fitsAllOf(this.best.unit);
    return this.fitsAllRead;
  }

  get givesPlace(): boolean {
    return this.need !== 'place' || givesAnotherPlace(this.context, this.question, this.text);
  }

  get deedUnsaid(): boolean {
    return deedUnsaidIn(this.context, this.question, () => this.unexplainedGroups);
  }

  get asksWh(): boolean {
    return (
      this.terms.some((t) => t.isQuestionWord) ||
      words(this.question).some((word) => this.context.leadingChat.isQuestionForm(word))
    );
  }

  get measureUnsaid(): boolean {
    const typed = words(this.question);
    const measures = new Set(
      typed.flatMap((word, at) =>
        at > 0 && typed[at - 1] === 'how' ? this.context.termsOfWord(word) : [],
      ),
    );
    return (
      measures.size > 0 &&
      this.unexplainedGroups.some((group) =>
        group.some((t) => t.credit === 1 && measures.has(t.term)),
      )
    );
  }

  get asksOfReader(): boolean {
    const typed = words(this.question);
    return typed.some(
      (word, at) => READERS_AUXILIARIES.has(word) && THE_READER.has(typed[at + 1] ?? ''),
    );
  }

  get length(): number {
    return words(this.question).length;
  }

  get saysEveryWord(): boolean {
    return saysEveryWord(this.context, this.best.unit, this.askedGroups);
  }

  get showsOneSentence(): boolean {
    return showsOneSentence(this.context, this.unit, this.best.unit);
  }

  get curated(): boolean {
    return this.unit.kind === 'qa' && !this.unit.pair.generated && !isGap(this.unit);
  }

  private get kind(): Pick<DecisionFeatures, 'kindAlone' | 'kindDistance'> {
    if (this.kindRead === undefined) {
      const { context, need } = this;
      // The reader's words the answer's own text holds, besides those naming the
      // kind asked for: read only for the kinds {@link kindAloneOf} holds of.
      const ownWordsBeyondKind: ReadonlySet<string> =
        need !== null && VALUED_NEEDS.has(need)
          ? ownWordsBeyond(
              context.termsOfAnswer(this.best.unit),
              this.typedHeldGroups,
              this.framing,
            )
          : NO_WORDS;
      this.kindRead = kindAloneOf(
        context,
        this.ranked,
        need,
        this.fitsAllOf,
        this.text,
        ownWordsBeyondKind,
      );
    }
    return this.kindRead;
  }

  get kindAlone(): boolean {
    return this.kind.kindAlone;
  }

  get kindDistance(): number | null {
    return this.kind.kindDistance;
  }

  get countAlone(): boolean {
    return (
      this.need === 'quantity' &&
      this.fitsAll &&
      onlyValueOfKind(this.context, this.ranked, this.need, this.fitsAllOf)
    );
  }

  get namesKindAsked(): boolean {
    if (this.need !== null || this.unit.kind !== 'sentence') return false;
    const { namedKinds, isFiller, isOnlyAName } = this.context;
    const kind = namedKinds.kindAskedFor(this.question, isFiller);
    // "Which arab tv channel": a word the story writes only as a name is no kind.
    if (kind === null || isOnlyAName(kind)) return false;
    return namedKinds.namesOneOf(this.text, kind);
  }
}

/**
 * Whether a "who" asking who did a deed ("who chairs the committee") leaves
 * that deed's word among the given word groups of the question: those a
 * unit does not explain, read only for a question asking after a deed.
 */
function deedUnsaidIn(context: AskContext, question: string, unsaid: () => WordGroups): boolean {
  const deedTerms = deedTermsOf(context, question);
  return (
    deedTerms.length > 0 && unsaid().some((group) => group.some((t) => deedTerms.includes(t.term)))
  );
}

/** The terms of the deed a "who" asks the doer of (`deed-asked.ts`); none for any other question. */
function deedTermsOf(context: AskContext, question: string): readonly string[] {
  const deed = deedOf(context, question);
  return deed === null ? [] : context.termsOfWord(deed);
}

/**
 * Whether a unit's own text tells that the one a "who" names after its deed
 * did that deed ({@link deedDoneByTheOneAsked}): "who owns the Carrowmore
 * Estate" is not answered by "land owned by the Carrowmore Estate".
 */
export function tellsDeedDoneByTheOneAsked(
  context: AskContext,
  question: string,
  text: string | null,
): boolean {
  const deed = text === null ? null : deedOf(context, question);
  if (text === null || deed === null) return false;
  const sameWord = (a: string, b: string) => sameWordIn(context, a, b);
  // "Who alerted the board staff" is not answered by "staff were alerted at
  // about 6.40", which says it was done and by nobody.
  return (
    deedDoneByTheOneAsked(question, deed, text, sameWord) ||
    deedDoneByNobodyNamed(question, deed, text, sameWord)
  );
}

/**
 * Whether a unit's own text says the deed a "who" asks the doer of only as
 * an open question ({@link deedAskedOpen}): "who signed off lowering his
 * risk rating" of "…and questioned who had signed off the change".
 */
export function tellsDeedAskedOpen(
  context: AskContext,
  question: string,
  text: string | null,
): boolean {
  const deed = text === null ? null : deedOf(context, question);
  if (text === null || deed === null) return false;
  return deedAskedOpen(question, deed, text, (a, b) => sameWordIn(context, a, b));
}

/** The deed a "who" asks the doer of (`deed-asked.ts`), a word of saying aside. */
function deedOf(context: AskContext, question: string): string | null {
  return deedAsked(
    question,
    context.isFiller,
    (word, next) => context.answerTypes.sayingAt([word, next])[0] === 0,
  );
}

/**
 * Whether a unit leaves unsaid the deed a "who" asks the doer of: "who
 * chairs the business committee" is not answered, whatever its score, by a
 * sentence naming someone due before that committee, which never says who
 * chairs it. Read for a best unit at or above the answer threshold; below
 * it, {@link DecisionFeatures.deedUnsaid} tells the same.
 */
export function leavesDeedUnsaid(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  unit: number,
): boolean {
  const deedTerms = deedTermsOf(context, question);
  if (deedTerms.length === 0) return false;
  const held = context.termsOfUnit(unit);
  return askedWords(terms).some(
    (group) => group.some((t) => deedTerms.includes(t.term)) && !holdsWord(held, group),
  );
}

/** No words: the reader's own words beyond the kind, for a question asking for none of those kinds. */
const NO_WORDS: ReadonlySet<string> = new Set();

/** The terms of the reader's word groups that an answer's own text holds, besides groups naming the kind asked for. */
function ownWordsBeyond(
  ownText: ReadonlySet<string>,
  typedHeld: readonly (readonly QueryTerm[])[],
  framing: ReadonlySet<string>,
): Set<string> {
  return new Set(
    typedHeld.flatMap((group) =>
      holdsWord(framing, group) ? [] : group.filter((t) => ownText.has(t.term)).map((t) => t.term),
    ),
  );
}

/** {@link DecisionFeatures.kindAlone} and {@link DecisionFeatures.kindDistance}. */
function kindAloneOf(
  context: AskContext,
  ranked: readonly RankedUnit[],
  need: AnswerNeed | null,
  fitsAll: (unit: number) => boolean,
  text: string,
  ownWords: ReadonlySet<string>,
): Pick<DecisionFeatures, 'kindAlone' | 'kindDistance'> {
  // Read only for the kinds it holds of: most questions ask none of them.
  if (
    need === null ||
    !VALUED_NEEDS.has(need) ||
    ownWords.size === 0 ||
    !onlyValueOfKind(context, ranked, need, fitsAll)
  ) {
    return { kindAlone: false, kindDistance: null };
  }
  const { answerTypes, termsOfWord } = context;
  return {
    kindAlone: true,
    kindDistance: answerDistance(
      need,
      wordsOfAnswer.get(text),
      ownWords,
      answerTypes,
      termsOfWord,
      answerTypes.valuesIn(need, text),
    ),
  };
}

/**
 * Whether no other fact ranked for the question gives the kind of fact it
 * asks for with another value than the best unit: "Gwen Tarrant, 67" in each
 * of her quotes is one age, a second sentence with "aged 44" another. A
 * text holding the kind with no word showing it (a weekday, a tally) is
 * another value.
 */
function onlyValueOfKind(
  context: AskContext,
  ranked: readonly RankedUnit[],
  need: AnswerNeed,
  fitsAll: (unit: number) => boolean,
): boolean {
  const [best, ...rest] = ranked;
  if (!best) return false;
  const shown = new Set(context.shown.of(best.unit));
  return !rest.some(
    (r) =>
      isOtherFact(context, shown, r.unit) &&
      fitsAll(r.unit) &&
      givesAnotherValue(context, need, best.unit, r.unit),
  );
}

/**
 * Whether a unit gives the kind of fact asked for with a value the best unit
 * does not give ({@link onlyValueOfKind}); one holding the kind with no word
 * showing it (a weekday, a tally) counts as giving another.
 */
function givesAnotherValue(
  context: AskContext,
  need: AnswerNeed,
  best: number,
  other: number,
): boolean {
  const value = valueWordsOf(context, need, other);
  return value.length === 0 || !givesSameValue(context, need, best, other, value);
}

/**
 * Whether a unit gives the kind of fact asked for, and only with values the
 * best unit gives too ("Chloe Amadi, 23," in each of her quotes).
 */
function givesSameValue(
  context: AskContext,
  need: AnswerNeed,
  best: number,
  other: number,
  value: readonly string[] = valueWordsOf(context, need, other),
): boolean {
  const own = new Set(valueWordsOf(context, need, best));
  return value.length > 0 && value.every((word) => own.has(word));
}

/** The words of a unit's answer text giving the kind of fact a need asks for ("67", "44"). */
function valueWordsOf(context: AskContext, need: AnswerNeed, index: number): string[] {
  const unit = context.units[index];
  if (!unit) return [];
  const text = answerTextOf(unit);
  const textWords = wordsOfAnswer.get(text);
  return context.answerTypes.valuesIn(need, text).map((at) => textWords[at] ?? '');
}

/**
 * Whether an answer's own text holds every word of the question as typed:
 * no stand-in, no corrected typo. Such an answer is trusted below the usual
 * threshold, since a sentence that says everything asked is rarely about
 * something else.
 */
function saysEveryWord(
  context: AskContext,
  unit: number,
  asked: readonly (readonly QueryTerm[])[],
): boolean {
  const own = context.termsOfAnswer(unit);
  return (
    asked.length > 0 &&
    asked.every((group) =>
      group.some((t) => t.credit === 1 && t.certainty === 1 && own.has(t.term)),
    )
  );
}

/**
 * One of the article's sentences, or a pair made from one (what a speaker
 * said in it, what happened on a date it gives): written by the reporter,
 * not for the reader's question, and held to the same test.
 */
function showsOneSentence(context: AskContext, unit: AnswerUnit, index: number): boolean {
  if (unit.kind === 'sentence') return true;
  if (unit.kind !== 'qa' || unit.pair.generated !== true || isArticleWidePair(unit.pair)) {
    return false;
  }
  return context.shown.of(index).length === 1;
}

/**
 * The terms of the words that only say what kind of fact the question wants
 * ("city" of "which city", "long" of "how long" for a span spelled out): a sentence meeting the
 * question's need explains them, as "in 2015" explains "what year".
 */
export function needTerms(
  context: AskContext,
  question: string,
  answer: string,
  terms: readonly QueryTerm[],
): Set<string> {
  const framing = context.answerTypes.framingWords(question, answer);
  if (framing.length === 0) return new Set();
  // Read without them, the question loses exactly their terms, stand-ins included.
  const rest = new Set(
    context.index
      .analyze(question.toLowerCase().replace(framingPattern(framing), ' '))
      .map((t) => t.term),
  );
  return new Set(terms.filter((t) => !rest.has(t.term)).map((t) => t.term));
}

/**
 * The reader's own words as typed (full credit, no stand-in), besides those
 * that only name the kind of fact asked ("time" of "what time", "city" of
 * "which city"): the words that tie a value or a name in the answer to the
 * thing asked about.
 */
export function typedTermsAsked(
  context: AskContext,
  question: string,
  answer: string,
  terms: readonly QueryTerm[],
): Set<string> {
  const framing = needTerms(context, question, answer, terms);
  return new Set(
    askedWords(terms)
      .filter((group) => !holdsWord(framing, group))
      .flatMap((group) => group.filter((t) => t.credit === 1).map((t) => t.term)),
  );
}

/**
 * Whether a word of an answer is one of the reader's own, as
 * {@link typedTermsAsked} gathers them: the word that ties a value or a
 * name in the answer to the thing asked about.
 */
export function isTypedWord(
  context: AskContext,
  typed: ReadonlySet<string>,
  word: string,
): boolean {
  return context.termsOfWord(word).some((term) => typed.has(term));
}

/**
 * The text of the best unit when it is one of the article's sentences that
 * meets every condition of the question, scores at least `floor` and leaves
 * at most `mostUnexplained` of the reader's words unexplained: the common
 * gate of the rules that give such a sentence below the threshold for the
 * value or name it holds beside the reader's words (`typed-value.ts`,
 * `one-named.ts`, `time-beside-word.ts`, `perfect-span.ts`,
 * `span-before-noun.ts`, `value-beside-words.ts`, `alternative-asked.ts`).
 * Null otherwise.
 */
export function clearBestSentence(
  context: AskContext,
  ranked: readonly RankedUnit[],
  f: DecisionFeatures,
  floor: number,
  mostUnexplained: number,
): string | null {
  const best = ranked[0];
  if (
    best === undefined ||
    !f.fitsAll ||
    !f.showsOneSentence ||
    f.score < floor ||
    f.unexplained > mostUnexplained
  ) {
    return null;
  }
  const unit = context.units[best.unit];
  return unit === undefined ? null : answerTextOf(unit);
}

/**
 * The pattern of a question's framing words, kept: V8 compiles a pattern
 * used for a global replace to machine code at once, a fifth of a
 * millisecond, and most questions are framed by the same few words ("how
 * many", "when", "which city").
 */
function framingPattern(framing: readonly string[]): RegExp {
  return FRAMING_PATTERNS.get(framing.join('|'));
}

/**
 * The words of answers' texts, kept per text: the best unit's are read for
 * every question it is weighed for, and a "how many" or a "when" reads those
 * of every unit ranked; folding and splitting each afresh, as the fold's few
 * slots keep the question's own texts, was a share of every ask. The
 * story's texts are few; a loose cap bounds a large one.
 */
const ANSWER_WORDS_LIMIT = 8192;
const wordsOfAnswer = new BoundedMemo(ANSWER_WORDS_LIMIT, words);

/** Bounds the patterns kept for framings readers used. */
const MAX_FRAMING_PATTERNS = 256;
/** Framing words → their pattern; `replace` starts a global pattern from the text's start, so one can be shared. */
const FRAMING_PATTERNS = new BoundedMemo(
  MAX_FRAMING_PATTERNS,
  (alternatives: string) => new RegExp(`\\b(?:${alternatives})\\b`, 'gu'),
);

/**
 * Whether a text gives a place the question does not name: "where in Lyon
 * does he live" is not answered by "he moved to Lyon".
 */
function givesAnotherPlace(context: AskContext, question: string, text: string): boolean {
  const { answerTypes } = context;
  // "Where does she charge her car": "I charge it in the garage" places it, no name needed.
  return (
    namesAnotherThan(question, answerTypes.placesIn(text)) ||
    namesAnotherThan(question, answerTypes.placeNounsIn(text))
  );
}

/** A word the reader typed (or mistyped) that the story itself uses, not a stand-in for one. */
function isStoryWord(context: AskContext, group: readonly QueryTerm[]): boolean {
  const [only] = group;
  return (
    group.length === 1 &&
    only !== undefined &&
    only.credit === 1 &&
    context.index.hasTerm(only.term)
  );
}

/**
 * The score of the best answer showing none of the sentences the best one
 * shows. A pair answering for the whole article (its headline, its people)
 * is no other reading of the question: it holds a little of every question.
 * Where given, only units `rival` holds of count (for an age, those not
 * giving the best one's own again).
 */
function bestOtherFact(
  context: AskContext,
  ranked: readonly RankedUnit[],
  rival: (unit: number) => boolean = () => true,
): number {
  const [best, ...rest] = ranked;
  if (!best) return 0;
  const shown = new Set(context.shown.of(best.unit));
  const touched = new Set(context.shown.touched(best.unit));
  return (
    rest.find((r) => rival(r.unit) && isOtherFact(context, shown, r.unit, touched))?.score ?? 0
  );
}

/**
 * Whether a unit shows another fact than the sentences shown: a pair
 * answering for the whole article (its headline, its people) is no other
 * reading of the question, as it holds a little of every question.
 */
function isOtherFact(
  context: AskContext,
  shown: ReadonlySet<string>,
  index: number,
  touchedByBest: ReadonlySet<string> = new Set(),
): boolean {
  const unit = context.units[index];
  if (unit?.kind === 'qa' && isArticleWidePair(unit.pair)) return false;
  // The sentence a card cites, ranked below that card: the rest of the
  // sentence did not draw the question, so it is the card's fact again.
  if (unit?.kind === 'sentence') {
    const its = context.shown.of(index);
    if (its.length > 0 && its.every((s) => touchedByBest.has(s))) return false;
  }
  // A quote or a card showing part of the very sentence given says nothing besides.
  const touched = context.shown.touched(index);
  if (touched.length > 0 && touched.every((s) => shown.has(s))) return false;
  return !context.shown.of(index).some((s) => shown.has(s));
}
