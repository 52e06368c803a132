import type { AskContext } from './ask.ts';
import { words } from './text.ts';

/** "Who is the …", "whos the …" (folded): the role the question names, to its end. */
const ROLE_NAMED =
  /\bwhos?\s+(?:(?:is|was|are|were)\s+)?(?:the|a|an|this|that|his|her|their|its)\s+(.+)$/u;

/**
 * A word that closes the noun phrase before it when it follows one: a
 * participle or a verb's "-ing" ("the club chair defending the sale", "the
 * old fisherman quoted in the story"), or a word pointing at the article
 * ("the union guy here").
 */
const CLOSES_THE_ROLE = /^(?:.+ed|.+[^aeiou]ing|here|there|now|again)$/u;

/**
 * The head word of the role a "who is the …" names: the last word of the
 * noun phrase after "the", which ends at its first filler word ("the boss
 * of the bus company": "boss"), or at a participle, a verb's "-ing" or a
 * word pointing at the article after it ("the water company director
 * quoted": "director"). A role is named by its head ("the head of the fans
 * trust" asks for a head, of the trust); the words before it say whose.
 * Undefined when the question names no role so.
 */
export function roleHeadAsked(context: AskContext, folded: string): string | undefined {
  const named = ROLE_NAMED.exec(folded)?.[1];
  if (named === undefined) return undefined;
  const phrase = words(named);
  let end = 0;
  while (
    end < phrase.length &&
    !context.isFiller(phrase[end] ?? '') &&
    (end === 0 || !CLOSES_THE_ROLE.test(phrase[end] ?? ''))
  ) {
    end++;
  }
  return phrase[end - 1];
}
