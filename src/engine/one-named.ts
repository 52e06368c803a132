import type { Entity } from '../knowledge/schema.ts';
import type { AskContext } from './ask-context.ts';
import { regularSingular } from './counted.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { clearBestSentence, isTypedWord, typedTermsAsked } from './decision-features.ts';
import { deedAsked } from './deed-asked.ts';
import { mayName } from './entity-names.ts';
import { SPELLED_NUMBERS } from './figures.ts';
import { kindCalls } from './kind-calls.ts';
import type { QueryTerm } from './query-terms.ts';
import { isRankBelowAsked, namingRoleAsked, roleAsked, roleHeadOf } from './role-head.ts';
import { isRoleHead } from './role-nouns.ts';
import { roleOfAnotherGroup } from './role-owner.ts';
import { isShortRole } from './structure/forms.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { DECISION } from './tuning.ts';
import type { AnswerUnit } from './units.ts';

/**
 * The one person (or group) a "who", or the one place a "where", is given
 * below the answer threshold with: the only one of that kind the best
 * sentence names besides those the question names, tied to the thing asked
 * about. A "where" is tied by a word the reader typed within
 * `DECISION.kindAloneNearWords` words of the place ("where is Perihelion
 * Advisory based" of "an analyst at Perihelion Advisory in Dunmere"). A
 * "who" asks who holds a role ("who runs the lab", "whos the union's
 * regional organiser", never who did a deed: "who made the satellite"),
 * and is tied twice: the role the article gives that one (their card's
 * description, drafted from "Ray Castellano, who chairs the district's
 * parent advisory council") holds a word the reader typed, and the sentence
 * names them within `DECISION.kindAloneNearWords` words of one. A sentence
 * naming several, or only the question's own subject, tells nothing of
 * which is meant; a "where in Lyon" asks for somewhere inside the place
 * it names, which another place beside it is not.
 *
 * The sentence must be one of the article's, meet every condition of the
 * question, score at least `DECISION.kindAloneFloor`, leave at most
 * `DECISION.oneNamedMostUnexplained` of the reader's words unexplained,
 * at most one of them a word the story never uses ("who's the president of
 * the chess club") and none a name neither the story nor the dictionary
 * knows ("who owns this bot"). Null when it is not given so.
 */
