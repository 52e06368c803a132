import type { AskContext } from './ask-context.ts';
import { foldText, words } from './text.ts';

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

/** The role a "who is the …" names: its head word, and what closes it. */
export interface RoleAsked {
  head: string;
  /** The head and the "of" after it, a reader phrase of its own ("head of"); absent without "of". */
  headOf?: string;
}

/**
 * The role a "who is the …" names: the noun phrase after "the", which ends
 * at its first filler word ("the boss of the bus company": "boss"), or at a
 * participle, a verb's "-ing" or a word pointing at the article after it
 * ("the water company director quoted": "director").
 * A role is named by its head ("the head of the fans trust" asks for a head,
 * of the trust); the words before it say which. Undefined when the question
 * names no role so.
 */
export function roleAsked(context: AskContext, folded: string): RoleAsked | undefined {
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
  const head = phrase[end - 1];
  if (head === undefined) return undefined;
  return {
    head,
    ...(phrase[end] === 'of' ? { headOf: `${head} of` } : {}),
  };
}

/**
 * Whether a text names the role a question asks by its head: the reader's
 * word itself or one its reader phrase stands for ("managing director" for
 * "boss"; not WordNet's senses, "chairs" for "president"),
 * or, for a "head of…", the words the reader's phrase stands for ("chairs"
 * for "head of"), read even where the story uses "head" in another sense.
 */
export function namingRoleAsked(context: AskContext, asked: RoleAsked): (text: string) => boolean {
  const head = context.index.namingOf(asked.head, false);
  if (asked.headOf === undefined) return head;
  const headOf = context.index.namingOf(asked.headOf, false);
  return (text) => head(text) || headOf(text);
}

/**
 * The head word of a role as the article gives it: the last word of its
 * opening run before a filler word ("director" of "Thornvale Water's
 * director of water resources", "executive" of "the trust's chief
 * executive", "chairs" of "chairs the supporters' trust"). The words
 * before it say whose or which; the head says what the person is.
 */
export function roleHeadOf(context: AskContext, role: string): string | undefined {
  const own = words(role);
  let at = 0;
  // "71, a retired fisherman": an age before the role says how old, not what.
  while (at < own.length && (context.isFiller(own[at] ?? '') || /^\d+$/u.test(own[at] ?? ''))) {
    at++;
  }
  let head: string | undefined;
  for (; at < own.length && !context.isFiller(own[at] ?? ''); at++) head = own[at];
  return head;
}

/**
 * Whether a role as the article gives it is a rank below the one a question
 * asks, or one no longer or not yet held ("Deputy Commissioner" for "who is
 * the head commissioner"): it holds a word of {@link SECOND_RANKS} the
 * reader did not type.
 */
export function isRankBelowAsked(role: string, question: string): boolean {
  const typed = new Set(words(foldText(question)));
  return words(role).some((word) => SECOND_RANKS.has(word) && !typed.has(word));
}

/**
 * Words that make a role a rank below the one they stand before, or one no
 * longer or not yet held ("deputy commissioner", "acting head", "former
 * chief executive"): a person holding it is not who holds the role itself.
 */
const SECOND_RANKS: ReadonlySet<string> = new Set([
  'deputy',
  'assistant',
  'vice',
  'acting',
  'interim',
  'former',
  'associate',
  'junior',
]);
