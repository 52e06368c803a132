import type { AskContext } from './ask-context.ts';
import { clearBestSentence, type DecisionFeatures } from './decision-features.ts';
import type { QueryTerm } from './query-terms.ts';
import type { RankedUnit } from './term-index.ts';
import { words } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * What may follow "or" without naming another option: a tag turning the
 * question back to the reader ("or nah", "or not", "or what"), or "vice
 * versa", which names none of its own.
 */
const NO_OPTION: ReadonlySet<string> = new Set([
  'not',
  'nah',
  'no',
  'what',
  'wat',
  'who',
  'whatever',
  'anything',
  'something',
  'nothing',
  'vice',
]);

/**
 * Words read past after "or" to the other option's own word: "or just some
 * areas", "or is it automatic", "or did it start small". The option is its
 * first word besides these.
 */
const BEFORE_OPTION: ReadonlySet<string> = new Set([
  'just',
  'only',
  'simply',
  'the',
  'a',
  'an',
  'is',
  'was',
  'were',
  'are',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'it',
  'its',
  'he',
  'she',
  'they',
  'some',
  'by',
  'from',
  'for',
  'at',
  'in',
  'on',
  'to',
]);

/** "any" before the "or" makes the options one set asked about ("did any staff or pupils get hurt"). */
const ANY = /^any(?:one|body|thing)?$/;

/** The words either side of a question's "or": the last before it, the first of the other option. */
function optionsOf(clause: readonly string[]): [string, string] | null {
  const at = clause.indexOf('or');
  if (at < 1) return null;
  if (clause.slice(0, at).some((word) => ANY.test(word))) return null;
  const next = clause[at + 1];
  if (next === undefined || NO_OPTION.has(next)) return null;
  const other = clause.slice(at + 1).find((word) => !BEFORE_OPTION.has(word));
  const before = clause[at - 1];
  return before === undefined || other === undefined ? null : [before, other];
}

/**
 * Whether a yes-or-no asking between two options ("did the fire go uphill
 * or downhill", "is the audit independent or internal", "did the company
 * plead guilty or fight it") is given, below the answer threshold, the one
 * sentence naming one option and not the other: the word either side of
 * the "or" (the last before it, the first of the other option past "just",
 * "is it"…), exactly one of them held by the sentence, and that one no
 * everyday English word (the reader's "straight away or…" is no option a
 * sentence saying "straight at him" picks); the sentence holds another
 * word the question is about besides, so that it tells of the same thing,
 * meets every condition of the question, and leads any other fact by
 * `DECISION.clearSentenceLead`, down to `DECISION.clearSentenceLowFloor`.
 * The option the sentence names is the deciding fact, quoted; the other
 * option is a word it leaves unsaid by design, so the sentence is read here
 * before the limit on words a yes-or-no may leave unsaid. Not for a tag
 * ("or nah", "or what") nor for options after "any" ("did any students or
 * teachers get hurt"), which ask about both at once.
 */
export function givesOneOption(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  const best = ranked[0];
  // A name the story never gives, left unsaid, is most often someone or
  // something the article does not cover.
  if (!best || f.asksWh || f.foreignNames > 0 || f.lead < DECISION.clearSentenceLead) return false;
  // The common gate, with no limit on words unexplained: the option not taken is one.
  if (
    clearBestSentence(
      context,
      ranked,
      f,
      DECISION.clearSentenceLowFloor,
      Number.POSITIVE_INFINITY,
    ) === null
  ) {
    return false;
  }
  const clause = context.askedClauses.of(question);
  if (clause === null) return false;
  const options = optionsOf(words(clause.options));
  if (options === null) return false;
  const held = context.termsOfAnswer(best.unit);
  const holds = (word: string) => context.termsOfWord(word).some((term) => held.has(term));
  const [first, second] = options;
  const named = holds(first) ? (holds(second) ? null : first) : holds(second) ? second : null;
  if (named === null || context.isFiller(named)) return false;
  const optionTerms = new Set(options.flatMap((word) => context.termsOfWord(word)));
  return terms.some(
    (t) =>
      !t.isQuestionWord &&
      t.credit === 1 &&
      !optionTerms.has(t.term) &&
      !context.isFiller(t.term) &&
      held.has(t.term),
  );
}
