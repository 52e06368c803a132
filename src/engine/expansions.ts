import type { GeneralLanguage, WordRelations } from '../knowledge/general-schema.ts';
import type { Expansion } from './analyzer.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { COMMON_ENGLISH_WORDS, EVERYDAY_ENGLISH_WORDS } from './common-words.ts';
import { DeletionIndex, deletions } from './deletion-index.ts';
import { type ListedBy, type Listers, listedByRelations } from './listed-by.ts';
import { rankedStandIns, StandIns } from './stand-ins.ts';
import { EXPANSION } from './tuning.ts';
import { VectorNeighbours } from './vector-neighbours.ts';
import type { WordVectors } from './word-vectors.ts';

/**
 * General English restricted to one story: for each word a reader may use
 * that the story does not, the story's terms WordNet relates it to, and for
 * each of the story's terms, its other terms of the same root. Built
 * once per story, so a question only looks its words up. Only the story's
 * own words are stemmed here; the words related to them are kept as WordNet
 * writes them and found by their base forms at question time.
 */
export class Expansions {
  /** What is listed under each word asked for so far, ranked (see {@link gathered}). */
  private readonly byWord = new Map<string, readonly Expansion[]>();
  /** The story's WordNet lines, and which lines list a word. */
  private readonly related: GeneralLanguage['related'];
  private readonly listedBy: ListedBy;
  private readonly kinds: NonNullable<GeneralLanguage['kinds']>;
  /** {@link membersOfKind}, gathered when first read. */
  private members: ReadonlyMap<string, readonly string[]> | undefined;
  private readonly isFiller: (word: string) => boolean;
  /** Multi-word verbs' content words' terms, under their plain words the story does not use. */
  private readonly phrasal = new StandIns();
  /** Stance words the story does not use, and the story's stance terms standing in for them. */
  private readonly stances = new Map<string, Expansion[]>();
  /**
   * For a story term, the story's other terms of the same root by WordNet's
   * derivations that the stemmer keeps apart ("injured" and "injuries",
   * "lose" and "loss", "die" and "death"), and for the adjective of a
   * country the story names, that country ("kestrian" → "kestria").
   */
  private readonly kinByTerm = new StandIns();
  /**
   * What each word a reader typed was found under, as questions come. A
   * trade's other word is WordNet's gap, read for certain; a slip is a guess.
   */
  private readonly seen = new BoundedMemo(SEEN_LIMIT, (word: string): readonly Expansion[] => {
    const listed = this.listedUnder(word);
    if (listed !== undefined) return this.withNeighbours(word, listed);
    return this.tradeOf(word) ?? this.ofSlip(word) ?? this.ofNeighbours(word) ?? NONE;
  });
  /** The story's terms close to a word in general English's word vectors; none without vectors. */
  private readonly neighbours: VectorNeighbours | undefined;
  /** The story's term for one of its own words; null for any other word or filler. */
  private readonly storyTerm: (word: string) => string | null;
  /** The listed words' stems a slip is looked for among; built on the first unknown word. */
  private stems: SlipStems | undefined;
  /** Whether {@link addDerivedKin} has run. */
  private derivedKinAdded = false;

