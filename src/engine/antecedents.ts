import type { Entity } from '../knowledge/schema.ts';
import { type Gender, GenderCues, pronounsGender, roleGender, wordGender } from './gender.ts';
import type { UnitSentence } from './sentences.ts';
import { words } from './text.ts';
import { ANTECEDENTS } from './tuning.ts';

/**
 * Words that point back to someone named before: "During his visit, he
 * met…" is about whoever the sentence before named. General English,
 * closed-class, the same for every story.
 */
const POINTING_BACK = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their']);

const MAY_POINT_BACK = new RegExp(`\\b(?:${[...POINTING_BACK].join('|')})\\b`, 'i');

/** A sentence's first word outside its quotations: "He said…", "'…,' she said". */
const FIRST_OWN_WORD = /[\p{L}\p{N}]+/u;

/** Who a sentence's "he" or "she" is, and where in its text the pronoun ends. */
export interface PersonMeant {
  name: string;
  /** The offset in the sentence's text just after the pronoun. */
  after: number;
}

/**
 * A sentence with whom its "he" or "she" means put in square brackets after
 * the pronoun, the way an editor clarifies a quotation: "She [Miriam
 * Okafor] told…". Shown to a reader, never indexed or quoted.
 */
export function personNamed(text: string, { name, after }: PersonMeant): string {
  return `${text.slice(0, after)} [${name}]${text.slice(after)}`;
}

/** One way of writing an entity's name, as words. */
interface NameForm {
  entity: number;
  words: readonly string[];
  written: string;
}

/** Where a text names an entity: the word it starts at and how many words it takes. */
interface Naming {
  entity: number;
  at: number;
  length: number;
  written: string;
}

/**
 * Finds who a sentence that says "he" or "she" is about: the people, places
 * and groups the sentence before names. A reader asks "who did Lindqvist
 * meet" of a sentence that only says "she met"; these names let the index
 * find it. A "she" is not about a man the article calls "Mr" or
 * "spokesman": when the sentence before names only people the pronoun
 * cannot stand for, the nearest earlier sentence naming one it can gives
 * them. Built once per story; each sentence is read once to learn who is
 * "he" and who "she", so the cost grows with the article, not with the
 * article times its names.
 */
export class Antecedents {
  /** Name forms by their first word, so a sentence is scanned word by word. */
  private readonly formsByFirstWord = new Map<string, NameForm[]>();
  private readonly people = new Set<number>();
  private readonly names: string[] = [];
  private readonly indexById = new Map<string, number>();
  private readonly genders = new GenderCues<number>();
  private lastText: string | undefined;
  private lastNamed: ReadonlyMap<number, string> = new Map();

  /**
   * @param entities the story's people, places and groups
   * @param articles each source's sentences in order, read for what they say of who is "he" or "she"
   */
  constructor(entities: readonly Entity[], articles: readonly (readonly UnitSentence[])[] = []) {
    entities.forEach((entity, index) => {
      this.indexById.set(entity.id, index);
      this.names[index] = entity.name;
      if (entity.kind === 'person') {
        this.people.add(index);
        this.genders.addStrong(index, roleGender(words(entity.description)));
      }
      for (const written of [entity.name, ...entity.aliases]) {
        const nameWords = words(written);
        const first = nameWords[0];
        if (first === undefined) continue;
        const forms = this.formsByFirstWord.get(first) ?? [];
        forms.push({ entity: index, words: nameWords, written });
        this.formsByFirstWord.set(first, forms);
      }
    });
    for (const article of articles) {
      let alone: number | null = null;
      for (const sentence of article) alone = this.learnGenders(sentence, alone);
    }
  }

  /** A person's gender, when the article says it without contradicting itself. */
  genderOf(entityId: string): Gender | null {
    const index = this.indexById.get(entityId);
    return index === undefined ? null : this.genders.genderOf(index);
  }

  /**
   * Names to index `sentences[at]` with: those the sentence before gives,
   * when this one points back and does not name them itself, less the people
   * its "he" or "she" cannot stand for. Empty otherwise.
   */
  namesBehind(sentences: readonly UnitSentence[], at: number): string[] {
    const sentence = sentences[at];
    const before = sentences[at - 1]?.text;
    // Most sentences point nowhere: a quick look spares reading them word by word.
    if (sentence === undefined || before === undefined || !MAY_POINT_BACK.test(sentence.text)) {
      return [];
    }
    const own = words(sentence.text);
    if (!own.some((word) => POINTING_BACK.has(word))) return [];
    const itself = this.namedIn(own);
    const behind = (named: ReadonlyMap<number, string>) =>
      [...named].flatMap(([entity, written]) => (itself.has(entity) ? [] : [written]));
    const unquoted = words(sentence.unquoted);
    const pronoun = pronounsGender(unquoted);
    // "'Sam's a tough lad, but we won't rush him,' the coach said": the
    // quotation's "him" is the one it names, not whom the sentence before did.
    if (pronoun === null && this.quoteNamesItsPronoun(own, unquoted, itself)) return [];
    const earlier = this.named(before);
    if (pronoun === null || !this.namesOnlyOthers(earlier, pronoun)) return behind(earlier);
    const fitting = (named: ReadonlyMap<number, string>) =>
      new Map(
        [...named].filter(
          ([entity]) => !this.people.has(entity) || this.genders.canStandFor(entity, pronoun),
        ),
      );
    for (let back = at - 2; back >= Math.max(0, at - 1 - ANTECEDENTS.sentencesBack); back--) {
      const further = fitting(this.namedIn(words(sentences[back]?.text ?? '')));
      if ([...further.keys()].some((entity) => this.people.has(entity))) return behind(further);
    }
    return behind(fitting(earlier));
  }