export function oneNamedTied(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): Entity | null {
  const best = ranked[0];
  if (best === undefined || (f.need !== 'person' && f.need !== 'place' && f.need !== null)) {
    return null;
  }
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.kindAloneFloor,
    DECISION.oneNamedMostUnexplained,
  );
  if (
    text === null ||
    // "Who's the president of the chess club": words the story never uses
    // are most often the point of the question, which the sentence misses.
    f.strange > 1 ||
    f.foreignNames > 0
  ) {
    return null;
  }
  const folded = foldText(question);
  // "Who led the investigation", "who said the cracks were down to scour":
  // not who holds a role, but who did what the question says, tied by that
  // very deed's word (or a word standing in for it) beside them.
  const deed =
    f.need === 'person' && !ASKS_WHO_HOLDS_A_ROLE.test(folded)
      ? deedWordsAsked(context, question)
      : undefined;
  // "Who built the pyramids": a word the story never uses is, beside a deed,
  // most often what it was done to, which the sentence never tells of.
  if (deed === null || (deed !== undefined && f.strange > 0)) return null;
  // "Which river did the wall fall into": the one named thing called a river.
  const kind = f.need === null ? context.namedKinds.kindAskedFor(question, context.isFiller) : null;
  if (f.need === null && kind === null) return null;
  const textWords = words(text);
  const questionWords = words(folded);
  // "Who says seven wagons derailed": a count the sentence does not give
  // tells of another fact than the one whose doer it names.
  if (deed !== undefined && questionWords.some((w) => isCount(w) && !textWords.includes(w))) {
    return null;
  }
  // The kind's own word names no one thing of that kind: "which river" names no "River Carrow".
  const askedTerms = new Set(
    questionWords.flatMap((word) => (word === kind ? [] : context.termsOfWord(word))),
  );
  const candidates =
    kind === null ? namedOfKind(context, f.need ?? 'place') : calledA(context, kind, question);
  const outlet = outletWords(context.units[best.unit]);
  const named: { entity: Entity; at: readonly number[] }[] = [];
  for (const entity of candidates) {
    const mentions = mentionsIn(context, entity, textWords);
    if (mentions.length === 0) continue;
    // "…told the Northern Ledger": the paper reporting the story, not one of its people.
    if (f.need === 'person' && isTheOutlet(context, entity, outlet)) continue;
    if (mayName(context, entity, askedTerms)) {
      // "Where in Lyon does he live": somewhere inside the place it names.
      if (f.need === 'place' && isAskedInside(context, entity, questionWords)) return null;
      continue;
    }
    named.push({ entity, at: mentions });
  }
  const [only, other] = f.need === 'person' ? withoutRoleOwners(context, named) : named;
  if (only === undefined || other !== undefined) return null;
  const { entity: one, at } = only;
  // The reader's own words, as typed, besides those that only name the kind
  // ("city" of "which city").
  const typed = typedTermsAsked(context, question, text, terms);
  if (typed.size === 0) return null;
  const isTyped = (word: string) => isTypedWord(context, typed, word);
  if (
    f.need === 'person' &&
    deed === undefined &&
    (!holdsRoleAsked(context, folded, one, best.unit, isTyped, f.strange === 0) ||
      roleOfAnotherGroup(context, terms, one))
  ) {
    return null;
  }
  // A place is written after the thing it places ("the Copper Kettle cafe
  // on Elsford High Street", "an analyst at Perihelion Advisory in
  // Dunmere"); one written before the reader's word places something else
  // ("a nurse from Kilbride, had been due to fly home").
  const first = Math.min(...at);
  // "Who's the head of the teachers' group" of "…said Dana Okafor, president
  // of the…": the role asked, written beside its holder, ties them too.
  const ties =
    deed !== undefined
      ? (word: string, before: string) => saysDeed(context, deed, word, before)
      : f.need === 'person'
        ? tiedByRoleAsked(context, folded, one, isTyped)
        : isTyped;
  const tied = textWords.some(
    (word, i) =>
      !at.includes(i) &&
      (f.need === 'place'
        ? i < first && first - i <= DECISION.kindAloneNearWords
        : at.some((m) => Math.abs(m - i) <= DECISION.kindAloneNearWords)) &&
      ties(word, textWords[i - 1] ?? ''),
  );
  return tied ? one : null;
}

/**
 * The one named thing of the kind a "which X" or "what X" asks for, when
 * the article names no other ("which court was the trial at" of an article
 * naming one court, "Hallbridge Crown Court"), given below the answer
 * threshold with the best sentence when that sentence names it. The
 * article's only court is the court any question about its story means, so
 * the rest of the question need not be tied to it word by word, as
 * {@link oneNamedTied} asks where the sentence alone is read.
 *
 * The kind is what the thing is called by (see {@link isCalled}), either
 * word of a kind of two ("Marlshire Police" for "which police force"). A
 * thing the reader already named, by its name or an alias, is not what
 * they ask (without this, two questions the development articles leave
 * open were answered).
 * The best sentence must meet every condition of the question, score at
 * least `DECISION.kindAloneFloor` and leave at most
 * `DECISION.onlyOfKindMostUnexplained` of the reader's words unexplained,
 * none a name the story does not know.
 */
export function onlyOneOfKindNamed(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  f: DecisionFeatures,
): Entity | null {
  if (f.need !== null) return null;
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.kindAloneFloor,
    DECISION.onlyOfKindMostUnexplained,
  );
  // The names unsaid are read after the cheap checks: they need the words
  // the unit leaves unexplained, some 3% of asking a long question.
  if (text === null || f.foreignNames > 0) return null;
  const kind = context.namedKinds.kindWordsAskedFor(question, context.isFiller);
  const calls = kindCalls(context, kind);
  const role = roleKindAsked(question, kind);
  const ofKind = context.units.flatMap((unit) =>
    unit.kind === 'entity' &&
    (namesOf(context, unit.entity).some((name) => isCalled(name, calls)) ||
      holdsRoleOfKind(unit.entity, role))
      ? [unit.entity]
      : [],
  );
  const [one] = ofKind;
  if (one === undefined || ofKind.length > 1) return null;
  const asked = new Set(words(foldText(question)));
  if (namesOf(context, one).some((name) => name.every((word) => asked.has(word)))) return null;
  return mentionsIn(context, one, words(text)).length > 0 ? one : null;
}

