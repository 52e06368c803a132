import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';

/** How {@link contrastFit} reads the words of the question and of an answer. */
export interface ContrastWords {
  /** Whether a word is filler to this story (general or story stopword). */
  isFiller: (word: string) => boolean;
  /** Whether two words are one word to the index (stems, spellings). */
  sameWord: (a: string, b: string) => boolean;
  /** Whether a unit holds a word, or a word standing in for it (a synonym, a reader phrase). */
  unitHolds: (unit: number, word: string) => boolean;
}

/** One "rescued by helicopter": the word before, the preposition, the word after. */
export interface Slot {
  before: string;
  preposition: string;
  after: string;
}

/**
 * A question that says how, with what or from where something was done
 * ("how many people got rescued by helicopter") is not answered by a
 * sentence saying it was done otherwise ("Two people were rescued by
 * boat"): the same word before the same preposition, another word after
 * it, and the question's word nowhere in the sentence, not even through a
 * word standing in for it. The count there counts something else. Null
 * when the question has no such phrase.
 *
 * @param slotsOfUnit the slots of what a unit answers with ({@link slotsIn}),
 *   read once per unit; null for an answer trusted to meet its questions (a
 *   curated pair, written for them)
 */
export function contrastFit(
  question: string,
  slotsOfUnit: (unit: number) => readonly Slot[] | null,
  read: ContrastWords,
): UnitFit {
  const slots = slotsIn(question, read.isFiller);
  if (slots.length === 0) return null;
  return (unit) => {
    const own = slotsOfUnit(unit);
    if (own === null) return true;
    return !slots.some(
      (slot) =>
        !read.unitHolds(unit, slot.after) &&
        own.some(
          (other) =>
            other.preposition === slot.preposition &&
            read.sameWord(other.before, slot.before) &&
            !read.sameWord(other.after, slot.after),
        ),
    );
  };
}

/**
 * Each content word, preposition and content word after it of a text
 * ("rescued", "by", "boat"), determiners skipped.
 */
export function slotsIn(text: string, isFiller: (word: string) => boolean): Slot[] {
  const list = words(foldText(text));
  const slots: Slot[] = [];
  for (let at = 1; at < list.length; at++) {
    const preposition = list[at] ?? '';
    if (!PREPOSITIONS.has(preposition)) continue;
    const before = list[at - 1] ?? '';
    let next = at + 1;
    while (DETERMINERS.has(list[next] ?? '')) next++;
    const after = list[next];
    if (after === undefined || isFiller(before) || isFiller(after)) continue;
    slots.push({ before, preposition, after });
  }
  return slots;
}

/** Prepositions telling how or by what means something was done. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'with', 'via', 'using']);

/** Words that open the noun after a preposition ("by a boat"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its']);