  /**
   * The one named person a sentence's subject "he" or "she" stands for
   * ("She told Radio Northshore…", "'We will appeal,' he said"), so an
   * answer quoting it can say who. Stricter than {@link namesBehind}, whose
   * extra names only help a search: a wrong name shown is a wrong answer.
   * The person must be the only one the sentence before names who can be
   * that pronoun, and known to be it; a run of sentences opening on the
   * same pronoun ("She said… She added…") reads back to whoever opened it.
   * Null when the sentence itself names someone the pronoun may be, or
   * when anything is unclear.
   */
  personMeant(sentences: readonly UnitSentence[], at: number): PersonMeant | null {
    const sentence = sentences[at];
    const pronoun = sentence && subjectPronoun(sentence);
    if (!sentence || !pronoun) return null;
    if (this.fittingPeople(sentence.text, pronoun.gender).length > 0) return null;
    for (let back = at - 1; back >= Math.max(0, at - 1 - ANTECEDENTS.sentencesBack); back--) {
      const earlier = sentences[back];
      if (earlier === undefined) return null;
      const fitting = this.fittingPeople(earlier.text, pronoun.gender);
      // A quotation running over sentences ("'We voted for this. Residents
      // deserve…,' she told…") is read back past its own opening sentences.
      if (fitting.length === 0 && !FIRST_OWN_WORD.test(earlier.unquoted)) continue;
      if (fitting.length === 0 && subjectPronoun(earlier)?.gender === pronoun.gender) continue;
      const [one, ...others] = fitting;
      if (one === undefined || others.length > 0) return null;
      if (this.genders.genderOf(one) !== pronoun.gender) return null;
      const name = this.names[one];
      return name === undefined ? null : { name, after: pronoun.after };
    }
    return null;
  }

  /** The people a text names whom the pronoun may stand for. */
  private fittingPeople(text: string, pronoun: Gender): number[] {
    return [...this.namedIn(words(text)).keys()].filter(
      (entity) => this.people.has(entity) && this.genders.canStandFor(entity, pronoun),
    );
  }

  /**
   * Whether a sentence's quotation names a person its "he" or "she" can
   * stand for, someone the words around the quotation do not name.
   *
   * @param own the sentence's words; `unquoted` those outside its quotations
   * @param itself whom the whole sentence names
   */
  private quoteNamesItsPronoun(
    own: readonly string[],
    unquoted: readonly string[],
    itself: ReadonlyMap<number, string>,
  ): boolean {
    const quoted = pronounsGender(own);
    if (quoted === null) return false;
    const outside = this.namedIn(unquoted);
    return [...itself.keys()].some(
      (entity) =>
        !outside.has(entity) && this.people.has(entity) && this.genders.canStandFor(entity, quoted),
    );
  }

  /** Whether a text names people and none of them can be the pronoun. */
  private namesOnlyOthers(named: ReadonlyMap<number, string>, pronoun: Gender): boolean {
    const people = [...named.keys()].filter((entity) => this.people.has(entity));
    return (
      people.length > 0 && people.every((entity) => !this.genders.canStandFor(entity, pronoun))
    );
  }

  /**
   * What a sentence says of its people's gender: a title or gendered role
   * noun just before a name ("Mrs", "spokeswoman"), and its pronouns
   * (`GenderCues.readSentence`). Returns the one person it names alone, if any.
   */
  private learnGenders(sentence: UnitSentence, alone: number | null): number | null {
    const all = words(sentence.text);
    for (const naming of this.namings(all)) {
      if (this.people.has(naming.entity)) {
        this.genders.addStrong(naming.entity, wordGender(all[naming.at - 1] ?? ''));
      }
    }
    const unquoted = words(sentence.unquoted);
    const named = this.namings(unquoted).filter((naming) => this.people.has(naming.entity));
    const first = named[0];
    return this.genders.readSentence(
      {
        named: named.map((naming) => naming.entity),
        text: sentence.text,
        afterFirst: first === undefined ? [] : unquoted.slice(first.at + first.length),
      },
      alone,
    );
  }

  /** Who a text names, each by the first way it writes them; the last text is remembered. */
  private named(text: string): ReadonlyMap<number, string> {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastNamed = this.namedIn(words(text));
    }
    return this.lastNamed;
  }

  private namedIn(textWords: readonly string[]): Map<number, string> {
    const found = new Map<number, string>();
    for (const naming of this.namings(textWords)) {
      if (!found.has(naming.entity)) found.set(naming.entity, naming.written);
    }
    return found;
  }

  /** Every place a text names an entity, in order. */
  private namings(textWords: readonly string[]): Naming[] {
    const found: Naming[] = [];
    textWords.forEach((word, at) => {
      for (const form of this.formsByFirstWord.get(word) ?? []) {
        if (form.words.every((w, i) => textWords[at + i] === w)) {
          found.push({ entity: form.entity, at, length: form.words.length, written: form.written });
        }
      }
    });
    return found;
  }
}

/** A sentence's subject "he" or "she": its first own word, and where that ends. */
function subjectPronoun(sentence: UnitSentence): { gender: Gender; after: number } | null {
  const first = FIRST_OWN_WORD.exec(sentence.unquoted);
  if (first === null) return null;
  const word = first[0].toLowerCase();
  if (word !== 'he' && word !== 'she') return null;
  return { gender: word, after: first.index + first[0].length };
}