/**
 * Whether the best sentence tells which one a "which X" asks for by naming
 * it beside the kind's word, said there once: "which site had the broken
 * monitoring kit" of "monitoring equipment at the Nethercombe site…",
 * "which pub did the fans meet at" of "set off from the Crown and Anchor
 * pub". The article may name things no card holds ("the Penwarden
 * shelter"), so the name is read where the kind's word stands, as the
 * condition that a "which river" name one reads it (`named-kind.ts`); a
 * word the reader typed, besides the kind's, stands within
 * `DECISION.kindAloneNearWords` words of it, and the question names none
 * of the words right before it.
 *
 * The sentence must meet every condition of the question, score at least
 * `DECISION.kindAloneFloor`, leave at most `DECISION.oneNamedMostUnexplained`
 * of the reader's words unexplained, at most one of them a word the story
 * never uses and none a name it does not know.
 */
export function kindNamedBeside(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  if (f.need !== null) return false;
  const folded = foldText(question);
  if (!ASKS_WHICH.test(folded)) return false;
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.kindAloneFloor,
    DECISION.oneNamedMostUnexplained,
  );
  if (text === null || f.strange > 1 || f.foreignNames > 0) return false;
  const kind = context.namedKinds.kindAskedFor(question, context.isFiller);
  // "Which arab tv channel": a word the story writes only as a name ("Arab
  // media") is no kind a name stands beside.
  if (kind === null || context.isOnlyAName(kind)) return false;
  const singular = regularSingular(kind) ?? kind;
  const textWords = words(foldText(text));
  const at = textWords.flatMap((word, i) =>
    word === singular || regularSingular(word) === singular ? [i] : [],
  );
  const [one] = at;
  if (one === undefined || at.length > 1 || !context.namedKinds.namesOneOf(text, kind)) {
    return false;
  }
  const asked = new Set(words(folded));
  // "Which venue in Port Elwyn": the name beside the kind is not the one the reader typed.
  if (asked.has(textWords[one - 1] ?? '')) return false;
  const typed = typedTermsAsked(context, question, text, terms);
  const kindTerms = new Set(context.termsOfWord(kind));
  return textWords.some(
    (word, i) =>
      i !== one &&
      Math.abs(i - one) <= DECISION.kindAloneNearWords &&
      !context.termsOfWord(word).some((term) => kindTerms.has(term)) &&
      isTypedWord(context, typed, word),
  );
}

/**
 * Whether a name calls its thing by one of these words: its last ("St
 * Aidan's Church"), or its first before "of" or "for" ("Department for
 * Transport"), not one inside it ("Harrowdean Allotment Society").
 */
export function isCalled(name: readonly string[], calls: (word: string) => boolean): boolean {
  const last = name.at(-1);
  if (last !== undefined && calls(last)) return true;
  const [first = '', second] = name;
  return (second === 'of' || second === 'for') && calls(first);
}

/** The words of the name of the outlet that published a unit's article. */
export function outletWords(unit: AnswerUnit | undefined): ReadonlySet<string> {
  if (unit === undefined) return new Set();
  const { source } = unit.kind === 'sentence' ? unit.sentence : unit;
  return new Set(words(foldText(source.source.outlet)));
}

/**
 * Whether a named thing is the outlet reporting the story ("told the Northern
 * Ledger", read as "Ledger"): every word of its name is the outlet's. A
 * question after who holds a role in the story never means the paper telling it.
 */
function isTheOutlet(context: AskContext, entity: Entity, outlet: ReadonlySet<string>): boolean {
  return (
    entity.kind !== 'person' &&
    namesOf(context, entity).some((name) => name.length > 0 && name.every((w) => outlet.has(w)))
  );
}

