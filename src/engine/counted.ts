import { MONTH_SOURCE, YEAR_SOURCE as YEAR } from './calendar.ts';
import { CURRENCY_SIGN } from './currency.ts';
import { NUMBER_WORDS, SCALE_WORDS } from './figures.ts';
import { foldText, words } from './text.ts';
import { ENUMERATION } from './tuning.ts';

/*
 * What a "how many" question counts ("how many naval bases…": bases, of the
 * naval kind), and what each number of a text counts ("two bases in the
 * north"), so that a count is answered by a number of that very thing.
 */

/**
 * Reads what a "how many" question counts, once for every answer weighed:
 * null when it counts nothing.
 *
 * @param mentionOf whether a text uses a word, as the story's index reads words (stems, spellings)
 * @param namingOf whether a text names what the counted noun names, its stand-ins included
 * @param personKinds the cue words naming kinds of people, as one text
 * @param placeKinds the cue words naming kinds of places, as one text
 */
export function readCounting(
  question: string,
  mentionOf: (word: string) => (text: string) => boolean,
  namingOf: (word: string) => (text: string) => boolean,
  personKinds: string,
  placeKinds: string,
): Counting | null {
  const phrase = countedPhrase(question);
  const counted = thingCounted(phrase);
  if (counted === null) return null;
  const isCounted = PEOPLE_AT_ALL.has(counted)
    ? countsPeopleOfAnyKind(namingOf(counted))
    : namingOf(counted);
  // The kind (people, places) is read of the reader's own noun: "how many
  // ppl were at the ground" read as "people" took "Gareth and Lewis both…"
  // for a count of them.
  const isItself = mentionOf(counted);
  const kind = isItself(personKinds) ? 'person' : isItself(placeKinds) ? 'place' : null;
  return {
    isCounted,
    qualifiers: phrase.filter((word) => word !== counted).map(mentionOf),
    kind,
    together: phrase.some((word) => JOINS_IN_QUESTION.has(word)),
  };
}

/**
 * What a "how many" question counts: "how many foreign troops are…" →
 * "troops"; null otherwise. Readers drop the verb ("how many bases they
 * operate"), so the first plural word is taken, else the phrase's last word.
 */
export function countedThing(question: string): string | null {
  return thingCounted(countedPhrase(question));
}

/** Of a counted phrase ("naval bases"), the thing counted: its first plural, else its last word. */
function thingCounted(phrase: readonly string[]): string | null {
  return phrase.find(isPlural) ?? phrase.at(-1) ?? null;
}

/** What a "how many" question counts, as `AnswerTypes.counting` reads it once per question. */
export interface Counting {
  /** Whether a text uses the word of the thing counted ("bases" of "how many naval bases"), inflected or mistyped. */
  isCounted: (text: string) => boolean;
  /** For each other word of the counted phrase ("naval"), whether a text uses it. */
  qualifiers: readonly ((text: string) => boolean)[];
  /** Whether the thing counted is a kind of person or of place, as the cue words say. */
  kind: 'person' | 'place' | null;
  /** Whether the reader counts two things together ("how many buses and depots"). */
  together: boolean;
}

/**
 * A reader's word for people of no one kind: "how many people left their
 * homes" is answered by "About 2,100 residents left their homes", "how many
 * ppl fit on the ferry" by "carries 12 cars and 96 passengers". News counts
 * people by what they are to the story; the reader asks for them all.
 */
const PEOPLE_AT_ALL: ReadonlySet<string> = new Set(
  'people ppl persons folk folks individuals'.split(' '),
);

/** Plural nouns naming a kind of people that news counts: what a count of "people" may count. */
const KINDS_OF_PEOPLE: ReadonlySet<string> = new Set(
  `residents passengers customers visitors staff pupils students patients workers employees members
  voters fans protesters protestors spectators supporters guests travellers travelers commuters
  tenants shoppers riders users volunteers villagers islanders inhabitants locals citizens evacuees
  adults children kids men women relatives families parents neighbours neighbors pedestrians
  subscribers followers viewers listeners readers attendees participants delegates applicants
  candidates homeowners crew survivors victims mourners players cases crowd audience workforce
  congregation`.split(/\s+/),
);

/**
 * Whether a counted phrase ({@link countedPhrases}) counts people of any
 * kind, the kind right after the number ("96 passengers", "1.2 million
 * customers"), or what the reader's word itself names. A kind further on
 * belongs to another count: "thousands of passengers" is no count of those
 * who voted, "4,100 paying members" none of those who answered a survey.
 */
