import type { Entity } from '../knowledge/schema.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { type Gender, pronounsGender } from './gender.ts';
import type { QueryTerm } from './query-terms.ts';
import { QUOTATION } from './small-talk.ts';
import type { UnitFit } from './term-index.ts';
import { words } from './text.ts';

/** How the index reads a text into terms, and one word alone into its own stem. */
export interface NameReader {
  termsOf(text: string): readonly string[];
  stem(word: string): string;
}

/**
 * The terms that name someone by one word of their name or alias. A word the
 * lexicon reads as other, everyday words ("MFA" → "foreign ministry") stays
 * the name it is: read as those words, every "ministry" in a question would
 * name this one person.
 */
function nameTerms(word: string, reader: NameReader): readonly string[] {
  const terms = reader.termsOf(word);
  const own = reader.stem(word);
  return terms.length === 0 || terms.includes(own) ? terms : [own];
}

/**
 * The people a question names, and which answers name them too. "Where did
 * Petrova say this" is not answered by where Haddad said something, however
 * well the rest of the question fits.
 */
export class NamedPeople {
  /** For each person, the terms that name them ("elena", "petrova", "petrowa"). */
  private readonly people: readonly ReadonlySet<string>[];
  /** The story's people, in the order {@link namedIn} and {@link askedIn} number them. */
  readonly persons: readonly Entity[];
  /** For each term naming someone, who: a question looks up its own terms only. */
  private readonly peopleByTerm = new Map<string, number[]>();
  /** Which people each unit names, learned as questions come. */
  private readonly namedByUnit = new Map<number, ReadonlySet<number>>();
  /** The people of each gender, as the article tells it. */
  private readonly byGender = new Map<Gender, Set<number>>();

  /**
   * @param persons the story's people
   * @param reader how the index reads a text into terms, and a word alone into its stem
   * @param termsOfUnit the terms of an answer unit's text, as the index reads them
   * @param genderOf a person's gender, when the article tells it
   * @param pronounsOfUnit the genders an answer unit's own pronouns say, read once per unit
   */
  constructor(
    persons: readonly Entity[],
    reader: NameReader,
    private readonly termsOfUnit: (unit: number) => ReadonlySet<string>,
    genderOf: (person: Entity) => Gender | null = () => null,
    private readonly pronounsOfUnit: (unit: number) => ReadonlySet<Gender> = () => NO_GENDERS,
  ) {
    this.persons = persons;
    persons.forEach((person, index) => {
      const gender = genderOf(person);
      if (gender === null) return;
      const people = this.byGender.get(gender) ?? new Set<number>();
      people.add(index);
      this.byGender.set(gender, people);
    });
    this.people = persons.map(
      (person) =>
        new Set(
          [person.name, ...person.aliases]
            .flatMap((name) => words(name))
            // "President Haddad" names Haddad by "haddad", not by "president".
            .filter((word) => word.length >= MIN_NAME_LENGTH && !COMMON_ENGLISH_WORDS.has(word))
            .flatMap((word) => nameTerms(word, reader)),
        ),
    );
    this.people.forEach((names, person) => {
      for (const name of names) {
        const named = this.peopleByTerm.get(name);
        if (named) named.push(person);
        else this.peopleByTerm.set(name, [person]);
      }
    });
  }

  /**
   * Whether a unit names one of the people the question names; null when the
   * question names nobody.
   */
  fitFor(terms: readonly QueryTerm[]): UnitFit {
    const asked = this.askedIn(terms);
    if (asked.size === 0) return null;
    return this.namingOneOf(asked);
  }

  /** The terms that name a person by one word of their name (numbered as {@link persons}). */
  termsNaming(person: number): ReadonlySet<string> {
    return this.people[person] ?? NO_TERMS;
  }

  /** The people a question's terms name (numbered as {@link persons}). */
  askedIn(terms: readonly QueryTerm[]): ReadonlySet<number> {
    const asked = new Set<number>();
    for (const t of terms) {
      const named = this.peopleByTerm.get(t.term);
      if (named) for (const person of named) asked.add(person);
    }
    return asked;
  }

