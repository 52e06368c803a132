import type { AskContext } from './ask-context.ts';
import type { AnswerNeed } from './intent.ts';
import { keptForLastCall } from './last-call.ts';
import type { QueryTerm } from './query-terms.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import { words } from './text.ts';

/**
 * The reader's words a sentence leaves unsaid, less those it says in its own
 * verb, by WordNet's relations restricted to the story (`Expansions`):
 * "shut" for the sentence's "closed". The question's analysis reaches a
 * word's relatives only for a word the story never uses; a word the story
 * uses elsewhere ("every day this road is shut") stays itself, and a
 * sentence saying it otherwise left it unexplained though it answers the
 * question. A word so linked is no longer unexplained, but it is not held
 * either: it weighs nothing in the ranking nor among the words the sentence
 * holds, less than the reader's own word. Only a verb within a few words
 * of a word the reader typed, or of a value of the kind asked for, links:
 * the verb of another clause says another thing.
 *
 * @param unexplained the reader's words the sentence holds no term of, each
 *   as its group of terms (`askedWords`)
 * @param sentenceWords the sentence's words, as `words` splits them
 * @param need the kind of fact asked for, or null
 */
export function unlinkedWords(
  context: AskContext,
  question: string,
  unexplained: readonly (readonly QueryTerm[])[],
  sentenceWords: readonly string[],
  need: AnswerNeed | null,
): readonly (readonly QueryTerm[])[] {
  // A sentence with no verb in "-ed" links nothing: the question need not be read for it.
  if (unexplained.length === 0 || !sentenceWords.some((word) => VERB_ENDING.test(word))) {
    return unexplained;
  }
  // WordNet's lists mix a word's senses as noun and verb; a sentence's verb
  // is told by its past inflection ("closed", "resigned"), so that a noun's
  // synonym ("insurance" for "policy") is not read as the reader's wording,
  // nor one in "-ing" ("money" for "funding", "trial" for "testing").
  const typed = typedWordsOf(context, question);
  const { typedTerms } = typed;
  const values = need === null ? [] : context.answerTypes.whereIn(need, sentenceWords);
  // Only a verb beside a word the reader typed ("a smaller slip closed the
  // same road") or beside the value asked for ("estimated at between 2
  // million…") says the reader's word: one in another clause
  // ("second-placed" of a league table, for "when did world war 2 end")
  // says something else. Whether the reader typed a word of the sentence
  // is read once per word, not once per verb whose window holds it.
  const typedAt = new Uint8Array(sentenceWords.length);
  // A loop, not a filter with a closure per word: a long sentence is read
  // for every question that weighs it.
  const verbs = new Set<string>();
  for (let at = 0; at < sentenceWords.length; at++) {
    const word = sentenceWords[at] as string;
    if (
      VERB_ENDING.test(word) &&
      (nearAny(values, at) || besideTyped(sentenceWords, at, typedTerms, context, typedAt))
    ) {
      for (const term of context.termsOfWord(word)) verbs.add(term);
    }
  }
  if (verbs.size === 0) return unexplained;
  return unexplained.filter((group) => {
    // The reader's word as typed: WordNet relates words, not the index's terms.
    const word = typedWordIn(typed, group);
    return word === undefined || !context.index.expansionsOf(word).some((e) => verbs.has(e.term));
  });
}

/**
 * The word the reader typed of a word group (`askedWords`), as `words`
 * splits the question: general English relates words, not the index's
 * terms. Undefined for a group of stand-ins alone.
 */
export function typedWordOf(
  context: AskContext,
  question: string,
  group: readonly QueryTerm[],
): string | undefined {
  return typedWordIn(typedWordsOf(context, question), group);
}

/**
 * {@link typedWordOf}, among the question's words already read: the first
 * typed word holding a term the group holds as typed. A long question weighs
 * some thirty groups against some forty words for every sentence it reads,
 * so each term's first word is looked up, not found anew.
 */
function typedWordIn(typed: TypedWords, group: readonly QueryTerm[]): string | undefined {
  let first = typed.words.length;
  for (const t of group) {
    if (t.credit !== 1) continue;
    const at = typed.firstWithTerm.get(t.term);
    if (at !== undefined && at < first) first = at;
  }
  return typed.words[first];
}

/** Whether any of the positions stands within `LINK_WINDOW` words of `at`. */
function nearAny(positions: readonly number[], at: number): boolean {
  for (const v of positions) if (Math.abs(v - at) <= LINK_WINDOW) return true;
  return false;
}

/**
 * Whether a word the reader typed, the word at `at` included, stands within
 * `LINK_WINDOW` words of it. `typedAt` keeps, per word of the sentence,
 * what was read of it: 0 not yet, 1 typed, 2 not.
 */
function besideTyped(
  sentenceWords: readonly string[],
  at: number,
  typedTerms: ReadonlySet<string>,
  context: AskContext,
  typedAt: Uint8Array,
): boolean {
  const from = Math.max(0, at - LINK_WINDOW);
  const to = Math.min(sentenceWords.length - 1, at + LINK_WINDOW);
  for (let i = from; i <= to; i++) {
    if (typedAt[i] === 0) {
      const typed = context.termsOfWord(sentenceWords[i] as string).some((t) => typedTerms.has(t));
      typedAt[i] = typed ? 1 : 2;
    }
    if (typedAt[i] === 1) return true;
  }
  return false;
}

/** The reader's words as {@link typedWordsOf} reads them. */
interface TypedWords {
  /** The question's words, as `words` splits them. */
  words: readonly string[];
  /** The terms of those that are no question word ("who", "which" are no word of the matter asked about). */
  typedTerms: ReadonlySet<string>;
  /** Each term of the question's words, and where the first word holding it stands. */
  firstWithTerm: ReadonlyMap<string, number>;
}

/**
 * The reader's words ({@link TypedWords}). Every sentence a question weighs
 * reads them: the last question's are kept.
 */
const typedWordsOf = keptForLastCall((context: AskContext, question: string): TypedWords => {
  const typed = words(question);
  const typedTerms = new Set<string>();
  const firstWithTerm = new Map<string, number>();
  for (let at = 0; at < typed.length; at++) {
    const word = typed[at] as string;
    const asking = QUESTION_WORDS.has(word);
    for (const term of context.termsOfWord(word)) {
      if (!asking) typedTerms.add(term);
      if (!firstWithTerm.has(term)) firstWithTerm.set(term, at);
    }
  }
  return { words: typed, typedTerms, firstWithTerm };
});

/**
 * How many words from the verb the reader's own word or the value asked may
 * stand: a clause's span ("Dame Helen Carrow, a former High Court judge,
 * supported by…"); 3 kept the slip and the port's cost but lost the judge.
 */
const LINK_WINDOW = 6;

/** A verb's past tense or participle, as a sentence inflects a regular verb. */
const VERB_ENDING = /[a-z]{2}ed$/;