function countsPeopleOfAnyKind(named: (text: string) => boolean): (text: string) => boolean {
  return (phrase) => {
    if (named(phrase)) return true;
    const phraseWords = phrase.split(' ');
    // "Thousands of passengers" counts no one asked about but passengers
    // themselves, named further on: only a part's whole is passed ("of the").
    const kind = phraseWords.find(
      (word, at) =>
        !BEFORE_KIND_COUNTED.test(word) &&
        !(word === 'of' && OWNER_OF_WHOLE.test(phraseWords[at + 1] ?? '')),
    );
    return kind !== undefined && KINDS_OF_PEOPLE.has(kind);
  };
}

/**
 * Words between a number and the kind of people it counts that leave it
 * theirs: a scale ("1.2 million customers"), what was added ("four extra
 * staff"), the determiner or count of a part's whole ("six of the 40
 * parents"), a verb saying what they were ("97 were pedestrians").
 */
const BEFORE_KIND_COUNTED = new RegExp(
  `^(?:${SCALE_WORDS}|extra|more|additional|further|other|new|the|its|their|his|her|our|those|these|were|are|was|\\d[\\d,.]*)$`,
  'u',
);

/** Words by which a reader joins two things counted together: "buses and depots", "buses n depots". */
const JOINS_IN_QUESTION: ReadonlySet<string> = new Set(['and', 'or', 'n', '&']);

/**
 * Whether a counted phrase ({@link countedPhrases}) of a text counts the
 * thing a "how many" asks about only together with another: "about 1,800
 * visitors and staff" is one number for both, so it tells how many visitors
 * and staff there were, or how many people, but not how many staff. Two
 * plurals joined by "and" or "or" with nothing between (not "in the first
 * eight days, and only…", nor "20 hours or more"), one named by the counted
 * word and the other not. A reader counting both together is answered by it.
 *
 * @param text the text the phrase was read from, whose commas the phrase no longer shows
 */
export function countsOnlyTogether(phrase: string, text: string, counting: Counting): boolean {
  if (counting.together) return false;
  const [first = '', joining = '', second = ''] = phrase.split(' ');
  return (
    isPlural(first) &&
    JOINS_MODIFIERS.has(joining) &&
    isPlural(second) &&
    counting.isCounted(first) !== counting.isCounted(second) &&
    foldText(text).includes(`${first} ${joining} ${second}`)
  );
}

/** A plural, regular ("visitors") or not ("staff"); never a word only spelled like one ("was"). */
function isPlural(word: string): boolean {
  return (PLURAL.test(word) && !NO_PLURALS.has(word)) || IRREGULAR_PLURALS.has(word);
}

/**
 * Words ending in "s" that are no plural: "sold 40,000 copies and was
 * reissued" counts copies alone, not copies together with a "was".
 */
const NO_PLURALS: ReadonlySet<string> = new Set(
  'was has is his its this does as thus whereas always perhaps'.split(' '),
);

