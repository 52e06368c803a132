import type { AskContext } from './ask-context.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { clearBestSentence, isTypedWord, typedTermsAsked } from './decision-features.ts';
import { isMomentVerb } from './moment-verb.ts';
import type { QueryTerm } from './query-terms.ts';
import type { RankedUnit } from './term-index.ts';
import { words } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * Whether the best unit is given below the answer threshold because it
 * holds exactly one value of the typed fact a question asks for (a date for
 * a "when", a sum for a "how much", a span for a "how long", a clock time…),
 * tied to the thing asked about: the value lies within
 * `DECISION.kindAloneNearWords` words of a word the reader typed, besides
 * those only naming the kind ("what time does the community meeting
 * start" of "has called a public meeting for 7 p.m. next Thursday"; "how
 * long is the free ID monitoring for" of "12 months of free identity
 * monitoring"). A sentence holding one such value beside the reader's own
 * word is rarely about another thing's date or sum: where the article
 * leaves the question open, the value in the sentence it finds most often
 * lies far from the word asked about, or the sentence gives several, one
 * of which belongs to another thing ("a 63-year-old" beside "the ferry").
 * It must be one of the article's sentences meeting every condition of
 * the question, `DECISION.clearSentenceLead` ahead of any other fact,
 * leave at most `DECISION.oneValueMostUnexplained` of the reader's words
 * unexplained, and score at least `DECISION.kindAloneFloor`. Needs told by
 * a text's shape (a place, a person, a cause) have no value word by word,
 * and are never given so.
 */
export function isOneValueTied(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  if (f.need === null || f.lead < DECISION.clearSentenceLead) return false;
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.kindAloneFloor,
    DECISION.oneValueMostUnexplained,
  );
  if (text === null) return false;
  const textWords = words(text);
  const values = runsOf(context.answerTypes.valuesIn(f.need, text));
  const [value, ...others] = values;
  if (value === undefined || others.length > 0) return false;
  // The reader's own words, as typed, besides those that only name the kind
  // ("time" of "what time", "long" of "how long").
  const typed = typedTermsAsked(context, question, text, terms);
  // "Does anyone know what time the stream starts": with a word the story
  // never uses left unsaid (most often the thing asked about), "starts" only
  // says which moment of it is asked, and ties "starting at 9 a.m." to
  // nothing of the reader's.
  if (f.strange > 0) {
    for (const word of words(question)) {
      if (isMomentVerb(word)) for (const term of context.termsOfWord(word)) typed.delete(term);
    }
  }
  if (typed.size === 0) return false;
  const end = value[value.length - 1] ?? 0;
  // A count is tied to the thing it counts, written after it ("1,850
  // teachers walked off"); "my waters break at three in the morning" counts
  // no water. Any other value may lie on either side of the word it belongs
  // to ("the result was declared at 2.47am", "12 months of free identity
  // monitoring").
  const tied =
    f.need === 'quantity'
      ? (at: number) => at > end && at - end <= COUNTED_WORDS_AFTER
      : (at: number) =>
          !value.includes(at) && value.some((v) => Math.abs(v - at) <= DECISION.kindAloneNearWords);
  return textWords.some((word, at) => tied(at) && isTypedWord(context, typed, word));
}

/** How many words after a count the thing it counts may come: "1,850 teachers", "22,000 more students". */
const COUNTED_WORDS_AFTER = 2;

/**
 * Word positions grouped into runs of adjacent words: "Monday, 14 April" or
 * "7 p.m." is one value, told word by word.
 */
function runsOf(positions: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const at of positions) {
    const last = runs[runs.length - 1];
    const end = last?.[last.length - 1];
    if (last !== undefined && end !== undefined && at - end <= 1) last.push(at);
    else runs.push([at]);
  }
  return runs;
}
