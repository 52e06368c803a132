import type { Entity } from '../knowledge/schema.ts';
import type { AskContext } from './ask-context.ts';
import { contentWordsOfNames, groupsAndPlaces, isNamed, mayName } from './entity-names.ts';
import type { QueryTerm } from './query-terms.ts';
import { termsAsked } from './query-terms.ts';
import { isShortRole } from './structure/forms.ts';
import { isListPair } from './structure/generate.ts';
import type { UnitFit } from './term-index.ts';
import { words } from './text.ts';

/**
 * "Who is the Vale coach", "what did the Saltmere lawyer say": a role asked
 * with the organisation (or place) it belongs to is answered only for that
 * one. An answer (a card, a quotation, a pair or a sentence) that gives the
 * role through someone whose role, as the article gives it, belongs to
 * another ("Rovers head coach Martin Fairlie said…") does not fit, however
 * many of the question's words it holds. The one check every kind of answer
 * goes through; null when the question asks no role of a group the story names.
 */
export function roleOwnerFit(context: AskContext, terms: readonly QueryTerm[]): UnitFit {
  const book = roleBook(context);
  const asked = termsAsked(terms);
  if (!book.asksARole(asked)) return null;
  const groups = groupsAndPlaces(context).filter((group) => isNamed(context, group, asked, null));
  if (groups.length === 0) return null;
  const askedPeople = context.people.askedIn(terms);
  return (unit) => {
    const found = context.units[unit];
    // A curated pair was written for its questions and is trusted to meet them.
    if (found?.kind === 'qa' && !found.pair.generated) return true;
    // A list of the story's people names everyone: those holding the role asked count.
    const named =
      found?.kind === 'qa' && isListPair(found.pair)
        ? context.people.namedInTerms(context.termsOfUnit(unit))
        : context.people.namedIn(unit);
    let ofAnother = false;
    for (const person of named) {
      // "Who is Fairlie, the Rovers coach": the one asked about answers.
      if (askedPeople.has(person)) return true;
      if (!book.holdsRoleAsked(person, asked)) continue;
      const owner = book.ownerOf(person, groups);
      if (owner !== 'another') return true;
      ofAnother = true;
    }
    return !ofAnother;
  };
}

/**
 * Whether the role the article gives a person belongs to another group than
 * the one a question names ("who's the boss of Ashworth & Pell" of the
 * council's leader): the question names a group the story knows, and the
 * person's description names another and none of those. False when the
 * question names no group, or the role names none.
 */
export function roleOfAnotherGroup(
  context: AskContext,
  terms: readonly QueryTerm[],
  person: Entity,
): boolean {
  const at = context.people.persons.indexOf(person);
  if (at < 0) return false;
  const asked = termsAsked(terms);
  const groups = groupsAndPlaces(context).filter((group) => isNamed(context, group, asked, null));
  return groups.length > 0 && roleBook(context).ownerOf(at, groups) === 'another';
}

/**
 * What the story's people's roles say, read once per story: each person's
 * role words (their description, less the names in it) and the groups and
 * places it names.
 */
class RoleBook {
  /** Per person, the terms of their role's own words. */
  private readonly roles: readonly ReadonlySet<string>[];
  /** Per person, the terms of their whole description. */
  private readonly described: readonly ReadonlySet<string>[];
  /** Per person, the groups and places their description clearly names. */
  private readonly groupsNamed: readonly (readonly Entity[])[];
  /** Every person's role terms: most questions hold none of them. */
  private readonly anyRole = new Set<string>();

  constructor(private readonly context: AskContext) {
    const groups = groupsAndPlaces(context);
    const termsOf = (text: string) =>
      new Set(
        words(text)
          .filter((word) => !context.isFiller(word))
          .flatMap((word) => context.termsOfWord(word)),
      );
    const persons = context.people.persons;
    this.described = persons.map((person) => termsOf(person.description));
    this.groupsNamed = persons.map((_, at) =>
      groups.filter((group) => isNamed(context, group, this.described[at] ?? NONE, null)),
    );
    this.roles = persons.map((person, at) => {
      // A description telling a story in sentences is no role.
      if (!isShortRole(person.description)) return NONE;
      const described = this.described[at] ?? NONE;
      // "Rovers head coach": "rovers" names the club, "coach" is the role.
      const names = new Set<string>();
      const named = [person, ...groups.filter((group) => mayName(context, group, described))];
      for (const entity of named) {
        for (const own of contentWordsOfNames(context, entity)) {
          for (const word of own) for (const term of context.termsOfWord(word)) names.add(term);
        }
      }
      return new Set([...described].filter((term) => !names.has(term)));
    });
    for (const role of this.roles) for (const term of role) this.anyRole.add(term);
  }

  /** Whether a question's terms hold a word of anyone's role. */
  asksARole(asked: ReadonlySet<string>): boolean {
    for (const term of asked) if (this.anyRole.has(term)) return true;
    return false;
  }

  /** Whether a person's role holds one of the question's terms. */
  holdsRoleAsked(person: number, asked: ReadonlySet<string>): boolean {
    const role = this.roles[person];
    if (role === undefined) return false;
    for (const term of asked) if (role.has(term)) return true;
    return false;
  }

  /**
   * Whose a person's role is, against the groups a question names: `asked`
   * when their description may mean one of them (a word of its name: "the
   * university's" may be Wrexford University), `another` when it names
   * another group and none of them, `unknown` when it names no group.
   */
  ownerOf(person: number, asked: readonly Entity[]): 'asked' | 'another' | 'unknown' {
    const described = this.described[person] ?? NONE;
    if (asked.some((group) => mayName(this.context, group, described))) return 'asked';
    return (this.groupsNamed[person]?.length ?? 0) > 0 ? 'another' : 'unknown';
  }
}

const NONE: ReadonlySet<string> = new Set();

/** Per story, its {@link RoleBook}: built on the first question asking a role. */
function roleBook(context: AskContext): RoleBook {
  let book = books.get(context);
  if (book === undefined) {
    book = new RoleBook(context);
    books.set(context, book);
  }
  return book;
}

const books = new WeakMap<AskContext, RoleBook>();