  /**
   * @param related WordNet relations of the story's words and the reader phrases' plain words
   * @param storyTerm the story's term for one of its own words; null for any other word or filler
   * @param phrasalVerbs WordNet's multi-word verbs the story says ("called off"): their
   *   content words' terms ("call") stand in for their plain words ("cancel")
   * @param isFiller whether a word is filler: the story's "owns" makes "own" one of its
   *   words, but only the words of its root ("owner") stand in for it, never its
   *   synonyms, as a filler verb's are many ("give" for "pay")
   * @param demonyms the story's country names and their adjectives ("kestria", "kestrian"):
   *   the adjective's kin is the country, as a word's derivations are (`demonyms.ts`)
   * @param stances words of taking a stand on a claim ("agree", "dispute"): each
   *   stands in for the others the story says (general English's `stances`)
   * @param listedBy which WordNet lines list a word (`listed-by.ts`); by default
   *   `related` inverted at once
   * @param vectors general English's word vectors and the story's own words:
   *   the story's words closest to a reader's word stand in for it too
   */
  constructor(
    related: GeneralLanguage['related'],
    storyTerm: (word: string) => string | null,
    phrasalVerbs: Iterable<{ terms: readonly string[]; plain: readonly string[] }> = [],
    isFiller: (word: string) => boolean = () => false,
    demonyms: Iterable<readonly [string, string]> = [],
    stances: readonly string[] = [],
    listedBy: ListedBy = listedByRelations(related),
    vectors?: { vectors: WordVectors; storyWords: Iterable<string> },
    kinds: GeneralLanguage['kinds'] = new Map(),
  ) {
    this.storyTerm = storyTerm;
    this.kinds = kinds;
    this.neighbours =
      vectors === undefined
        ? undefined
        : new VectorNeighbours(vectors.vectors, vectors.storyWords, storyTerm);
    this.related = related;
    this.isFiller = isFiller;
    this.listedBy = listedBy;
    for (const { terms, plain } of phrasalVerbs) {
      for (const word of plain) {
        if (storyTerm(word) !== null) continue;
        for (const term of terms) this.phrasal.add(word, term, EXPANSION.phrasalVerb);
      }
    }
    // A reader's "Kestrian bases" are Kestria's, whatever the article calls
    // them. Not the other way: a reader's "visit Kestria" is not the article's
    // "met Kestrian officials", and read so it gave more wrong answers on the
    // bundled article.
    for (const [country, adjective] of demonyms) {
      const countryTerm = storyTerm(country);
      const adjectiveTerm = storyTerm(adjective);
      if (countryTerm === null || adjectiveTerm === null || countryTerm === adjectiveTerm) continue;
      this.kinByTerm.add(adjectiveTerm, countryTerm, EXPANSION.derived);
    }
    this.addStances(stances);
  }

  /**
   * What is listed under a word, gathered when first asked for: a story word
   * stands in for the words its WordNet line relates it to, and a word the
   * story does not use (a reader phrase's plain word) is stood in for by the
   * story words its own line relates it to; then the multi-word verbs the
   * story says, unless the word is a stance. Gathering all of it at build
   * filled some fifteen thousand lists a story's readers never read.
   */
  private gathered(key: string): Expansion[] | undefined {
    const stance = this.stances.get(key);
    if (stance !== undefined) return stance;
    const found = new StandIns();
    const keyIsFiller = this.isFiller(key);
    const own = this.related.get(key);
    if (own !== undefined && this.storyTerm(key) === null) {
      for (const [others, credit] of linkedBy(own)) {
        const otherSense = credit !== EXPANSION.derived;
        if (otherSense && keyIsFiller) continue;
        for (const other of others) {
          if (otherSense && this.isFiller(other)) continue;
          const otherTerm = this.storyTerm(other);
          if (otherTerm !== null) found.add(key, otherTerm, credit);
        }
      }
    }
    const listers = this.listedBy(key);
    if (listers !== undefined) {
      for (const [words, credit] of listedWith(listers)) {
        const otherSense = credit !== EXPANSION.derived;
        if (otherSense && keyIsFiller) continue;
        for (const word of words) {
          if (!this.related.has(word) || (otherSense && this.isFiller(word))) continue;
          const term = this.storyTerm(word);
          if (term !== null) found.add(key, term, credit);
        }
      }
    }
    for (const e of this.phrasal.gatheredUnder(key) ?? NONE) found.add(key, e.term, e.credit);
    return found.gatheredUnder(key);
  }

  /**
   * The story's terms whose words are of the kind a word names ("rugby" of
   * "sport", "Mediterranean" of "sea"), each weighing as a member does.
   */
  membersOf(kind: string): readonly Expansion[] {
    const terms = this.membersOfKind().get(kind);
    if (terms === undefined) return NONE;
    return terms.map((term) => ({ term, credit: EXPANSION.kindMember }));
  }

