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

/** One "rescued by helicopter" of a question: the word before, the preposition, the word after. */
interface Slot {
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
 * @param textOf what a unit answers with; null for an answer trusted to meet
 *   its questions (a curated pair, written for them)
 */
export function contrastFit(
  question: string,
  textOf: (unit: number) => string | null,
  read: ContrastWords,
): UnitFit {
  const slots = slotsOf(words(foldText(question)), read.isFiller);
  if (slots.length === 0) return null;
  return (unit) => {
    const text = textOf(unit);
    if (text === null) return true;
    const own = words(foldText(text));
    return !slots.some(
      (slot) =>
        !read.unitHolds(unit, slot.after) &&
        slotsOf(own, read.isFiller).some(
          (other) =>
            other.preposition === slot.preposition &&
            read.sameWord(other.before, slot.before) &&
            !read.sameWord(other.after, slot.after),
        ),
    );
  };
}

/** Each content word, preposition and content word after it ("rescued", "by", "boat"), determiners skipped. */
function slotsOf(list: readonly string[], isFiller: (word: string) => boolean): Slot[] {
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