/**
 * The people and groups a sentence names, less each group that is only whose
 * role one of those people holds ("Halden spokeswoman Priya Castell",
 * "Rovers chairman Geoffrey Hale"): their role, as the article gives it,
 * names the group, so the group is what the role belongs to, not a second
 * answer to who holds it.
 */
function withoutRoleOwners<T extends { entity: Entity }>(
  context: AskContext,
  named: readonly T[],
): readonly T[] {
  if (named.length < 2) return named;
  const roles = named.flatMap(({ entity }) =>
    entity.kind === 'person' && isShortRole(entity.description) ? [words(entity.description)] : [],
  );
  return named.filter(
    ({ entity }) =>
      entity.kind === 'person' ||
      !roles.some((role) => mentionsIn(context, entity, role).length > 0),
  );
}

/**
 * The words tying a person a "who is the …" found to the question: the
 * reader's own, and the head of the role the article gives them where it
 * is the role asked, in the article's word for the reader's ("president"
 * for "head of"): written beside their name, it says they hold it.
 */
function tiedByRoleAsked(
  context: AskContext,
  folded: string,
  one: Entity,
  isTyped: (word: string) => boolean,
): (word: string) => boolean {
  const asked = roleAsked(context, folded);
  const head = roleHeadOf(context, one.description);
  if (asked === undefined || head === undefined || !namingRoleAsked(context, asked)(head)) {
    return isTyped;
  }
  return (word) => isTyped(word) || word === head;
}

/**
 * Whether the one a "who" found holds the role the question asks after:
 * the role the article gives them holds a word the reader typed ("who runs
 * the lab" of "the lab's director") or, when `mayHoldHeadAlone` (the
 * question leaves no word the story never uses unsaid: "who was the first
 * president of the united states" is about no one in it), names the role's
 * head as the reader asks it, in the article's formal word for the reader's
 * informal one ("who's the boss of the bus company" of "Tarrant Valley
 * Coaches' managing director"); and a role the question names after "who is the" ("whos the
 * rovers chairman": "chairman") is one they hold or the sentence says, not
 * only the group it belongs to ("Captain, the Rovers lock").
 */
function holdsRoleAsked(
  context: AskContext,
  folded: string,
  one: Entity,
  unit: number,
  isTyped: (word: string) => boolean,
  mayHoldHeadAlone: boolean,
): boolean {
  if (!isShortRole(one.description) || isRankBelowAsked(one.description, folded)) return false;
  const role = words(one.description);
  const asked = roleAsked(context, folded);
  const head = asked?.head;
  const namesHead = asked === undefined ? null : namingRoleAsked(context, asked);
  if (!role.some(isTyped) && !(mayHoldHeadAlone && namesHead?.(one.description) === true)) {
    return false;
  }
  if (isTheThingItself(context, folded, role)) return false;
  if (head === undefined || namesHead === null) return true;
  const held = context.termsOfUnit(unit);
  const own = new Set(role.flatMap((word) => context.termsOfWord(word)));
  return (
    context.termsOfWord(head).some((term) => held.has(term) || own.has(term)) ||
    namesHead(one.description)
  );
}

/**
 * The deed a "who" asks the doer of, a word of saying too ("who told the
 * Courier…", "who led the inquiry"), as the reader typed it: what ties the
 * one a sentence names to the question, as a role does for "who runs…".
 * Null for a "who" asking of no deed (whom someone acted on: "who did the
 * council blame").
 */
function deedWordsAsked(context: AskContext, question: string): DeedTie | null {
  const deed = deedAsked(question, context.isFiller, () => false);
  if (deed === null) return null;
  return { terms: new Set(context.termsOfWord(deed)), doer: DOER_NOUN.test(deed) };
}

/** Words before a noun, never a verb: "a run", "the report", "its lead". */
const NOUN_BEFORE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]);

/** Whether a folded word is a count: "7", "seven". */
function isCount(word: string): boolean {
  return /^\d+$/u.test(word) || SPELLED_NUMBERS.includes(word);
}

/** The deed a "who" asks of: its terms, and whether the reader typed it as a doer's noun. */
interface DeedTie {
  terms: ReadonlySet<string>;
  doer: boolean;
}