  /**
   * The story's terms by each kind their words are of ("sport": "rugby"),
   * gathered on the first kind a reader asks for.
   */
  private membersOfKind(): ReadonlyMap<string, readonly string[]> {
    if (this.members === undefined) {
      const members = new Map<string, string[]>();
      for (const [word, kinds] of this.kinds) {
        const term = this.storyTerm(word);
        if (term === null || this.isFiller(word)) continue;
        for (const kind of kinds) {
          const list = members.get(kind);
          if (list === undefined) members.set(kind, [term]);
          else if (!list.includes(term)) list.push(term);
        }
      }
      this.members = members;
    }
    return this.members;
  }

  /**
   * "Did the trust agree with the union": "The trust disputed that account"
   * answers it, and "does he accept the blame" "Veltmar rejected that
   * account". Whether someone agreed, accepted, admitted, disputed or
   * rejected is one question, answered by whichever of them the story says.
   * A stance word the story uses keeps its own weight and reaches the others
   * as its kin; one it does not use reaches them alone, not WordNet's senses
   * of it ("agree" as "tally" or "check").
   */
  private addStances(stances: readonly string[]): void {
    const said = stances.flatMap((word) => {
      const term = this.storyTerm(word);
      return term === null ? [] : [term];
    });
    for (const word of stances) {
      const own = this.storyTerm(word);
      const others = [...new Set(said.filter((term) => term !== own))];
      if (others.length === 0) continue;
      const credited = others.map((term) => ({ term, credit: EXPANSION.stance }));
      if (own === null) this.stances.set(word, credited);
      else for (const e of credited) this.kinByTerm.add(own, e.term, e.credit);
    }
  }

  /**
   * The story's other terms of the same root as one of its own terms
   * ("injuri" for "injur"), each weighing `EXPANSION.derived` of it; empty
   * when none.
   */
  kinOf(term: string): readonly Expansion[] {
    this.addDerivedKin();
    return this.kinByTerm.get(term) ?? NONE;
  }

  /**
   * Files each story term's WordNet derivations that are story terms too
   * under it as kin, both ways, once, on the first question: the story's
   * WordNet lines are read then, not at build. Nothing is read of the kin
   * before, so the lists rank as if filed with the demonyms and stances.
   */
  private addDerivedKin(): void {
    if (this.derivedKinAdded) return;
    this.derivedKinAdded = true;
    for (const [word, relations] of this.related) {
      if (relations.derived.length === 0) continue;
      const term = this.storyTerm(word);
      if (term === null) continue;
      for (const other of relations.derived) {
        const otherTerm = this.storyTerm(other);
        if (otherTerm !== null && otherTerm !== term) {
          this.kinByTerm.add(term, otherTerm, EXPANSION.derived);
          this.kinByTerm.add(otherTerm, term, EXPANSION.derived);
        }
      }
    }
  }

  /**
   * The story's terms standing in for a word it does not use, found under
   * the word or its base forms ("facilities" → "facility"), under its
   * trade's other word ("baker" → "bakery"), or, for a word that is no
   * English, under the one word it is a slip of ("weapns"); with, or
   * failing all of those, the story's words closest to it in general
   * English's word vectors ("scrapped" → "cancelled"); empty when none.
   */
  of(word: string): readonly Expansion[] {
    return this.seen.get(word);
  }

  /**
   * The story's multi-word verbs whose plain words hold a word it does not
   * use ("step", of "stepped down", for "resign"), found under the word or
   * its base forms, each weighing `EXPANSION.phrasalVerb`; empty when none.
   * Also among {@link of}'s stand-ins, there ranked with all the others.
   */
  multiWordVerbsOf(word: string): readonly Expansion[] {
    for (const form of baseForms(word)) {
      const found = this.phrasal.get(form);
      if (found !== undefined) return found;
    }
    return NONE;
  }