  /**
   * Whether a unit may be about whom a question's "she" or "he" stands for,
   * when the question names nobody: "what did she say about the bases",
   * asked of an article whose only woman is its spokeswoman, is not answered
   * by what a man said. Where the article tells of one person of that
   * gender, the unit must name someone: her, or another the article never
   * says is a man (the article tells the gender of few of its people: "who
   * trains her" is answered by a sentence naming her coach), or say "she"
   * itself ("She has been invited to…"). Where it tells of several, "he" may
   * be any of them, but not a woman: a unit naming only people of the other
   * gender does not fit. Null when the question has no such pronoun, has
   * both, quotes words (a "she" inside them is someone else's), or when the
   * article tells of no one of that gender.
   */
  fitForPronoun(question: string): UnitFit {
    const gender = askedPronounGender(question);
    if (gender === null) return null;
    const asked = this.byGender.get(gender);
    if (asked === undefined) return null;
    const others = this.byGender.get(gender === 'he' ? 'she' : 'he') ?? NO_PEOPLE;
    // Among several women, "she" could be any of them, or someone the reader
    // was just told of: a unit naming nobody may be about one of them, and
    // one naming a man alone is not. With one, "she" is a reading safe to
    // hold against a unit naming nobody, but not against one naming someone
    // whose gender the article never tells.
    const several = asked.size > 1;
    if (several && others.size === 0) return null;
    return (unit) => {
      // "Her client had hidden it from everyone, including himself" names
      // only a woman but tells of a man.
      if (this.pronounsOfUnit(unit).has(gender)) return true;
      if (this.namesOneOf(unit, asked)) return true;
      const named = this.namedIn(unit);
      if (several) {
        for (const person of named) if (others.has(person)) return false;
        return true;
      }
      for (const person of named) if (!others.has(person)) return true;
      return false;
    };
  }

  /**
   * Whether a unit names someone a question's "she" or "he" stands for, by
   * what the article tells of their gender, when the question names nobody
   * and its pronouns say one gender, outside any words it quotes.
   */
  namesOneThePronounMeans(question: string, unit: number): boolean {
    const gender = askedPronounGender(question);
    const asked = gender === null ? undefined : this.byGender.get(gender);
    return asked !== undefined && this.namesOneOf(unit, asked);
  }

  /** Whether a unit names one of these people. */
  private namingOneOf(asked: ReadonlySet<number>): NonNullable<UnitFit> {
    return (unit) => this.namesOneOf(unit, asked);
  }

  private namesOneOf(unit: number, people: ReadonlySet<number>): boolean {
    for (const person of this.namedIn(unit)) if (people.has(person)) return true;
    return false;
  }

  /**
   * The people a unit names (numbered as {@link persons}), a "he" read as
   * the one it stands for included; none for a list of names, which names
   * everyone. Learned as questions come.
   */
  namedIn(unit: number): ReadonlySet<number> {
    let named = this.namedByUnit.get(unit);
    if (named === undefined) {
      named = this.namedInTerms(this.termsOfUnit(unit));
      this.namedByUnit.set(unit, named);
    }
    return named;
  }

  /** The people a text's terms name (numbered as {@link persons}). */
  namedInTerms(terms: ReadonlySet<string>): ReadonlySet<number> {
    const found = new Set<number>();
    this.people.forEach((names, person) => {
      for (const name of names) if (terms.has(name)) found.add(person);
    });
    return found;
  }
}

/**
 * The one gender a question's pronouns say ("what did she say about her
 * pay"); null when they say none or both, or when the question quotes words
 * (a "she" inside them is someone else's).
 */
function askedPronounGender(question: string): Gender | null {
  if (QUOTATION.test(question)) return null;
  return pronounsGender(words(question));
}

const NO_GENDERS: ReadonlySet<Gender> = new Set();

const NO_PEOPLE: ReadonlySet<number> = new Set();

const NO_TERMS: ReadonlySet<string> = new Set();

/** Shorter words in a name ("al" of "al-Amin") name nobody on their own. */
const MIN_NAME_LENGTH = 3;
