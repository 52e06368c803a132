import type { WordSense } from './small-talk.ts';
import { QUESTION_WORDS } from './stopwords.ts';

/** The word a choice is put by: "crew neck or v neck". */
const OR = 'or';

/**
 * "crew neck or v neck?": a choice put to the channel between two kinds of
 * one thing (the same last word on both sides of its one "or"), and that
 * thing a word the story never uses, asks nothing of the story, whatever
 * word of it a kind is named by ("crew", which a story of fire crews uses in
 * another sense). "the bases, inland or coastal?" and "air base or naval
 * base?" choose between the story's own things, and a question (a question
 * word or an auxiliary first) asks.
 *
 * @param spelled the message's words as the reader meant them
 * @param isQuestionOpener whether a word opens a yes-or-no question ("is", "did")
 */
export function isChoiceOfOtherThings(
  spelled: readonly string[],
  sense: WordSense,
  isQuestionOpener: (word: string) => boolean,
): boolean {
  // A kind and the thing on each side: "crew neck" or "v neck".
  const at = spelled.indexOf(OR);
  if (at < 2 || at !== spelled.lastIndexOf(OR) || spelled.length - at < 3) return false;
  if (isQuestionOpener(spelled[0] ?? '') || spelled.some((word) => QUESTION_WORDS.has(word))) {
    return false;
  }
  const thing = spelled[at - 1] ?? '';
  return (
    spelled.at(-1) === thing &&
    !sense.isPlain(thing) &&
    !sense.inStory(thing) &&
    !sense.isName(thing)
  );
}