  /** What is listed under the word or one of its base forms. */
  private listedUnder(word: string): readonly Expansion[] | undefined {
    for (const form of baseForms(word)) {
      const listed = this.listed(form);
      if (listed) return listed;
    }
    return undefined;
  }

  /** The ranked stand-ins listed under one word; undefined when none. */
  private listed(key: string): readonly Expansion[] | undefined {
    let list = this.byWord.get(key);
    if (list === undefined) {
      const gathered = this.gathered(key);
      if (gathered === undefined) return undefined;
      list = rankedStandIns(gathered);
      this.byWord.set(key, list);
    }
    return list;
  }

  /** Every word something is listed under: what a slip may be of. */
  private listedKeys(): Set<string> {
    const keys = new Set<string>();
    for (const [word, relations] of this.related) {
      const wordIsFiller = this.isFiller(word);
      const term = this.storyTerm(word);
      for (const [others, credit] of linkedBy(relations)) {
        const otherSense = credit !== EXPANSION.derived;
        for (const other of others) {
          if (otherSense && (wordIsFiller || this.isFiller(other))) continue;
          if (term !== null) keys.add(other);
          else if (this.storyTerm(other) !== null) keys.add(word);
        }
      }
    }
    for (const key of this.phrasal.keys()) keys.add(key);
    for (const key of this.stances.keys()) keys.add(key);
    return keys;
  }

  /**
   * The story's word for a trade where the reader names whoever plies it, or
   * the other way round: "baker" and "bakery", "robber" and "robbery",
   * "jeweller" and "jewellery", "grocer" and "grocery". WordNet links
   * neither way; the two differ by a final "y" after "er" alone.
   */
  private tradeOf(word: string): readonly Expansion[] | undefined {
    for (const form of baseForms(word)) {
      const sibling = form.endsWith('ery')
        ? form.slice(0, -1)
        : form.endsWith('er')
          ? `${form}y`
          : null;
      const term = sibling === null ? null : this.storyTerm(sibling);
      if (term !== null) return [{ term, credit: EXPANSION.derived }];
    }
    return undefined;
  }

  /**
   * The stand-ins of the one word a reader's unknown word is a slip of: a
   * letter dropped, doubled, swapped or changed ("electricty", "weapns").
   * Only for a word of some length that is no English word itself, and
   * only when one word the story relates to is that close: "deadline" is
   * never read as anything else, and two candidates are a guess.
   */
  private ofSlip(word: string): Expansion[] | undefined {
    if (word.length < MIN_SLIP_LENGTH || COMMON_ENGLISH_WORDS.has(word)) return undefined;
    let meant: readonly Expansion[] | undefined;
    for (const candidate of this.slipStems().spellingsNear(word)) {
      // A slip of an everyday word ("ansswer", "tdoay") is chat as often as
      // not: the reader's own words, not the story's subject.
      if (EVERYDAY_ENGLISH_WORDS.has(candidate)) continue;
      const listed = this.listedUnder(candidate);
      if (listed === undefined || listed === meant) continue;
      if (meant !== undefined) return undefined;
      meant = listed;
    }
    return meant?.map((e) => ({ term: e.term, credit: e.credit * EXPANSION.slip }));
  }

  /**
   * WordNet's stand-ins for a word and its word-vector neighbours, ranked
   * together: WordNet relates "agreement" to a story's "contract" by its
   * senses, not to the "negotiations" a reader may mean, which news text
   * uses alike.
   */
  private withNeighbours(word: string, listed: readonly Expansion[]): readonly Expansion[] {
    const near = this.ofNeighbours(word);
    if (near === undefined) return listed;
    const both = new StandIns();
    for (const e of [...listed, ...near]) both.add(word, e.term, e.credit);
    return both.get(word) ?? listed;
  }