/** The words of what a "how many" question counts: "how many naval bases are…" → naval, bases. */
export function countedPhrase(question: string): string[] {
  const phrase = /\bhow many ((?:\p{L}+'? ?)+)/u.exec(foldText(question))?.[1] ?? '';
  const counted: string[] = [];
  for (const word of phrase.split(' ')) {
    // "How many kids' schools…" counts schools: a possessive only says whose.
    if (word.endsWith("'")) continue;
    // "How many of the bases…" counts bases.
    if (counted.length === 0 && (word === 'of' || word === 'the')) continue;
    if (word === '' || ENDS_COUNTED_PHRASE.has(word) || counted.length === MAX_COUNTED_WORDS) break;
    // "How many people treated since…": a verb after the noun ends it.
    if (counted.length > 0 && PAST_VERB.test(word)) break;
    counted.push(word);
  }
  return counted;
}

/** "foreign military personnel" at most: the counted thing is named within a few words. */
const MAX_COUNTED_WORDS = 3;
/** A regular plural ("bases", "troops"), not "press" or "status". */
const PLURAL = /[^su]s$/;

/** The singular of a regular plural ("dates" → "date"); null for any other word ("press", "status"). */
export function regularSingular(word: string): string | null {
  return PLURAL.test(word) ? word.slice(0, -1) : null;
}

/**
 * Plurals without an "s" ("how many people work there" counts people, not
 * work): the ones readers count, with their short forms.
 */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
  'people ppl children men women police staff folk feet teeth mice geese'.split(' '),
);

/** A past tense or participle ("treated", "killed"), not a noun. */
const PAST_VERB = /[^e]ed$/;

/** Words that end the counted noun phrase of "how many X are…". */
const ENDS_COUNTED_PHRASE: ReadonlySet<string> = new Set(
  'are is was were does do did have has had will would can could in of at on there does from by to that which still currently since after before during until for with so r got get went came'.split(
    ' ',
  ),
);

/**
 * What each number in a text counts: the few words after it ("two bases in
 * the north"). "How many troops" is answered by a number of troops, not by any
 * number in a text that mentions troops somewhere.
 */
export function countedPhrases(text: string): string[] {
  const { words: folded, hyphened, closing } = countableWords(text);
  const phrases: string[] = [];
  folded.forEach((word, at) => {
    if (!IS_QUANTITY_WORD.test(word)) return;
    // "none at all", "after all": no quantity.
    if (word === 'all' && NOT_COUNTING_ALL.has(folded[at - 1] ?? '')) return;
    // "180 deck and engine crew": a word joining two modifiers names nothing.
    const counted: string[] = [];
    // "A twice-daily minibus and permitted cars", "a single-track road": a
    // number joined to the word after it makes one modifier, which counts
    // that word ("three-day": days) and none of the nouns it modifies.
    const window = hyphened.has(at) ? 1 : COUNTED_WINDOW;
    // "All 214 of the chain's stores", "nine of its 24 aircraft": a part
    // counts what its whole is made of, named after "of" and its owner.
    const partOf =
      !hyphened.has(at) && folded[at + 1] === 'of' && OWNER_OF_WHOLE.test(folded[at + 2] ?? '');
    let named = 0;
    for (let next = at + 1; next < folded.length && named < window; next++) {
      const following = folded[next] ?? '';
      counted.push(following);
      const passed = partOf && named === 0 && (next === at + 1 || OWNER_OF_WHOLE.test(following));
      if (!JOINS_MODIFIERS.has(following) && !passed) named++;
      // "…of 81 per cent. Members of the union": a count ends with its sentence.
      if (closing.has(next)) break;
    }
    phrases.push(counted.join(' '));
    // "Police put the number of tractors at about 380": the count is of
    // what the number before it was said to be of.
    const before = numberOfBefore(folded, at, closing);
    if (before !== null) phrases.push(before);
  });
  return phrases;
}

/**
 * What a number is the number of, named just before it in its sentence:
 * "the number of tractors at about 380" → "tractors", "the total of
 * injured people was 41" → "injured people", "a crowd of 18,412" → "crowd".
 * Null when no "number of", "total of" or gathering's "of" comes within a
 * few words before it.
 */
function numberOfBefore(
  folded: readonly string[],
  at: number,
  closing: ReadonlySet<number>,
): string | null {
  for (let of = at - 1; of > 0 && at - of <= NUMBER_OF_REACH; of--) {
    if (closing.has(of)) return null;
    const before = folded[of - 1] ?? '';
    if (folded[of] === 'of' && (NUMBER_OF.has(before) || GROUPS_OF_PEOPLE.has(before))) {
      const named = folded.slice(of + 1, at).filter((word) => !BETWEEN_THING_AND_NUMBER.has(word));
      // "A crowd of 18,412": the group's own noun says what is counted.
      if (named.length === 0) return GROUPS_OF_PEOPLE.has(before) ? before : null;
      return named.join(' ');
    }
  }
  return null;
}

/** How many words before a number "number of" may come: "the number of injured cyclists at about 40". */
const NUMBER_OF_REACH = 6;
/** Nouns whose "of" names what a number after them counts. */
const NUMBER_OF: ReadonlySet<string> = new Set(['number', 'total', 'tally', 'count']);
/** Nouns of a gathering of people, whose "of" gives their number: "a crowd of 18,412". */
const GROUPS_OF_PEOPLE: ReadonlySet<string> = new Set([
  'crowd',
  'audience',
  'workforce',
  'congregation',
]);
/** Words linking a thing to the number it was put at, which name nothing. */
const BETWEEN_THING_AND_NUMBER: ReadonlySet<string> = new Set(
  'at to was is were are had has stood reached rose fell about around roughly nearly almost some more than over under'.split(
    ' ',
  ),
);

/**
 * A text's words for reading counts: a number with digit groups is one word
 * ("180,000", "1.5"), and a number a name carries ("Tern-2", "COVID-19") is
 * no count, so it is dropped; so is a sum of money, which counts no thing
 * ("£1.8 million on agency staff" says how much, not how many staff).
 */
function countableWords(text: string): CountableWords {
  const parts = foldText(text)
    .replace(SUM_OF_MONEY, ' ')
    .replace(DAY_OF_MONTH, ' ')
    .replace(NAMED_NUMBER, '$1')
    .split(COUNTABLE_WORD_SEPARATOR);
  const words: string[] = [];
  const hyphened = new Set<number>();
  const closing = new Set<number>();
  // The split keeps each separator at an odd place, after the word it follows.
  for (let at = 0; at < parts.length; at += 2) {
    const separator = parts[at + 1] ?? '';
    if (separator === '-') hyphened.add(words.length);
    else if (CLOSES_SENTENCE.test(separator)) closing.add(words.length);
    words.push(parts[at] ?? '');
  }
  return { words, hyphened, closing };
}

/**
 * A text's countable words, which of them a hyphen joins to the next
 * ("twice-daily"), and which close a sentence or a clause before a
 * semicolon.
 */
interface CountableWords {
  words: string[];
  hyphened: ReadonlySet<number>;
  closing: ReadonlySet<number>;
}

/**
 * A separator closing a sentence, or a clause before a semicolon. Not a
 * colon: what follows one often names what the count before it is of
 * ("about 3,000 members, said: “People…”").
 */
const CLOSES_SENTENCE = /[.!?;]/;

/** A figure after a currency sign, with its scale: "£1.8 million", "$350m". */
const SUM_OF_MONEY = new RegExp(`${CURRENCY_SIGN} ?\\d[\\d,.]*(?: ?(?:${SCALE_WORDS})\\b)?`, 'gu');
/**
 * What parts a text's countable words: anything but a letter or a digit, and
 * a comma or point that is not between digits ("180,000" and "1.5" stay one
 * word, and "1,850" is no year).
 */
const NOT_IN_COUNTABLE_WORD = /(?:[^\p{L}\p{N},.]|(?<!\d)[,.]|[,.](?!\d))+/u;
/** {@link NOT_IN_COUNTABLE_WORD}, kept by a split. */
const COUNTABLE_WORD_SEPARATOR = new RegExp(`(${NOT_IN_COUNTABLE_WORD.source})`, 'u');
/**
 * The day of a date, before or after its month ("Tuesday 4 March", "on March
 * 4th"): it counts no thing, though a word of the thing counted follows
 * ("4 March, when staff…").
 */
const DAY_OF_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)? (?=${MONTH_SOURCE}\\b)|(?<=\\b${MONTH_SOURCE} )\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]\\d)`,
  'gu',
);
/** A number joined to the word before it by a hyphen ("tern-2"): the name is kept, the number dropped. */
const NAMED_NUMBER = /(\p{L})-\d+(?![\p{L}\p{N}-])/gu;
/** Words before "all" that make it no quantity: "at all", "after all". */
const NOT_COUNTING_ALL: ReadonlySet<string> = new Set(['at', 'after']);

/**
 * What may stand between "of" and the whole a part is counted of: its
 * determiner or owner, or the whole's own count ("of the", "of its 24").
 */
const OWNER_OF_WHOLE = /^(?:the|its|their|his|her|our|those|these|\d[\d,.]*)$/;

/** Words that join the modifiers of a counted thing without naming it. */
const JOINS_MODIFIERS: ReadonlySet<string> = new Set(['and', 'or']);

/** How many words after a number may name what it counts ("two military bases", "its only naval base"). */
const COUNTED_WINDOW = 3;
const IS_QUANTITY_WORD = new RegExp(
  `^(?!${YEAR}$)\\d[\\d,.]*$|^(?:${NUMBER_WORDS}|only|sole|single|both|all)$`,
);

/**
 * Whether two items joined by "and" or "or" each name the counted thing
 * ("an air base at Greyfield and a naval base in Portmere" for "bases"): its
 * word twice, with the joining word between, within a few words, each time
 * with the question's qualifiers just before it ("naval" of "naval bases").
 */
export function namedInEachItem(text: string, counting: Counting): boolean {
  // Most answers never name the counted thing, which the text's stems (read
  // once per text) tell at once: a new thing counted weighs every answer
  // again, and reading each one's words afresh made it a millisecond.
  if (!counting.isCounted(text)) return false;
  const textWords = words(text);
  const qualified = (at: number) => {
    const before = textWords.slice(Math.max(0, at - MAX_COUNTED_WORDS), at).join(' ');
    return counting.qualifiers.every((uses) => uses(before));
  };
  let previous = -1;
  for (const [at, word] of textWords.entries()) {
    if (!counting.isCounted(word) || !qualified(at)) continue;
    const between = textWords.slice(previous + 1, at);
    if (
      previous >= 0 &&
      between.length <= ENUMERATION.maxItemWords &&
      between.some((w) => JOINS_MODIFIERS.has(w))
    ) {
      return true;
    }
    previous = at;
  }
  return false;
}
