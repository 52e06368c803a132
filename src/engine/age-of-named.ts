/**
 * Whose age a text gives. News gives a person's age beside their name
 * ("Tom Ashdown, 55,", "Hollis — a 71-year-old retired teacher", "13-year-old
 * Lina Marchetti") or in place of it ("the 24-year-old", "her husband, 74,"),
 * so "how old is Ruth" is not answered by a sentence giving Tom Ashdown's age,
 * nor "how old is Keslar" by "Keslar said the 24-year-old…", where the age is
 * someone else's.
 */
import { NUMBER_WORDS } from './figures.ts';
import { foldText } from './text.ts';

const NUMBER = `(?:\\d{1,3}|${NUMBER_WORDS})`;
/** "71-year-old", "eight-month-old", "six year old": an age, as a regular expression's source. */
export const YEARS_OLD = `${NUMBER}[\\s-]*(?:years?|months?|weeks?)[\\s-]*olds?`;
/** An age told after a name or a noun: ", 55,", " (55)", " — a 71-year-old", ", aged 13". */
const AGE_AFTER = new RegExp(
  `\\s*(?:,|\\(|—|–)\\s*(?:(?:(?:a|an)\\s+${YEARS_OLD})|(?:aged\\s+)?\\d{1,3}(?=\\s*(?:[,)]|$))|aged\\s+${NUMBER}\\b)`,
  'uy',
);
/** An age told before a name: "13-year-old Lina", "six-year-old male, named Tashi". */
const AGE_BEFORE = new RegExp(
  `\\b${YEARS_OLD}(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,2}(?:,?\\s+(?:named|called))?\\s+$`,
  'u',
);
/** Any age at all, to tell whether a text gives one that no name holds. */
const ANY_AGE = new RegExp(
  `\\b${YEARS_OLD}\\b|,\\s*(?:aged\\s+)?\\d{1,3}\\s*[,)]|\\(\\s*\\d{1,3}\\s*\\)|\\baged\\s+${NUMBER}\\b`,
  'gu',
);
/** Words in capitals one after another: a name, with any title before it ("Manager Marta Keslar"). */
const NAME_RUN = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * How a text bears on the age of the person a question names by
 * `nameWords` (folded): `'theirs'` when it gives an age beside their name;
 * `'unnamed'` when it gives an age beside no name while naming none of them
 * ("the 24-year-old", reached through the sentence before); `'others'` when
 * every age it gives is beside another's name ("Tom Ashdown, 55," is not
 * Ruth Ashdown's), or it names them but gives their age nowhere, or gives
 * none.
 */
export function ageOfNamed(
  text: string,
  nameWords: readonly string[],
): 'theirs' | 'unnamed' | 'others' {
  const asked = namePartsOf(nameWords);
  let namesAsked = false;
  /** Where each age told beside a name starts and ends. */
  const besideNames: (readonly [number, number])[] = [];
  for (const found of text.matchAll(NAME_RUN)) {
    const start = found.index;
    const end = start + found[0].length;
    const run = namePartsOf(found[0].split(/\s+/u));
    const shared = [...run].filter((part) => asked.has(part)).length;
    if (shared > 0) namesAsked = true;
    // "Ruth Ashdown" is named by "Ashdown" alone or by "Ruth Ashdown", not by "Tom Ashdown".
    const isTheirs = shared > 0 && (shared === asked.size || shared === run.size);
    AGE_AFTER.lastIndex = end;
    const after = AGE_AFTER.exec(text);
    if (after !== null) {
      if (isTheirs) return 'theirs';
      besideNames.push([after.index, after.index + after[0].length]);
    }
    const before = AGE_BEFORE.exec(text.slice(Math.max(0, start - LOOK_BEHIND), start));
    if (before !== null) {
      if (isTheirs) return 'theirs';
      besideNames.push([start - before[0].length, start]);
    }
  }
  if (namesAsked) return 'others';
  for (const age of text.matchAll(ANY_AGE)) {
    if (!besideNames.some(([from, to]) => age.index >= from && age.index < to)) return 'unnamed';
  }
  return 'others';
}

/**
 * Whether a text gives an age that is not the named person's own: "how old
 * is Chloe's sister" asks another's age than Chloe's, which "Chloe Ashdown,
 * 22, … for her sister" does not give; "her eight-month-old son" beside
 * Leanne's name does. `nameWords` are the owner's (folded).
 */
export function givesAgeOfAnother(text: string, nameWords: readonly string[]): boolean {
  const asked = namePartsOf(nameWords);
  /** Where each age told beside the named person's own name starts and ends. */
  const theirs: (readonly [number, number])[] = [];
  for (const found of text.matchAll(NAME_RUN)) {
    const start = found.index;
    const end = start + found[0].length;
    const run = namePartsOf(found[0].split(/\s+/u));
    const shared = [...run].filter((part) => asked.has(part)).length;
    if (shared === 0 || (shared !== asked.size && shared !== run.size)) continue;
    AGE_AFTER.lastIndex = end;
    const after = AGE_AFTER.exec(text);
    if (after !== null) theirs.push([after.index, after.index + after[0].length]);
    const before = AGE_BEFORE.exec(text.slice(Math.max(0, start - LOOK_BEHIND), start));
    if (before !== null) theirs.push([start - before[0].length, start]);
  }
  for (const age of text.matchAll(ANY_AGE)) {
    if (!theirs.some(([from, to]) => age.index >= from && age.index < to)) return true;
  }
  return false;
}

/** How far before a name an age told before it may start ("a 13-year-old pupil named "). */
const LOOK_BEHIND = 60;

/** The folded parts of name words, a double-barrelled one's parts apart, an owner's "'s" left off. */
function namePartsOf(words: readonly string[]): ReadonlySet<string> {
  return new Set(
    words
      .flatMap((word) =>
        foldText(word)
          .replace(/['’]s$/u, '')
          .split('-'),
      )
      .filter(Boolean),
  );
}
