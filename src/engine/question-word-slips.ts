/**
 * Slips of the question words ("wich court", "whta time", "waht"): the
 * conditions a question sets are read from its wording ("which court" wants
 * an answer naming a court), so a reader's slip of its question word would
 * otherwise leave the question with fewer conditions than the same question
 * typed right, and the engine more sure of its answer.
 */
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** A slip shorter than this ("wy", "hw") is too easily something else. */
const MIN_SLIP_LENGTH = 3;
/** A typed word, as `words` would cut it. */
const TYPED_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Each word one deletion, swap, change or insertion away from exactly one
 * question word, and no English word or chat shorthand itself ("were",
 * "hot", "whey", "wat" stay).
 * A letter added at the end is a contraction, not a slip ("whos", "hows").
 */
function slipsOfQuestionWords(): ReadonlyMap<string, string> {
  const meant = new Map<string, Set<string>>();
  for (const word of QUESTION_WORDS) {
    for (const slip of oneEditFrom(word)) {
      if (slip.length < MIN_SLIP_LENGTH || slip === word) continue;
      // Readers slip inside a word, seldom on its first letter ("tho" is no "who").
      if (slip.startsWith(word) || slip[0] !== word[0]) continue;
      const found = meant.get(slip) ?? new Set<string>();
      found.add(word);
      meant.set(slip, found);
    }
  }
  const slips = new Map<string, string>();
  for (const [slip, words] of meant) {
    const [word] = words;
    if (words.size !== 1 || word === undefined) continue;
    // Chat shorthand the analyzer already reads as filler ("or wat") stays filler.
    if (COMMON_ENGLISH_WORDS.has(slip) || QUESTION_WORDS.has(slip) || STOPWORDS.has(slip)) continue;
    slips.set(slip, word);
  }
  return slips;
}

function oneEditFrom(word: string): string[] {
  const found: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) found.push(head + word.slice(i + 1));
    if (i + 1 < word.length)
      found.push(head + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2));
    for (const letter of ALPHABET) {
      if (i < word.length) found.push(head + letter + word.slice(i + 1));
      found.push(head + letter + word.slice(i));
    }
  }
  return found;
}

let slips: ReadonlyMap<string, string> | undefined;

/**
 * The question with each slip of a question word read as that word ("wich
 * court overturned it" → "which court overturned it"), unless the story
 * writes the word as a name; the rest as typed.
 *
 * @param isStoryName whether the story writes a folded word only as a name
 */
export function withQuestionWordsPlain(
  question: string,
  isStoryName: (word: string) => boolean,
): string {
  slips ??= slipsOfQuestionWords();
  const known = slips;
  return question.replace(TYPED_WORD, (typed) => {
    const word = known.get(typed.toLowerCase());
    return word === undefined || isStoryName(typed.toLowerCase()) ? typed : word;
  });
}