  /**
   * The story's terms close to a word in general English's word vectors,
   * for a word of some length that is not filler: short words and filler
   * lie close to too many others ("up" to "down", "many" to "most").
   */
  private ofNeighbours(word: string): Expansion[] | undefined {
    return this.neighboursFor(word)?.of(word);
  }

  /**
   * Whether one of `terms` is a story term close to a word in general
   * English's word vectors, as {@link of} reads the story's terms close to a
   * word but however many are closer: a unit holding one says the word.
   */
  hasNeighbourAmong(word: string, terms: ReadonlySet<string>): boolean {
    return this.neighboursFor(word)?.isCloseToAny(word, terms) ?? false;
  }

  /** The word-vector neighbours, for a word they may be read for: one of some length, not filler. */
  private neighboursFor(word: string): VectorNeighbours | undefined {
    if (word.length < MIN_NEIGHBOUR_LENGTH || this.isFiller(word)) return undefined;
    return this.neighbours;
  }

  /** Builds now the index the first word that may be a slip would otherwise wait for. */
  prepare(): void {
    this.addDerivedKin();
    this.membersOfKind();
    this.slipStems();
    this.neighbours?.prepare();
  }

  /**
   * Built on the first word that may be a slip: most questions use none,
   * and a story's build should not pay for what its questions may never ask.
   */
  private slipStems(): SlipStems {
    this.stems ??= new SlipStems(this.listedKeys());
    return this.stems;
  }
}

/**
 * The stems of the words something is listed under, each with the endings
 * `baseForms` detaches from it ("weapon" for "weapons", "cit" for
 * "cities"), indexed by their deletions. A slip one edit from a listed word
 * or one of its inflections keeps most of its stem, so the spellings one
 * edit from a reader's word that are listed are found from the word's own
 * prefixes and their deletions: some sixty lookups for a long word, where
 * trying every spelling one edit away costs over five hundred.
 */
class SlipStems {
  private readonly stems = new Set<string>();
  private readonly byDeletion = new DeletionIndex();

  constructor(listed: Iterable<string>) {
    for (const word of listed) {
      for (const [suffix, replacement] of INFLECTIONS) {
        if (!word.endsWith(replacement)) continue;
        const stem = word.slice(0, word.length - replacement.length);
        if ((suffix !== '' && stem.length < 2) || this.stems.has(stem)) continue;
        this.stems.add(stem);
        this.byDeletion.add(stem, 1);
      }
    }
  }

  /**
   * The spellings one deletion, swap, change or insertion of a letter from
   * `word` that may be listed under a base form of theirs. Each spelling is
   * a stem plus an ending; the stem is one edit or none from a prefix of the
   * word at most two letters longer or shorter than itself, and the ending
   * is at most `LONGEST_ENDING` letters, which bounds the prefixes to read.
   */
  *spellingsNear(word: string): Generator<string> {
    const tried = new Set<string>();
    const shortest = Math.max(1, word.length - LONGEST_ENDING - 2);
    for (let length = shortest; length <= word.length; length++) {
      const prefix = word.slice(0, length);
      for (const spelling of [prefix, ...deletions(prefix, 1)]) {
        const stems = this.byDeletion.wordsUnder(spelling);
        for (const stem of this.stems.has(spelling) ? [spelling, ...stems] : stems) {
          for (const ending of ENDINGS) {
            const candidate = stem + ending;
            if (Math.abs(candidate.length - word.length) > 1 || tried.has(candidate)) continue;
            tried.add(candidate);
            if (isOneEditFrom(word, candidate)) yield candidate;
          }
        }
      }
    }
  }
}

/** Shorter words are one slip from too many others. */
const MIN_SLIP_LENGTH = 6;
/** Shorter words are mostly particles and chat, close to many words in any text. */
const MIN_NEIGHBOUR_LENGTH = 4;

/**
 * Whether `candidate` is one deletion, swap, change or insertion of a
 * letter from `word`; a change or an insertion is of a letter a to z.
 */
