/**
 * What general English says of a person's gender, for telling whom a "he"
 * or "she" can stand for: the one table of gendered titles, role nouns and
 * pronouns, shared by ingest (who said a quote) and the engine (whom a
 * sentence points back to). General English, the same for every story;
 * never a name.
 */

import { POSSESSIVE_DETERMINERS } from './determiners.ts';
import { wordSet, words } from './text.ts';

/** A pronoun's gender, as "he" or "she" says it. */
export type Gender = 'he' | 'she';

/** Third-person pronouns, folded. */
const PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ...[...wordSet('he him his himself')].map((w) => [w, 'he'] as const),
  ...[...wordSet('she her hers herself')].map((w) => [w, 'she'] as const),
]);

/**
 * Titles and role nouns that say a person's gender ("Mrs", "spokeswoman",
 * "chairman"), folded. Only words whose gender is plain in today's news
 * English: "actor", "host" or "heir" say nothing.
 */
const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ...[
    ...wordSet(`
      mrs ms mme madam madame dame lady
      spokeswoman chairwoman congresswoman councilwoman assemblywoman alderwoman businesswoman
      policewoman firewoman sportswoman stateswoman anchorwoman camerawoman craftswoman
      frontwoman forewoman saleswoman servicewoman newswoman tradeswoman fisherwoman laywoman
      woman girl mother mum mom grandmother wife widow daughter granddaughter sister aunt niece
      girlfriend bride actress waitress headmistress landlady hostess heiress stewardess
      nun matriarch queen princess duchess empress baroness countess abbess`),
  ].map((w) => [w, 'she'] as const),
  ...[
    ...wordSet(`
      mr mister sir lord
      spokesman chairman congressman councilman assemblyman alderman businessman
      policeman fireman sportsman statesman anchorman cameraman craftsman
      frontman foreman salesman serviceman newsman tradesman fisherman layman
      man boy father dad grandfather husband widower son grandson brother uncle nephew
      boyfriend bridegroom headmaster landlord
      monk patriarch king prince duke emperor baron abbot`),
  ].map((w) => [w, 'he'] as const),
]);

/** The gender a pronoun says ("her" → she), or null for any other word. */
export function pronounGender(word: string): Gender | null {
  return PRONOUNS.get(word) ?? null;
}

/** The genders a text's pronouns say ("her client … himself" says both). */
export function pronounGenders(text: string): ReadonlySet<Gender> {
  const genders = new Set<Gender>();
  for (const word of words(text)) {
    const gender = pronounGender(word);
    if (gender !== null) genders.add(gender);
  }
  return genders;
}

/** The gender a title or role noun says ("mrs", "spokesman"), or null. Folded words only. */
export function wordGender(word: string): Gender | null {
  return GENDERED_WORDS.get(word) ?? null;
}

/**
 * Whether a gendered noun after a word saying whose tells what a person is
 * to someone ("his widow", "her son", "their daughter"). Folded words.
 */
export function isKinNoun(whose: string, noun: string): boolean {
  return POSSESSIVE_DETERMINERS.has(whose) && wordGender(noun) !== null;
}

/** Words that end a role's head and open what it is of or for: "wife of the mayor". */
const AFTER_HEAD = wordSet('of for at in on with who whose which that to from by and or');

/**
 * The gender a role says by its head ("Foreign Ministry
 * spokeswoman", "a spokesman for the council", "wife of the mayor"): the
 * gendered words before its first "of", "for", "who"… and only when they
 * agree. What the role goes on to say is about others ("who lives with her
 * husband").
 */
export function roleGender(roleWords: readonly string[]): Gender | null {
  const head = roleWords.findIndex((word) => AFTER_HEAD.has(word));
  return agreedGender(head < 0 ? roleWords : roleWords.slice(0, head), wordGender);
}

/** The one gender a run of words' pronouns all say; null when they say none, or both. */
export function pronounsGender(words: readonly string[]): Gender | null {
  return agreedGender(words, pronounGender);
}

/** The one gender the words that say one all say; null when none does, or they disagree. */
function agreedGender(
  words: readonly string[],
  genderOf: (word: string) => Gender | null,
): Gender | null {
  let found: Gender | null = null;
  for (const word of words) {
    const gender = genderOf(word);
    if (gender === null) continue;
    if (found !== null && found !== gender) return null;
    found = gender;
  }
  return found;
}

/** "He" or "She" opening a sentence, the subject of it. */
const OPENING_PRONOUN = /^(he|she)\b/i;

/** The gender of the "He" or "She" a sentence opens with, if it does. */
function openingGender(sentence: string): Gender | null {
  return pronounGender(OPENING_PRONOUN.exec(sentence)?.[1]?.toLowerCase() ?? '');
}

/** One sentence as `GenderCues.readSentence` reads it. */
export interface SentencePeople<Person> {
  /** The people it names outside quotation marks, in order. */
  named: readonly Person[];
  /** Its text: an opening "He" or "She" is its subject. */
  text: string;
  /** Its words outside quotation marks after the first person named, folded. */
  afterFirst: readonly string[];
}

/**
 * What an article says of its people's gender, gathered as it is read:
 * strong cues (a title or role noun: "Mrs", "spokeswoman") and weak ones (a
 * "she" or "his" in a sentence that names that person alone). A person's
 * gender is what their strong cues say, or else their weak ones, and only
 * when the cues of that strength agree; otherwise nothing is known.
 */
export class GenderCues<Person> {
  private readonly strong = new Map<Person, Set<Gender>>();
  private readonly weak = new Map<Person, Set<Gender>>();
  private readonly byName = new Map<Person, Set<Gender>>();

  /** A title or role noun of theirs. */
  addStrong(person: Person, gender: Gender | null): void {
    if (gender !== null) add(this.strong, person, gender);
  }

  /** What their given name says, heeded only where the article says nothing. */
  addByName(person: Person, gender: Gender | null): void {
    if (gender !== null) add(this.byName, person, gender);
  }

  /** A pronoun tied to them. */
  addWeak(person: Person, gender: Gender | null): void {
    if (gender !== null) add(this.weak, person, gender);
  }

  /**
   * Reads the pronouns of one sentence, in article order, as weak cues: a
   * sentence naming one person alone outside quotation marks gives that
   * person the pronouns after the name ("Whitlock said she would…"); one
   * naming nobody gives its opening "He" or "She" to whoever the sentence
   * before named alone ("Delgado said the driver had gone around a
   * barricade. He urged…"). Returns the person this sentence names alone,
   * for the next one.
   */
  readSentence(sentence: SentencePeople<Person>, alone: Person | null): Person | null {
    const [first] = sentence.named;
    if (first === undefined) {
      if (alone !== null) this.addWeak(alone, openingGender(sentence.text));
      return null;
    }
    if (!sentence.named.every((person) => person === first)) return null;
    this.addWeak(first, pronounsGender(sentence.afterFirst));
    return first;
  }

  /** Their gender, when the article says it without contradicting itself. */
  genderOf(person: Person): Gender | null {
    const cues = this.strong.get(person) ?? this.weak.get(person) ?? this.byName.get(person);
    if (cues === undefined || cues.size !== 1) return null;
    return cues.values().next().value ?? null;
  }

  /** False only when what is known of them says the other gender. */
  canStandFor(person: Person, pronoun: Gender): boolean {
    const gender = this.genderOf(person);
    return gender === null || gender === pronoun;
  }
}

function add<Person>(cues: Map<Person, Set<Gender>>, person: Person, gender: Gender): void {
  const genders = cues.get(person) ?? new Set<Gender>();
  genders.add(gender);
  cues.set(person, genders);
}
