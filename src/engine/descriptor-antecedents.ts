import type { Entity } from '../knowledge/schema.ts';
import type { PersonMeant } from './antecedents.ts';
import { wordGender } from './gender.ts';
import { isRoleHead } from './role-nouns.ts';
import type { UnitSentence } from './sentences.ts';
import { isShortRole } from './structure/forms.ts';
import { WRITTEN_WORD, wordSet, words } from './text.ts';

/** A sentence's first word outside its quotations: "The striker said…", "'…,' the striker said". */
const FIRST_OWN_WORD = /[\p{L}\p{N}]+/u;

/** An age written before what someone is: "24-year-old". */
const AGE_WORD = /^(\d{1,3})-year-old$/;

/** An age set off after a name, as a description keeps it: "24" of "Ruben Costa, 24,". */
const AGE_PART = /^\d{1,3}$/;

/** A possessive ending: "the coroner's report", "the club's captain". */
const POSSESSIVE = /['’]s?$/u;

/** The possessive ending a word's end leaves behind. */
const POSSESSIVE_AFTER = /^['’]s?/u;

/** The most words between "the" and what it names: "the club's 24-year-old captain". */
const MAX_DESCRIPTOR_WORDS = 4;

/** The most words of title before a name set off after a descriptor: "Councillor Neil Farrant". */
const TITLE_WORDS = 1;

/** The most role words between an age and a name: "52-year-old chief executive Dana Holt". */
const MAX_ROLE_WORDS = 2;

/** Articles inside a phrase make it a clause, not a role: "chairs the residents' group". */
const ARTICLES = wordSet('the a an');

/**
 * Words after a role's head that say of what, where or since when: "the
 * senior coroner for Westmere", "a season-ticket holder since 1987"; and
 * words that open a clause about the role's holder.
 */
const AFTER_HEAD = wordSet(`
  of for at in on with from to by since during until after before near
  who whose which that and or`);

/** One way of writing a person's name, as words. */
interface NameForm {
  person: number;
  words: readonly string[];
}

/** What the article says a person is: the heads of their roles, and their age. */
export interface Described {
  heads: Set<string>;
  ages: Set<string>;
}

/** One word of a descriptor: a role's head, or an age. */
interface DescriptorWord {
  head: string | null;
  age: string | null;
  end: number;
  possessive: boolean;
}

/** "The 24-year-old", "the club's captain": where it starts, and its words after "the". */
interface Descriptor {
  start: number;
  words: DescriptorWord[];
}

/**
 * Finds whom a sentence opening on a descriptor means: "Ruben Costa, 24, …"
 * and later "The 24-year-old was sent off"; "striker Lena Holt …" and later
 * "'…,' the striker said". A reader asks "was Costa sent off" of a sentence
 * that names no one; the name lets the index find it, and the answer says
 * who, as for "She…" ("The 24-year-old [Ruben Costa] was sent off").
 *
 * The descriptor must fit exactly one person named in an earlier sentence
 * of the same article: the age the article gives them, or the head noun of
 * a role it attaches to them (their who's-who description, which ingest
 * reads from the words before a name and those set off after it). Nothing
 * when two fit, when the sentence names one who fits, or when the
 * descriptor is set off beside a name ("The deputy mayor, Councillor Neil
 * Farrant,"): there it is that name's role. Built once per story.
 */
export class DescriptorAntecedents {
  private readonly formsByFirstWord = new Map<string, NameForm[]>();
  private readonly names: string[] = [];
  private readonly described: Described[] = [];

  /**
   * @param entities the story's people, places and groups; only its people count
   * @param articles each source's sentences, read for ages written before a name ("24-year-old striker Ruben Costa")
   */
  constructor(entities: readonly Entity[], articles: readonly (readonly UnitSentence[])[] = []) {
    for (const entity of entities) {
      if (entity.kind !== 'person') continue;
      const person = this.names.length;
      this.names.push(entity.name);
      this.described.push(descriptionOf(entity.description));
      for (const written of [entity.name, ...entity.aliases]) {
        const nameWords = words(written);
        const first = nameWords[0];
        if (first === undefined) continue;
        const forms = this.formsByFirstWord.get(first) ?? [];
        forms.push({ person, words: nameWords });
        this.formsByFirstWord.set(first, forms);
      }
    }
    for (const article of articles) {
      for (const sentence of article) this.learnAges(sentence.text);
    }
  }

  /**
   * For each of an article's sentences, whom the descriptor its own words
   * open on means ("The 24-year-old was sent off…", "'…,' the striker
   * said"), and where the descriptor ends; null where it opens on none, or
   * on one that fits no one person named before.
   */
  describedBehind(sentences: readonly UnitSentence[]): (PersonMeant | null)[] {
    const seen = new Set<number>();
    return sentences.map((sentence) => {
      const named = this.namedIn(words(sentence.text));
      const found = this.describedIn(sentence, seen, named);
      for (const person of named) seen.add(person);
      return found;
    });
  }

  private describedIn(
    sentence: UnitSentence,
    seen: ReadonlySet<number>,
    named: ReadonlySet<number>,
  ): PersonMeant | null {
    // The writer's own words open on it, as they open on "She" for `Antecedents.personMeant`:
    // a quotation's "the coroner" is the speaker's. Reading descriptors further on as well
    // ("…; the inspector has asked…") cost the evaluation a wrong answer and gained none
    // (docs/answer-quality-history.md, desc34).
    const first = FIRST_OWN_WORD.exec(sentence.unquoted);
    if (first === null || first[0].toLowerCase() !== 'the') return null;
    const descriptor = descriptorAt(sentence.unquoted, first.index);
    if (descriptor === null) return null;
    const found = this.personDescribed(descriptor, seen, named, sentence.text);
    const name = found === null ? undefined : this.names[found.person];
    // "The coroner's report said…" is about a thing of theirs.
    if (found === null || name === undefined || found.possessive) return null;
    return { name, after: found.end };
  }

  /**
   * The one person seen before whom a descriptor fits, by the last of its
   * words that fits anyone ("the club's captain": "captain", not "club"),
   * and where the words naming them end; null when none or several fit.
   */
  private personDescribed(
    descriptor: Descriptor,
    seen: ReadonlySet<number>,
    named: ReadonlySet<number>,
    text: string,
  ): { person: number; end: number; possessive: boolean } | null {
    for (let i = descriptor.words.length - 1; i >= 0; i--) {
      const word = descriptor.words[i];
      if (word === undefined) continue;
      const fits = (person: number) => this.fits(person, word);
      if (![...seen, ...named].some(fits)) continue;
      // "The deputy mayor, Councillor Neil Farrant,", "The leader of the group, Maureen
      // Atkins,": the role of a name beside it, or of one the sentence gives.
      if ([...named].some(fits) || this.nameAfter(text, word.end)) return null;
      const [one, ...others] = [...seen].filter(fits);
      if (one === undefined || others.length > 0) return null;
      // "the 29-year-old defender said": the words naming them run on over a role after the age.
      let last = word;
      for (const after of descriptor.words.slice(i + 1)) {
        if (last.possessive || after.head === null || !isRoleHead(after.head)) break;
        last = after;
      }
      return { person: one, end: last.end, possessive: last.possessive };
    }
    return null;
  }

  private fits(person: number, word: DescriptorWord): boolean {
    const described = this.described[person];
    if (described === undefined) return false;
    return word.age !== null
      ? described.ages.has(word.age)
      : word.head !== null && described.heads.has(word.head);
  }

  /** Whether a person's name follows a descriptor's word: "The deputy mayor, Councillor Neil Farrant,". */
  private nameAfter(text: string, end: number): boolean {
    const after = text.slice(end).replace(POSSESSIVE_AFTER, '');
    if (!/^,?\s+\p{Lu}/u.test(after)) return false;
    const next = words(after);
    for (let at = 0; at <= TITLE_WORDS; at++) {
      if (this.namingAt(next, at) !== null) return true;
    }
    return false;
  }

  /**
   * Ages written before a name, alone or before a role: "the 71-year-old
   * Hamish Orr", "24-year-old striker Ruben Costa".
   */
  private learnAges(text: string): void {
    for (const match of text.matchAll(/\b(\d{1,3})-year-old\b/g)) {
      const after = words(text.slice((match.index ?? 0) + match[0].length));
      for (let at = 0; at <= MAX_ROLE_WORDS; at++) {
        const person = this.namingAt(after, at);
        if (person !== null) {
          this.described[person]?.ages.add(match[1] ?? '');
          break;
        }
        if (!isPersonNoun(after[at] ?? '')) break;
      }
    }
  }

  /** The person whose name starts at a word, if any. */
  private namingAt(textWords: readonly string[], at: number): number | null {
    for (const form of this.formsByFirstWord.get(textWords[at] ?? '') ?? []) {
      if (form.words.every((w, i) => textWords[at + i] === w)) return form.person;
    }
    return null;
  }

  private namedIn(textWords: readonly string[]): Set<number> {
    const found = new Set<number>();
    textWords.forEach((_, at) => {
      const person = this.namingAt(textWords, at);
      if (person !== null) found.add(person);
    });
    return found;
  }
}

/**
 * What a who's-who description says a person is: the head noun of each of
 * its roles ("the club's captain": "captain"; "chair of the residents'
 * association": "chair"), when it is a role noun or a gendered noun
 * (`role-nouns.ts`, `gender.ts`), and any age set off in it ("24"). A clause
 * ("chairs the residents' group") gives none, nor does a description
 * drafted from a whole sentence.
 */
export function descriptionOf(description: string): Described {
  const described: Described = { heads: new Set(), ages: new Set() };
  if (!isShortRole(description)) return described;
  for (const part of description.split(/[;,]/)) {
    const trimmed = part.trim();
    if (AGE_PART.test(trimmed)) {
      described.ages.add(trimmed);
      continue;
    }
    const all = trimmed.split(/\s+/);
    const end = all.findIndex((word, i) => i > 0 && AFTER_HEAD.has(word.toLowerCase()));
    const phrase = end < 0 ? all : all.slice(0, end);
    if (phrase.slice(1).some((word) => ARTICLES.has(word.toLowerCase()))) continue;
    const head = (phrase.at(-1) ?? '').toLowerCase();
    if (isPersonNoun(head)) described.heads.add(head);
  }
  return described;
}

/** A noun that says what a person is: a role noun, or a gendered noun ("widow"). */
function isPersonNoun(word: string): boolean {
  return isRoleHead(word) || wordGender(word) !== null;
}

/**
 * The "the …" phrase at an offset of a text, of a few words run on by
 * spaces alone: "the 24-year-old", "the club's captain", "the referee
 * had". Each word after "the" may be what the phrase names; the caller
 * tells which. Null when no word follows.
 */
function descriptorAt(text: string, start: number): Descriptor | null {
  const descriptorWords: DescriptorWord[] = [];
  const from = start + 'the'.length;
  let previousEnd = from;
  for (const next of text.slice(from).matchAll(WRITTEN_WORD)) {
    if (descriptorWords.length >= MAX_DESCRIPTOR_WORDS) break;
    const at = from + (next.index ?? 0);
    if (!/^\s+$/.test(text.slice(previousEnd, at))) break;
    previousEnd = at + next[0].length;
    const possessive = POSSESSIVE.test(next[0]);
    const word = next[0].replace(POSSESSIVE, '');
    const age = AGE_WORD.exec(word)?.[1] ?? null;
    const head = age === null && /^\p{Ll}/u.test(word) ? word : null;
    descriptorWords.push({ head, age, end: at + word.length, possessive });
  }
  return descriptorWords.length === 0 ? null : { start, words: descriptorWords };
}
