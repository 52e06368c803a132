import type { AskContext } from './ask-context.ts';

/** Whether two words are one word as the index reads them ("owns", "owned"): the same, or sharing a term. */
export function sameWordIn(context: AskContext, a: string, b: string): boolean {
  return a === b || context.termsOfWord(a).some((t) => context.termsOfWord(b).includes(t));
}
