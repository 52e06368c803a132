import type { Entity } from '../knowledge/schema.ts';
import type { AskContext } from './ask-context.ts';
import { descriptionOf } from './descriptor-antecedents.ts';
import { type QueryTerm, queryTerm } from './query-terms.ts';
import { roleAsked } from './role-head.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';

/**
 * The one word before a role that points at its one holder: "the pilot".
 * "That student" points at someone the reader was just told of, often not
 * the article's only student.
 */
const DETERMINER = 'the';

/** The most words between "the" and the role: "the regulator's top inspector". */
const MAX_MODIFIERS = 3;

/** Words that ask for a name, where the role is what is asked about: "what's the judge's name". */
const NAME_ASKED: ReadonlySet<string> = new Set(['name', 'named', 'called']);

/** Where a question names a role one person holds, and who. */
export interface RoleMeant {
  /** The holder, numbered as `NamedPeople.persons`. */
  person: number;
  /** The role word as typed, folded. */
  word: string;
}

/**
 * Which of the story's people hold each role, read once per story: the head
 * nouns of the roles each person's who's-who description gives, read as
 * `descriptor-antecedents.ts` reads them ("the company's managing director":
 * "director"; "Area Manager": "manager"), and the terms of each description.
 */
export class RolesHeld {
  private readonly holders = new Map<string, number[]>();
  private readonly described: readonly ReadonlySet<string>[];

  /**
   * @param persons the story's people, numbered as `NamedPeople.persons`
   * @param termsOfWord the terms the index reads in one word
   */
  constructor(
    persons: readonly Entity[],
    private readonly termsOfWord: (word: string) => readonly string[],
  ) {
    this.described = persons.map(
      (person) => new Set(words(person.description).flatMap((word) => termsOfWord(word))),
    );
    persons.forEach((person, at) => {
      for (const head of descriptionOf(person.description).heads) {
        const list = this.holders.get(head) ?? [];
        if (!list.includes(at)) list.push(at);
        this.holders.set(head, list);
      }
    });
  }

  /**
   * The one person a role typed after "the" stands for ("what did the
   * farmer say", "how old is the pilot"): the first role of the question
   * the article gives someone, a few words at most after "the" ("the
   * regulator's top inspector"). Null when two people hold it ("the judge"
   * of a panel), when it is typed in the plural ("the teachers": a group),
   * or when a word before it is held by another's description and not by
   * the holder's ("the lead archaeologist" of a story whose archaeologist
   * is the council's and whose dig is led by someone else).
   */
  meantIn(question: string, isFiller: (word: string) => boolean): RoleMeant | null {
    const all = words(question);
    for (let at = 0; at < all.length; at++) {
      const word = all[at] ?? '';
      const holders = this.holders.get(word);
      if (holders === undefined) continue;
      const [person, ...others] = holders;
      if (person === undefined || others.length > 0) return null;
      let from = at - 1;
      while (from >= 0 && at - from <= MAX_MODIFIERS && all[from] !== DETERMINER) {
        if (isFiller(all[from] ?? '')) break;
        from--;
      }
      if (from < 0 || all[from] !== DETERMINER) continue;
      if (all.slice(from + 1, at).some((modifier) => this.pointsElsewhere(modifier, person))) {
        return null;
      }
      return { person, word };
    }
    return null;
  }

  /** Whether a word before a role is held by another person's description, not the holder's. */
  private pointsElsewhere(modifier: string, person: number): boolean {
    const own = this.described[person];
    return this.termsOfWord(modifier).some(
      (term) =>
        !own?.has(term) && this.described.some((terms, at) => at !== person && terms.has(term)),
    );
  }
}

/** A role of a question read as its one holder: the terms naming them, and the role word's. */
export interface HolderRead {
  /** The question's terms, the holder's name standing in for the role word. */
  terms: QueryTerm[];
  /** The terms of the role word as typed. */
  roleTerms: readonly string[];
  /** The terms naming the holder, standing in for the role word. */
  nameTerms: ReadonlySet<string>;
  /** The group of the role word among the question's terms. */
  group: number;
}

/**
 * A question naming a role the article gives one person, read as about that
 * person: "has the pilot said anything", "how old is the farmer", "what does
 * the owner say about it" are asked of Graham Tolley, Owen Pritchard or
 * Rachel Amberley, whose quotes and sentences often say only "Mr Tolley" or
 * "she" (read by the index as the name). Their name stands in for the role
 * word, as one word of the question, at the role's own weight: a unit naming
 * them holds that word as one saying the role does, and `NamedPeople` reads
 * the question as naming them. Null when the question asks who holds the
 * role ("who was the pilot", "what's the judge's name": the role is the
 * point of it), already names them, or names no role so.
 */
export function roleHolderRead(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
): HolderRead | null {
  const meant = context.rolesHeld.meantIn(question, context.isFiller);
  if (meant === null) return null;
  const folded = foldText(question);
  if (roleAsked(context, folded)?.head === meant.word) return null;
  if (words(folded).some((word) => NAME_ASKED.has(word))) return null;
  if (context.people.askedIn(terms).has(meant.person)) return null;
  const roleTerms = context.termsOfWord(meant.word);
  const role = terms.find((t) => !t.isQuestionWord && roleTerms.includes(t.term));
  if (role === undefined) return null;
  const nameTerms = context.people.termsNaming(meant.person);
  const held = new Set(terms.map((t) => t.term));
  const named = [...nameTerms]
    .filter((term) => !held.has(term))
    .map((term) => queryTerm(term, role.certainty, false, 'known', role.credit, role.group));
  return { terms: [...terms, ...named], roleTerms, nameTerms, group: role.group };
}

/**
 * The question's terms without the holder's name: a who's-who card reached
 * by the role alone still answers only who holds it (`card-fit.ts`), not
 * "did the councillor do anything about it".
 */
export function withoutHolder(terms: readonly QueryTerm[], holder: HolderRead): QueryTerm[] {
  return terms.filter((t) => t.group !== holder.group || !holder.nameTerms.has(t.term));
}

/**
 * Whether a unit is about the people a question names, a unit saying the
 * role itself counted as about its holder: "the inspector has asked for
 * that figure by June" names no one, and is the inspector's.
 */
export function orSaysRole(
  context: AskContext,
  naming: UnitFit,
  holder: HolderRead | null,
): UnitFit {
  if (naming === null || holder === null) return naming;
  return (unit) => {
    if (naming(unit)) return true;
    const held = context.termsOfUnit(unit);
    return holder.roleTerms.some((term) => held.has(term));
  };
}
