import { BoundedMemo } from './bounded-memo.ts';
import { MONTHS, WEEKDAYS } from './calendar.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, wordSet, words } from './text.ts';

/**
 * Nouns of family, by which a reader asks for someone through another:
 * "who is Delgado's wife", "what's his daughter's name", and by which an
 * article says who someone is ("Kirsty Haskett, 41, Oliver's mother").
 * General English, closed.
 */
export const RELATIVES = wordSet(`
  wife husband spouse partner fiance fiancee girlfriend boyfriend widow widower
  daughter son child children kid kids stepdaughter stepson
  mother father mum mom dad parent parents stepmother stepfather
  sister brother sibling siblings
  grandmother grandfather grandparent grandparents granddaughter grandson grandchild grandchildren
  aunt uncle niece nephew cousin`);

/** "Who", or a word asking for a name: the one holding the relation is asked for. */
const ASKS_WHO = wordSet('who whos whose name names named called');

/** How far from the relative's noun the name of whoever it is may stand: "his wife, Jane Reyes,". */
const NAME_WITHIN = 4;

/** Capitalised words that name no one: the months and weekdays. */
const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS].map((name) => name.toLowerCase()));

/**
 * A relative's noun said as someone's: "Delgado's wife", "halloways wife",
 * "his daughter", "the wife of…". Group 1 or 2 the noun, maybe plural or
 * with a possessive typed without its apostrophe ("wifes").
 */
const SOMEONES_RELATIVE = new RegExp(
  `(?:\\b(?:his|her|their)|\\w(?:['’]s|s['’]?))\\s+(${[...RELATIVES].join('|')})s?\\b|\\b(${[...RELATIVES].join('|')})s?\\s+of\\b`,
  'u',
);

/** Words the reader quotes, to their closing mark or the end. */
const QUOTED = /[“"«][^”"»]*(?:[”"»]|$)/g;

/** The relative a question asks for, as the noun it says ("wifes" → "wife"); null when none. */
export function relativeAsked(question: string): string | null {
  // Most questions name no relative: their words, read once, tell so.
  const asked = words(foldText(question));
  if (!asked.some((word) => RELATIVES.has(word) || RELATIVES.has(word.replace(/s$/, '')))) {
    return null;
  }
  if (!asked.some((word) => ASKS_WHO.has(word))) return null;
  const own = question.toLowerCase().replace(QUOTED, ' ');
  const found = SOMEONES_RELATIVE.exec(own);
  return found?.[1] ?? found?.[2] ?? null;
}

/** A person's card: whom it names, and what it says of them. */
export interface CardText {
  name: string;
  description: string;
}

/**
 * A question after who holds a relation to someone ("who is Delgado's
 * wife", "whats his wifes name") is answered only by a text naming someone
 * beside that relation ("his wife, Jane Reyes,", "Jane Reyes, his wife"),
 * or by the card of someone the question does not name whose description
 * gives the relation: not by the card of the one whose relative is asked
 * for (Delgado's own card, "Fire Chief"), nor by a sentence that speaks of
 * the relative without a name ("after the death of his wife in 2017"). Null
 * for any other question.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 * @param cardOf a person's card, or null for any other unit
 */
export function relationFit(
  question: string,
  textOf: (unit: number) => string | null,
  cardOf: (unit: number) => CardText | null,
): UnitFit {
  const relative = relativeAsked(question);
  if (relative === null) return null;
  const askedWords = new Set(words(foldText(question)));
  return (unit) => {
    const card = cardOf(unit);
    if (card !== null) {
      return (
        !words(card.name).some((word) => askedWords.has(word)) &&
        words(card.description).some((word) => word === relative || word === `${relative}s`)
      );
    }
    const text = textOf(unit);
    return text === null || namesARelative(text, relative, askedWords);
  };
}

/**
 * Whether a text names someone within {@link NAME_WITHIN} words of a
 * relative's noun: a capitalised word, not the sentence's first, that the
 * question does not say itself (the one whose relative is asked for).
 */
function namesARelative(text: string, relative: string, askedWords: ReadonlySet<string>): boolean {
  const { written, plain } = wordsOfTexts.get(text);
  const isName = (at: number) => {
    const word = written[at] ?? '';
    const folded = plain[at] ?? '';
    return (
      at > 0 &&
      /^\p{Lu}/u.test(word) &&
      !askedWords.has(folded) &&
      !NOT_NAMES.has(folded) &&
      !RELATIVES.has(folded)
    );
  };
  return plain.some((word, at) => {
    if (word !== relative && word !== `${relative}s`) return false;
    for (let near = at - NAME_WITHIN; near <= at + NAME_WITHIN; near++) {
      if (near !== at && isName(near)) return true;
    }
    return false;
  });
}

/** A text's words as written, and each folded with its "'s" dropped: what {@link namesARelative} reads. */
interface TextWords {
  written: readonly string[];
  plain: readonly string[];
}

/**
 * Units' texts split into words, kept: a question naming a relative holds
 * every unit it ranked to {@link namesARelative}, and folding each of their
 * words afresh per question was a twentieth of asking such a question (it
 * also pushed the question's own foldings out of the fold's few slots). The
 * story's texts are few; a loose cap bounds a large one.
 */
const TEXT_WORDS_LIMIT = 8192;
const wordsOfTexts = new BoundedMemo(TEXT_WORDS_LIMIT, (text: string): TextWords => {
  const written = text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word !== '');
  return { written, plain: written.map((word) => foldText(word).replace(/['’]s$/, '')) };
});