/**
 * A word ending as the noun of one who does a deed ("reporters", "runner",
 * "investigator"): the same stem as the deed, but no telling that the one
 * beside it did it ("told reporters").
 */
const DOER_NOUN = /(?:er|or)s?$/u;

/**
 * Whether a word of a text says the deed asked: its stem, as a verb, not a
 * doer's noun, nor a noun after a determiner ("a run to the quarter-finals"
 * for "who ran the test").
 */
function saysDeed(context: AskContext, deed: DeedTie, word: string, before: string): boolean {
  return (
    (deed.doer || !DOER_NOUN.test(word)) &&
    !NOUN_BEFORE.has(before) &&
    context.termsOfWord(word).some((term) => deed.terms.has(term))
  );
}

/**
 * Whether the one a "who runs the fund" found is that very thing: their
 * role's head word, the last of its opening words before a filler word or a
 * participle ("a fund registered in the Cayman Islands": "fund"; "the
 * network operator": "operator"), is a word of what the question asks who
 * runs, heads, leads, chairs, owns or manages. A fund does not run itself.
 */
function isTheThingItself(context: AskContext, folded: string, role: readonly string[]): boolean {
  const ran = RUNS_WHAT.exec(folded)?.[1];
  if (ran === undefined) return false;
  let at = 0;
  while (at < role.length && context.isFiller(role[at] ?? '')) at++;
  let head: string | undefined;
  for (; at < role.length; at++) {
    const word = role[at] ?? '';
    if (context.isFiller(word) || PARTICIPLE.test(word)) break;
    head = word;
  }
  if (head === undefined) return false;
  const own = new Set(context.termsOfWord(head));
  return words(ran).some((word) => context.termsOfWord(word).some((term) => own.has(term)));
}

/** "Who runs the fund buying rovers" (folded): what the question asks who runs. */
const RUNS_WHAT = /\bwhos?\s+(?:runs?|heads?|leads?|chairs?|owns?|manages?)\s+(.+)$/u;

/** A word ending as a past participle does ("registered", "based"): it closes the noun before it. */
const PARTICIPLE = /.ed$/u;

/**
 * "Who is the…", "who's the…" (folded, "who the"), "who runs…", "who heads…":
 * a question after who holds a role or leads a group, not who did a deed
 * ("who made", "who did the club send") nor who is doing one ("who's pushing
 * back", "who's going to be"). Read in the folded question.
 */
const ASKS_WHO_HOLDS_A_ROLE =
  /\bwhos?\s+(?:(?:is|was|are|were)\s+)?(?:(?:runs?|heads?|leads?|chairs?|owns?|manages?|the|a|an|this|that|his|her|their|its)\b|$)/u;

/**
 * Whether a question asks who holds a role by the role's verb ("who runs the
 * walking alliance", "who heads the review"), which a sentence gives by its
 * noun ("chair of…"): not "who owns", whose owner may be no one who runs it.
 */
export function asksRoleByItsVerb(question: string): boolean {
  return ROLE_BY_ITS_VERB.test(foldText(question));
}

const ROLE_BY_ITS_VERB = /\bwhos?\s+(?:(?:is|was)\s+)?(?:runs?|heads?|leads?|chairs?|manages?)\b/u;

/** The story's cards of the kind a need asks for: people and groups for a "who", places for a "where". */
function namedOfKind(context: AskContext, need: 'person' | 'place'): readonly Entity[] {
  let byNeed = kindsRead.get(context);
  if (byNeed === undefined) {
    const of = (kinds: readonly Entity['kind'][]) =>
      context.units.flatMap((unit) =>
        unit.kind === 'entity' && kinds.includes(unit.entity.kind) ? [unit.entity] : [],
      );
    byNeed = { person: of(['person', 'organization']), place: of(['place', 'country']) };
    kindsRead.set(context, byNeed);
  }
  return byNeed[need];
}

const kindsRead = new WeakMap<AskContext, Record<'person' | 'place', readonly Entity[]>>();

