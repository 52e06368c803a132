import type { Entity } from '../knowledge/schema.ts';
import type { AskContext } from './ask-context.ts';
import { bodyNamedAlone } from './body-named-alone.ts';
import { regularSingular } from './counted.ts';
import { deedAsked } from './deed-asked.ts';
import { isNamed } from './entity-names.ts';
import { isKinNoun, pronounGenders } from './gender.ts';
import type { AnswerNeed } from './intent.ts';
import { type KindOfNamed, kindOfNamedAsked } from './kind-of-named.ts';
import { kindSaid } from './kind-told.ts';
import { keptForLastCall } from './last-call.ts';
import { mayBeAPerson } from './named-kind.ts';
import { askedWords, holdsWord, type QueryTerm, termsAsked } from './query-terms.ts';
import { isShortRole } from './structure/forms.ts';
import type { RankedUnit, UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { ownTextOf } from './unit-texts.ts';

/**
 * Words asking for someone's work ("what job", "for a living"): a card that
 * says nothing of it is no answer.
 */
const ASKS_WORK = new Set([
  'job',
  'jobs',
  'work',
  'living',
  'occupation',
  'profession',
  'career',
  'trade',
  'employer',
]);

/**
 * Words that ask who someone is ("what is her job", "his title"): a
 * who's-who card answers them though it never says "job".
 */
const ASKS_WHO_SOMEONE_IS = new Set([
  ...ASKS_WORK,
  'role',
  'roles',
  'title',
  'titles',
  'position',
  'post',
  'do',
  'does',
  'person',
  'guy',
  'name',
  'full',
  'described',
  'called',
  'old',
  'age',
  'aged',
  'rank',
  'specialty',
  'speciality',
  'specialism',
  'field',
  'expertise',
  'background',
  // "What role does she hold", "what post did he hold".
  'hold',
  'holds',
  'held',
]);

/** {@link ASKS_WHO_SOMEONE_IS} as a pattern, built once: to read a question without them. */
const WORDS_ASKING_WHO_SOMEONE_IS = new RegExp(
  `\\b(?:${[...ASKS_WHO_SOMEONE_IS].join('|')})\\b`,
  'gu',
);

/** Words ending in "-ing" that name a thing, not what someone is doing. */
const ING_NOUNS = [
  'thing',
  'king',
  'ring',
  'wing',
  'bring',
  'swing',
  'sting',
  'something',
  'anything',
  'nothing',
  'everything',
  'string',
  'spring',
  'evening',
  'morning',
  'ceiling',
  'sibling',
  'building',
  'meeting',
  'hearing',
  'ruling',
  'funding',
  'wedding',
  'offspring',
  'during',
  'ending',
  'opening',
  'setting',
  'feeling',
  'warning',
  'timing',
  'training',
  'booking',
  'briefing',
  'filing',
  'reading',
  'finding',
  'findings',
].join('|');

/** A question opening with these words, after a reader's "so", "ok", "and" or "but". */
function opening(words: string): RegExp {
  return new RegExp(String.raw`^\W*(?:(?:so|ok|okay|and|but)\s+)?` + words);
}

/**
 * "Who is…", "what's…": a question about who or what something is, which a
 * card answers though the reader adds a word it does not hold ("what is
 * the port used for"). Any other question ("what happened to him", "where
 * did he go") is about what someone did, which a card does not say.
 */
const ASKS_WHAT_SOMETHING_IS = opening(
  String.raw`(?:who|what|wat)(?:\s+(?:is|was|are|were)\b|'s\b|s\b)`,
);

/**
 * "What's up with Trask", "what happened to her": what someone went through,
 * which a card, saying who they are, does not tell.
 */
const ASKS_WHAT_HAPPENED = opening(
  String.raw`(?:what(?:\s+is|'s|s)?\s+(?:up|wrong|going\s+on|happening)\s+with|what\s+happened\s+(?:to|with))\b`,
);

/**
 * "What is the commission doing", "who is the club talking to": what
 * someone is doing, which a card, saying who they are, does not tell. The
 * "-ing" word follows a name, not a determiner ("what is the ruling").
 */
const ASKS_WHAT_SOMEONE_IS_DOING = opening(
  String.raw`(?:who|what)(?:\s+(?:is|are|was|were)|'s|s)\s+(?:\S+\s+){0,4}?(?!(?:the|a|an|this|that|his|her|its|their|our|my|your)\s)\S+\s+(?!(?:${ING_NOUNS})\b)\w{2,}ing\b`,
);

/**
 * "Who did Okoro take out", "who has the coach picked": whom someone did
 * something to, which a card, saying who they are, does not tell. Nor whom
 * they were with: "who went with hale", "who was she with".
 */
const ASKS_WHOM_SOMEONE_DID = opening(
  String.raw`who(?:m)?\s+(?:(?:did|has|have|had|will|would|could|should|can)\b|(?:\S+\s+){1,2}?(?:with|alongside)\b)`,
);

/** "Is…", "did…", "will…": a question a sentence answers yes or no, never a card quoting one. */
const ASKS_YES_OR_NO = opening(
  String.raw`(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b`,
);

/**
 * A who's-who card says who someone is, nothing they did: "who did Okoro
 * meet" is not answered by Okoro's card, however heavily his name weighs.
 * A card fits when it holds every word of the question but one (or one
 * more for each word asking who someone is); a group's or a place's card,
 * asked "who", must hold them all.
 */
export function cardFit(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
): UnitFit {
  const asked = askedWords(terms);
  if (asked.length === 0) return null;
  // Most questions rank no card: the question is read for cards on the first one.
  let read: CardQuestion | undefined;
  return (index) => {
    const unit = context.units[index];
    if (unit?.kind !== 'entity') return true;
    read ??= cardQuestion(context, question, terms, need);
    if (read.asksWhatHappened || read.asksWhomSomeoneDid || read.asksWhatSomeoneIsDoing) {
      return false;
    }
    // "What kind of company is Fernside": the card of the very thing named,
    // drafted from what the article calls it, though it says neither "kind"
    // nor "company" (`kind-of-named.ts`).
    if (read.kindOfNamed !== null) return tellsKindOfNamed(context, read, unit.entity);
    // "Who owns the Carrowmore Estate", "who runs the users' group" ask for
    // whoever did that deed to the one named: its own card is not the doer.
    if (read.asksWhoDidADeed && isNamed(context, unit.entity, read.askedTerms(), read.kind())) {
      return false;
    }
    // "When did Lind go off": a card says who someone is, never when
    // or how much of something they did.
    if (need !== null && !CARD_NEEDS.has(need)) return false;
    // A card the question reaches by its role alone ("why are the teachers
    // striking", "what did the head teacher say") is no answer to it: it
    // answers only who holds that role.
    if (
      !read.asksWhoSomeoneIs &&
      unit.entity.kind === 'person' &&
      !isNamed(context, unit.entity, read.askedTerms(), read.kind())
    ) {
      return false;
    }
    // "Who is the Safer Lanes Trust": the trust's own card, not its chief executive's.
    if (
      read.asksWhoSomeoneIs &&
      unit.entity.kind === 'person' &&
      !isNamed(context, unit.entity, read.askedTerms(), read.kind()) &&
      read.namesOnlyABody()
    ) {
      return false;
    }
    // "What kind of charity" names no "Charity Commission", whose card only
    // repeats the sentence naming it: that sentence answers for itself.
    // Nor does it say yes or no ("is the Charity Commission doing anything").
    if (
      onlyQuotesItsMention(unit.entity) &&
      (read.asksYesOrNo || !isNamed(context, unit.entity, read.askedTerms(), read.kind()))
    ) {
      return false;
    }
    const own = context.termsOfUnit(index);
    // "What does Margaret do for a living": a card saying only how old
    // someone is, where they live or whose wife they are says nothing of
    // their work; and "what job did he have before", naming nobody but
    // "he", is not told by whichever card holds a role, reached by "job"
    // alone ("what job did he retire as" is told by the card saying "retired as").
    if (
      read.asksWork &&
      unit.entity.kind === 'person' &&
      (saysNothingOfWork(unit.entity) ||
        (read.saysHeOrShe &&
          !isNamed(context, unit.entity, read.askedTerms(), read.kind()) &&
          !asked.some(
            (group) => !group.some((t) => read?.workTerms.has(t.term)) && holdsWord(own, group),
          )))
    ) {
      return false;
    }
    let missing = 0;
    for (const group of asked) {
      if (!holdsWord(own, group)) missing++;
    }
    if (need === 'place' && !saysWhereItIs(context, unit.entity, read.words())) return false;
    // "Who heads the Fisheries Alliance" asks for a person, not for the alliance.
    const slack =
      read.asksWhatItIs && !(need === 'person' && unit.entity.kind !== 'person') ? 1 : 0;
    return missing <= slack + read.askingWho;
  };
}

/**
 * A pair of what someone said ("What did Okafor say: …") answers what they
 * said, not who they are: "what does okafor do for a living" or "whats
 * marsh's field", naming them and asking nothing else of them, wants their
 * card or the sentence giving their role, which the pair, holding their
 * name and role beside a quotation, otherwise outranks. Null for any other
 * question.
 */
export function saidPairFit(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
): UnitFit {
  if (need !== null && need !== 'person') return null;
  const asked = context.people.askedIn(terms);
  if (asked.size === 0 || context.answerTypes.asksWhatWasSaid(question)) return null;
  const read = cardQuestion(context, question, terms, need);
  if (!(read.asksWhatItIs || read.askingWho > 0)) return null;
  const cards = cardsOfPeople(context);
  const asksWhoOne = [...asked].some((person) => {
    const index = cards[person];
    return index !== undefined && asksOnlyWhoTheyAre(context, read, terms, index);
  });
  if (!asksWhoOne) return null;
  return (index) => {
    const unit = context.units[index];
    return !(unit?.kind === 'qa' && unit.pair.generated === true && unit.pair.quote !== undefined);
  };
}

/** Per story, the unit of each person's card, numbered as `NamedPeople.persons`. */
export function cardsOfPeople(context: AskContext): readonly (number | undefined)[] {
  let found = cardsRead.get(context);
  if (found === undefined) {
    const byEntity = new Map<Entity, number>();
    context.units.forEach((unit, index) => {
      if (unit.kind === 'entity') byEntity.set(unit.entity, index);
    });
    found = context.people.persons.map((person) => byEntity.get(person));
    cardsRead.set(context, found);
  }
  return found;
}

const cardsRead = new WeakMap<AskContext, readonly (number | undefined)[]>();

/**
 * The kinds of fact a card can be: who someone is, their full name, where a
 * place is, an age, and why something is as it is ("the new authorities,
 * in power since…"); not a date, an amount or a span.
 */
const CARD_NEEDS: ReadonlySet<AnswerNeed> = new Set([
  'person',
  'full-name',
  'place',
  'age',
  'reason',
]);

/**
 * The question read for cards ({@link CardQuestion}), kept for the last
 * question read: the card fit, the said-pair fit and the decision each read
 * the same question, and a reading pattern by pattern cost a percent of
 * asking a long one.
 */
const cardQuestion = keptForLastCall(
  (context: AskContext, question: string, terms: readonly QueryTerm[], need: AnswerNeed | null) =>
    new CardQuestion(context, question, terms, need),
);

/** What {@link cardFit} reads of a question, once per question; the rarely needed parts on first use. */
class CardQuestion {
  /** How many words ask who someone is ("job", "title"). */
  readonly askingWho: number;
  readonly asksWhatItIs: boolean;
  /** "What kind of company is Fernside": the kind of one thing named (`kind-of-named.ts`). */
  readonly kindOfNamed: KindOfNamed | null;
  readonly asksWhatHappened: boolean;
  readonly asksYesOrNo: boolean;
  /** "What is the Charity Commission doing": what someone is doing, which a card never says. */
  readonly asksWhatSomeoneIsDoing: boolean;
  /** "Who did Vakalahi take out": whom someone did something to, which a card never says. */
  readonly asksWhomSomeoneDid: boolean;
  /**
   * "Who is the judge", "who was prosecuting", "what's the head teacher
   * called": who someone is, or who holds a role; not "what did the head
   * teacher say".
   */
  readonly asksWhoSomeoneIs: boolean;
  /** "Who owns the estate", "who runs Brennan's": who did a deed (`deed-asked.ts`). */
  readonly asksWhoDidADeed: boolean;
  /** "What job did he have", "what does she do for a living": someone's work. */
  readonly asksWork: boolean;
  /** "What job did he have": someone the question calls "he" or "she". */
  readonly saysHeOrShe: boolean;
  /** The terms of the words asking for work ("job", "living"). */
  readonly workTerms: ReadonlySet<string>;
  private asked: ReadonlySet<string> | undefined;
  private onlyABody: boolean | undefined;
  private rest: ReadonlySet<string> | undefined;
  private kindAsked: string | null | undefined;
  private questionWords: ReadonlySet<string> | undefined;

  constructor(
    private readonly context: AskContext,
    private readonly question: string,
    private readonly terms: readonly QueryTerm[],
    need: AnswerNeed | null,
  ) {
    this.askingWho = words(question).filter((word) => ASKS_WHO_SOMEONE_IS.has(word)).length;
    const workWords = words(question).filter((word) => ASKS_WORK.has(word));
    this.asksWork = workWords.length > 0;
    this.workTerms = new Set(workWords.flatMap((word) => context.termsOfWord(word)));
    this.saysHeOrShe = pronounGenders(question).size > 0;
    const folded = foldText(question);
    this.asksWhatItIs = ASKS_WHAT_SOMETHING_IS.test(folded);
    this.kindOfNamed = kindOfNamedAsked(question);
    this.asksWhatHappened = ASKS_WHAT_HAPPENED.test(folded);
    this.asksYesOrNo = ASKS_YES_OR_NO.test(folded);
    this.asksWhatSomeoneIsDoing = ASKS_WHAT_SOMEONE_IS_DOING.test(folded) && this.askingWho === 0;
    this.asksWhomSomeoneDid = ASKS_WHOM_SOMEONE_DID.test(folded) && this.askingWho === 0;
    this.asksWhoDidADeed =
      deedAsked(
        question,
        context.isFiller,
        (word, next) => context.answerTypes.sayingAt([word, next])[0] === 0,
      ) !== null;
    this.asksWhoSomeoneIs =
      !this.asksYesOrNo &&
      (this.asksWhatItIs || this.askingWho > 0 || need === 'person' || need === 'full-name');
  }

  /**
   * The question's terms read without the words asking who someone is: it
   * loses exactly their terms, stand-ins included ("rank" read as "place").
   */
  restTerms(): ReadonlySet<string> {
    this.rest ??= new Set(
      this.context.index
        .analyze(foldText(this.question).replace(WORDS_ASKING_WHO_SOMEONE_IS, ' '))
        .map((t) => t.term),
    );
    return this.rest;
  }

  /** The terms of the question's own words (see {@link termsAsked}). */
  askedTerms(): ReadonlySet<string> {
    this.asked ??= termsAsked(this.terms);
    return this.asked;
  }

  /** Whether the question's words are only a body's or a place's name (`body-named-alone.ts`). */
  namesOnlyABody(): boolean {
    this.onlyABody ??= bodyNamedAlone(this.context, this.question) !== null;
    return this.onlyABody;
  }

  /** The kind of thing a "which" asks for (see `NamedKinds.kindAskedFor`). */
  kind(): string | null {
    if (this.kindAsked === undefined) {
      this.kindAsked = this.context.namedKinds.kindAskedFor(this.question, this.context.isFiller);
    }
    return this.kindAsked;
  }

  /** The question's words, as a set. */
  words(): ReadonlySet<string> {
    this.questionWords ??= new Set(words(this.question));
    return this.questionWords;
  }
}

/**
 * Whether a person's card says only how old they are ("68"), where they
 * are from ("34, of Wexcombe") or what they are to someone ("his first
 * wife"): nothing of the work they do.
 */
function saysNothingOfWork(entity: Entity): boolean {
  const parts = entity.description.split(/[,;]/).map((part) => part.trim());
  return parts.every(
    (part) => part === '' || AGE_ALONE.test(part) || HOME.test(part) || isKinPhrase(part),
  );
}

/** An age written alone: "68". */
const AGE_ALONE = /^\d{1,3}$/;

/** Where someone is from: "of Wexcombe", "from Lyndhurst Vale". */
const HOME = /^(?:of|from)\s+\p{Lu}[\p{L}'’ -]*$/u;

/** "his first wife", "her son": a gendered noun after a word saying whose, a word or two apart. */
function isKinPhrase(part: string): boolean {
  const all = words(foldText(part));
  return all.length >= 2 && all.length <= 3 && isKinNoun(all[0] ?? '', all.at(-1) ?? '');
}

/** A card ingest drafted from the sentence that first names it, saying nothing else. */
function onlyQuotesItsMention(entity: Entity): boolean {
  return entity.citations.some((citation) => citation.excerpt === entity.description);
}

/**
 * Asked where a place is ("what country is Lysa in"), the place's own card
 * answers only when what it says of the place, its name aside, places it:
 * "a town on the Brenna coast" does, a sentence that merely names it does not.
 */
function saysWhereItIs(context: AskContext, entity: Entity, asked: ReadonlySet<string>): boolean {
  const names = [entity.name, ...entity.aliases];
  const isAskedAbout = names.some((name) => {
    const own = words(name);
    return own.length > 0 && own.every((word) => asked.has(word));
  });
  if (!isAskedAbout) return true;
  let said = entity.description;
  for (const name of names) said = said.split(name).join(' ');
  return context.answerTypes.canAnswer('place', said);
}

/**
 * Whether the card at `index` answers a question asking the kind of the one
 * thing it names ("what kind of company is fernside" of "Fernside Foods —
 * a contract manufacturer based…"): the card says what the article calls
 * it, not only the sentence naming it. Structural evidence, as a role
 * beside a name is for "who is X", however few of the reader's words it holds.
 */
export function answersKindOfNamed(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
  index: number,
): boolean {
  const unit = context.units[index];
  if (unit?.kind !== 'entity') return false;
  const read = cardQuestion(context, question, terms, need);
  return read.kindOfNamed !== null && tellsKindOfNamed(context, read, unit.entity);
}

/**
 * A "what kind of X is Y" where Y's own card tells its kind
 * ({@link answersKindOfNamed}) wants that card, or a text saying what the
 * card says of it ("…by Fernside Foods, a contract manufacturer based…"):
 * not "said the company had acted", of another firm, nor the list naming
 * every organisation. Null for any other question, and where no ranked
 * card tells it.
 */
export function kindOfNamedFit(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
  ranked: readonly RankedUnit[],
): UnitFit {
  const asked = kindOfNamedAsked(question);
  if (asked === null) return null;
  // "What kind of route is the 47" of "the 47, a loss-making route": a text
  // telling the kind by its own word (`kind-told.ts`) answers as well as the
  // card, and is left to the ranking.
  const kind = regularSingular(asked.kind) ?? asked.kind;
  for (const { unit } of ranked) {
    const text = ownTextOf(context, unit);
    if (text !== null && kindSaid(text, kind) === 'tells') return null;
  }
  const told: string[] = [];
  for (const { unit } of ranked) {
    const found = context.units[unit];
    if (found?.kind !== 'entity') continue;
    if (answersKindOfNamed(context, question, terms, need, unit))
      told.push(found.entity.description);
  }
  if (told.length === 0) return null;
  return (index) => {
    const unit = context.units[index];
    if (unit?.kind === 'qa' && unit.pair.generated !== true) return true;
    if (unit?.kind === 'entity') return told.includes(unit.entity.description);
    const text = unit?.kind === 'sentence' ? unit.sentence.text : '';
    return told.some((description) => text.includes(description));
  };
}

/** Whether a card names the thing a "what kind of X is Y" asks of, and says what the article calls it. */
function tellsKindOfNamed(context: AskContext, read: CardQuestion, entity: Entity): boolean {
  // "What kind of company is Coyle's": the firm, not Martin Coyle, its managing director.
  if (entity.kind === 'person' && !mayBeAPerson(read.kindOfNamed?.kind ?? '')) return false;
  // "Fernside Foods, a contract manufacturer": what the article calls a thing
  // opens on "a", saying which class it is; "the firm's managing director" or
  // an age says who someone is, not what kind.
  return (
    !read.asksYesOrNo &&
    CALLED_ONE_OF_A_KIND.test(entity.description) &&
    !onlyQuotesItsMention(entity) &&
    isNamed(context, entity, read.askedTerms(), null)
  );
}

/** A description saying what class a thing is of: "a border town…", "an investment group". */
const CALLED_ONE_OF_A_KIND = /^an?\s/iu;

/**
 * Whether a person's card answers a question asking who that person is, as
 * ingest drafted it from the role the article gives them ("Tomas Elverum,
 * Northwind's chief executive,"): the question names the person, asks who
 * they are or what their job is ("whats elverum's job title", "who is
 * brell") and nothing else (no other kind of fact, no yes or no, no word
 * the card does not hold but those asking who someone is). Structural
 * evidence the score alone lacks: a role written beside a name is the
 * article's own answer to "who is X", however few of the reader's words
 * it shares.
 */
export function answersWhoTheyAre(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
  index: number,
): boolean {
  if (need !== null && need !== 'person' && need !== 'place') return false;
  const read = cardQuestion(context, question, terms, need);
  // "Where does Dr Fenwick work": where someone works is who they are, as a
  // card drafted from "a big cat specialist at the University of Northbridge" says.
  if (need === 'place' && read.askingWho === 0) return false;
  return asksOnlyWhoTheyAre(context, read, terms, index);
}

/**
 * Whether a sentence gives the role a question asks of a person it names
 * ("what does priya do for work" of "Priya Dhanoa, a nurse who was
 * visiting…"): it says, word for word, the role their card gives, and the
 * card answers the question ({@link answersWhoTheyAre}). The sentence tells
 * the same role as the card, with more besides.
 */
export function givesRoleOfPersonAsked(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
  index: number,
): boolean {
  const unit = context.units[index];
  if (unit?.kind !== 'sentence') return false;
  const cards = cardsOfPeople(context);
  for (const person of context.people.askedIn(terms)) {
    const card = cards[person];
    const role = context.people.persons[person]?.description;
    if (card === undefined || !role || !unit.sentence.text.includes(role)) continue;
    if (answersWhoTheyAre(context, question, terms, need, card)) return true;
  }
  return false;
}

/**
 * Whether a question names the person whose card is at `index` and asks
 * nothing of them but who they are or what their job is: every word of it
 * the card holds or asks who someone is.
 */
function asksOnlyWhoTheyAre(
  context: AskContext,
  read: CardQuestion,
  terms: readonly QueryTerm[],
  index: number,
): boolean {
  const unit = context.units[index];
  if (unit?.kind !== 'entity' || unit.entity.kind !== 'person') return false;
  if (!isShortRole(unit.entity.description) || onlyQuotesItsMention(unit.entity)) return false;
  if (read.asksYesOrNo || read.asksWhatHappened || read.asksWhomSomeoneDid) return false;
  if (!(read.asksWhatItIs || read.askingWho > 0)) return false;
  if (!isNamed(context, unit.entity, read.askedTerms(), null)) return false;
  const rest = read.restTerms();
  const own = context.termsOfUnit(index);
  return askedWords(terms).every(
    (group) => holdsWord(own, group) || group.every((t) => !rest.has(t.term)),
  );
}

/**
 * Words a reader adds to a role asked that only point at the article ("who's
 * the analyst they quoted", "the lawmaker in this story", "the local MP"):
 * every person the article quotes is in it, and a "local" one is of the
 * place the story is about, so a card need not hold them.
 */
const POINTING_AT_THE_ARTICLE =
  'quoted quote quotes cited mentioned named featured interviewed talked spoke speaking story article piece report here local';

/** Whether a unit's terms hold the reader's own word of a group, not only a word standing in for it. */
function holdsOwnWord(own: ReadonlySet<string>, group: readonly QueryTerm[]): boolean {
  return group.some((t) => t.credit === 1 && own.has(t.term));
}

/**
 * "Who is the union official", "who's the analyst" (folded, "who the
 * analyst"), "whos a lawmaker": who holds a role, asked without a name.
 */
const ASKS_WHO_HOLDS_A_ROLE = opening(
  String.raw`whos?(?:\s+(?:is|was))?\s+(?:the|a|an|this|that)\b`,
);

/** Per story, the terms of {@link POINTING_AT_THE_ARTICLE}, analysed once. */
export function pointingTerms(context: AskContext): ReadonlySet<string> {
  let found = pointingRead.get(context);
  if (found === undefined) {
    found = new Set(context.index.analyze(POINTING_AT_THE_ARTICLE).map((t) => t.term));
    pointingRead.set(context, found);
  }
  return found;
}

const pointingRead = new WeakMap<AskContext, ReadonlySet<string>>();

/**
 * The card of the one person holding the role a "who is the…" asks without
 * their name ("who's the union official quoted", "who is the local MP"):
 * their card holds every word of the question but those only pointing at
 * the article, and no other person's card holds them all, so the role asked
 * is theirs alone. A role written beside a name is the article's own answer
 * to who holds it, wherever the card ranks behind sentences that mention the
 * role without saying who holds it. Undefined when no one card answers.
 */
export function cardOfRoleAsked(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
): number | undefined {
  if (need !== 'person') return undefined;
  if (!ASKS_WHO_HOLDS_A_ROLE.test(foldText(question))) return undefined;
  const pointing = pointingTerms(context);
  const roleWords = askedWords(terms).filter((group) => !group.some((t) => pointing.has(t.term)));
  if (roleWords.length === 0) return undefined;
  let found: number | undefined;
  for (const index of cardsOfPeople(context)) {
    if (index === undefined) continue;
    const unit = context.units[index];
    if (unit?.kind !== 'entity' || !isShortRole(unit.entity.description)) continue;
    const own = context.termsOfUnit(index);
    if (!roleWords.every((group) => holdsWord(own, group))) continue;
    // Each word held only through a related word is a guess ("head" for
    // "chairs", "uni" for "University"): one guess in a role may be right,
    // two name someone else as easily.
    if (roleWords.filter((group) => !holdsOwnWord(own, group)).length > 1) continue;
    // Two people's cards holding the role: the question does not say which.
    if (found !== undefined) return undefined;
    found = index;
  }
  const unit = found === undefined ? undefined : context.units[found];
  if (unit?.kind !== 'entity' || onlyQuotesItsMention(unit.entity)) return undefined;
  // Read last, as most questions find no card: "who is the MP meeting" asks what they do.
  return asksOnlyWhoHoldsIt(context, question, terms, need) ? found : undefined;
}

/**
 * Whether a question after who holds a role asks only that: not whether
 * something is so, what happened, whom someone did something to ("who is the
 * MP meeting"), what someone is doing, nor who did a deed.
 */
export function asksOnlyWhoHoldsIt(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
): boolean {
  const read = cardQuestion(context, question, terms, need);
  return !(
    read.asksYesOrNo ||
    read.asksWhatHappened ||
    read.asksWhomSomeoneDid ||
    read.asksWhatSomeoneIsDoing ||
    read.asksWhoDidADeed
  );
}