function isOneEditFrom(word: string, candidate: string): boolean {
  let at = 0;
  while (at < word.length && at < candidate.length && word[at] === candidate[at]) at++;
  if (candidate.length === word.length - 1) return word.slice(at + 1) === candidate.slice(at);
  if (candidate.length === word.length + 1) {
    return isLetter(candidate[at]) && candidate.slice(at + 1) === word.slice(at);
  }
  if (candidate.length !== word.length) return false;
  // Swapping two same letters leaves the word as it is.
  if (at === word.length) return /(.)\1/.test(word);
  if (word.slice(at + 1) === candidate.slice(at + 1)) return isLetter(candidate[at]);
  return (
    word[at] === candidate[at + 1] &&
    word[at + 1] === candidate[at] &&
    word.slice(at + 2) === candidate.slice(at + 2)
  );
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char >= 'a' && char <= 'z';
}

const NONE: readonly Expansion[] = Object.freeze([]);

/** A word's relatives in its own WordNet line, each with the credit it stands in with. */
function linkedBy(relations: WordRelations): [readonly string[], number][] {
  return [
    [relations.synonyms, EXPANSION.synonym],
    [relations.derived, EXPANSION.derived],
    [relations.hypernyms, EXPANSION.broaderOrNarrower],
    [relations.hyponyms, EXPANSION.broaderOrNarrower],
  ];
}

/** The lines listing a word, each with the credit their word stands in for it with. */
function listedWith(listers: Listers): [readonly string[], number][] {
  return [
    [listers.synonymOf, EXPANSION.synonym],
    [listers.derivedOf, EXPANSION.derived],
    [listers.broaderOrNarrowerOf, EXPANSION.broaderOrNarrower],
  ];
}

// Readers' words are unbounded; the cache only saves repeating the base forms.
const SEEN_LIMIT = 20_000;

/**
 * A word and the forms WordNet may list it under, by WordNet's own
 * detachment rules ("bases" → "base", "cities" → "city", "talked" →
 * "talk"). Forms that are no word are simply not found.
 *
 * @param undouble also a verb's consonant doubled before "-ed" or "-ing"
 *   taken back ("stepped" → "step", "shutting" → "shut"), which WordNet
 *   lists among its exceptions: for the story's own words, whose verb is
 *   told by the sentence ("stepped down as chief executive"). A reader's
 *   word is not read so: "spotted" alone would find the noun "spot" ("place",
 *   "point") where the story says "detected".
 */
export function baseForms(word: string, undouble = false): string[] {
  const forms = [word];
  const doubled = undouble ? DOUBLED_BEFORE_ENDING.exec(word) : null;
  if (doubled) forms.push(`${doubled[1]}${doubled[2]}`);
  for (const [suffix, replacement] of DETACHMENTS) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 2) {
      forms.push(word.slice(0, word.length - suffix.length) + replacement);
    }
  }
  return forms;
}

/**
 * A consonant doubled before "-ed" or "-ing" ("stepped", "planning"), after
 * two letters at least: the consonants English doubles so, not "l", "s", "f"
 * or "z", which a verb's own spelling doubles ("called", "passed"), and not
 * after one letter ("added", "ebbed").
 */
const DOUBLED_BEFORE_ENDING = /^([a-z]{2,}?)([bdgmnprt])\2(?:ed|ing)$/u;

const DETACHMENTS: readonly [suffix: string, replacement: string][] = [
  ['s', ''],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
];

/** A word as it is, and the endings `baseForms` detaches with what they replace. */
const INFLECTIONS: readonly [suffix: string, replacement: string][] = [['', ''], ...DETACHMENTS];

/** The endings a listed word's stem may carry in a reader's spelling. */
const ENDINGS: readonly string[] = [...new Set(INFLECTIONS.map(([suffix]) => suffix))];

const LONGEST_ENDING = Math.max(...ENDINGS.map((ending) => ending.length));