/**
 * The story's named things whose name says they are of a kind: "River
 * Carrow", "St Aidan's Church" for "church"; and, for a kind that is a role
 * ("which councillor"), the people whose role the article gives as one
 * ("Councillor, the cabinet member for highways and transport").
 */
function calledA(context: AskContext, kind: string, question: string): readonly Entity[] {
  const singular = regularSingular(kind) ?? kind;
  const role = roleKindAsked(
    question,
    context.namedKinds.kindWordsAskedFor(question, context.isFiller),
  );
  return context.units.flatMap((unit) =>
    unit.kind === 'entity' &&
    (namesOf(context, unit.entity).some((name) => name.includes(singular) || name.includes(kind)) ||
      holdsRoleOfKind(unit.entity, role))
      ? [unit.entity]
      : [],
  );
}

/**
 * The role noun a "which" asks one person by ("which councillor is quoted",
 * "which police officer…"): the last of the kind's words that is a role's
 * head, in the singular. Undefined for a "what" ("what's the MP planning"
 * asks what, not which MP), a plural ("which councillors voted for it" asks
 * for all of them, not the one a sentence names) or a kind that is no role.
 */
function roleKindAsked(question: string, kind: readonly string[]): string | undefined {
  const role = kind.findLast((word) => isRoleHead(regularSingular(word) ?? word));
  if (role === undefined || regularSingular(role) !== null) return undefined;
  return ASKS_WHICH.test(foldText(question)) ? role : undefined;
}

/** "Which": a question after one of several of a kind. */
const ASKS_WHICH = /\bwhich\b/u;

/**
 * Whether a person's role, as the article gives it, holds the role noun a
 * "which" asks for ({@link roleKindAsked}): "which councillor" of
 * "Councillor, represents the Station ward", "which economist" of "chief
 * economist at…".
 */
function holdsRoleOfKind(entity: Entity, role: string | undefined): boolean {
  return (
    role !== undefined &&
    entity.kind === 'person' &&
    words(foldText(entity.description)).includes(role)
  );
}

/** Where in a text's words an entity's name or one of its aliases stands, by the first word of each. */
function mentionsIn(context: AskContext, entity: Entity, textWords: readonly string[]): number[] {
  const found: number[] = [];
  for (const name of namesOf(context, entity)) {
    if (name.length === 0) continue;
    for (let i = 0; i + name.length <= textWords.length; i++) {
      if (name.every((word, k) => textWords[i + k] === word)) {
        for (let k = 0; k < name.length; k++) found.push(i + k);
      }
    }
  }
  return found;
}

/** Each entity's name and aliases as folded words, read once per story. */
export function namesOf(context: AskContext, entity: Entity): readonly (readonly string[])[] {
  let byEntity = namesRead.get(context);
  if (byEntity === undefined) {
    byEntity = new WeakMap();
    namesRead.set(context, byEntity);
  }
  let names = byEntity.get(entity);
  if (names === undefined) {
    names = [entity.name, ...entity.aliases].map((name) => words(name));
    byEntity.set(entity, names);
  }
  return names;
}

const namesRead = new WeakMap<AskContext, WeakMap<Entity, readonly (readonly string[])[]>>();

/** Whether a question says "in" a word or two before the place's name: "where exactly in Lyon". */
function isAskedInside(
  context: AskContext,
  place: Entity,
  questionWords: readonly string[],
): boolean {
  const own = new Set(namesOf(context, place).flat());
  return questionWords.some(
    (word, i) =>
      word === 'in' && (own.has(questionWords[i + 1] ?? '') || own.has(questionWords[i + 2] ?? '')),
  );
}

/**
 * An answer given for the one person or place a question asks for
 * ({@link oneNamedTied}), opening on them: a person or group with the role
 * the article gives them, as the article's list of people writes it
 * ("Ray Castellano (chairs the district's parent advisory council) — …"),
 * where a reader asking "who" would otherwise have to find them in the sentence.
 */
export function withNamedFirst(named: Entity, answer: string): string {
  const role = named.kind !== 'place' && named.kind !== 'country' && isShortRole(named.description);
  return `${role ? `${named.name} (${named.description})` : named.name} — ${answer}`;
}
