import type { LanguageFile } from '../knowledge/general-schema.ts';
import { alternation } from './text.ts';

/** The questions that read openers of their own besides the common ones (`language.json`). */
export type OpenedQuestion = Exclude<keyof LanguageFile['openers'], 'common'>;

/**
 * The start of a question of this kind, past any words a reader opens it
 * with that ask nothing themselves ("so will the driver be fined", "ok whats
 * the rate"): a regular-expression source to put before the words that tell
 * the question, so that those are still read as its first words. Absent
 * words, no opener is skipped.
 */
export function pastOpeners(
  words: Pick<LanguageFile, 'openers'> | undefined,
  question: OpenedQuestion,
): string {
  const opener = alternation([
    ...(words?.openers.common ?? []),
    ...(words?.openers[question] ?? []),
  ]);
  return `^\\W*(?:${opener}\\W+)*`;
}
