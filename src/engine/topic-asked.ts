import { foldText, words } from './text.ts';

/**
 * The words of the topic a question after what someone said asks about:
 * "result" of "what did Whitlow say about the result", "jobs" of "what did
 * Brask say about the jobs"; empty when the question names none.
 *
 * A quote of theirs on another topic does not answer it: someone who
 * spoke of one thing said nothing the article reports of the other.
 *
 * @param asksWhatWasSaid whether the question asks what someone said (`AnswerTypes.asksWhatWasSaid`)
 * @param isFiller whether a word is filler (a stopword): never a topic
 */
export function topicAsked(
  question: string,
  asksWhatWasSaid: boolean,
  isFiller: (word: string) => boolean,
): string[] {
  if (!asksWhatWasSaid) return [];
  const topic = ABOUT.exec(foldText(question))?.[1] ?? '';
  return words(topic).filter((word) => !isFiller(word));
}

/** "About" and what follows it: the topic. */
const ABOUT = /\babout\s+(.+)$/u;
