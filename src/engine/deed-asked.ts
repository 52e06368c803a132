import { foldText } from './text.ts';

/**
 * The deed a "who" question asks the doer of: "won" of "who won the 2022
 * election", "replaced" of "who replaced him as treasurer"; null for a
 * question asking who someone is ("who is", "who was the…"), whom someone
 * else acted on ("who did they meet") or none at all.
 *
 * It is the very point of the question: a sentence naming people around
 * the question's other words but not saying that deed (nor a word standing
 * in for it) names whoever did something else, most often because the
 * article never says who did it.
 *
 * A word of saying ("who says…", "who warned…") is no such deed: the article
 * reports speech in many words, and "who" of what was said is told by its
 * speaker (`said.ts`).
 *
 * @param isFiller whether a word is filler (a stopword, "is", "did"): never a deed
 * @param isSaying whether a word, or it with the next ("pointed out"), is one of saying
 */
export function deedAsked(
  question: string,
  isFiller: (word: string) => boolean,
  isSaying: (word: string, next: string) => boolean,
): string | null {
  // "Who's Deacon Osei" asks who someone is: the fold drops its "'s".
  if (WHO_IS_CONTRACTED.test(question.toLowerCase())) return null;
  const found = WHO_DEED.exec(foldText(question));
  const deed = found?.[1];
  if (deed === undefined || deed.length < 3 || isFiller(deed) || NOT_DEEDS.has(deed)) return null;
  return isSaying(deed, found?.[2] ?? '') ? null : deed;
}

/** "Who's", "whos": "who is", contracted. */
const WHO_IS_CONTRACTED = /\bwho(?:'s|’s|s)\b/u;

/**
 * "Who" followed by its verb: at most one auxiliary between ("who has
 * replaced", "who will win", "who got fired"), never a subject of its own,
 * as in "who did they meet".
 */
const WHO_DEED =
  /^(?:.*?\W)?who\s+(?:(?:has|have|had|will|would|could|might|should|must)\s+|(?:got|gets|get)\s+(?=\p{L}+ed\b))?(\p{L}+)(?:\s+(\p{L}+))?/u;

/**
 * Words after "who" that name no deed: forms of "be" and "do" the stopwords
 * may not hold, "else" ("who else…"), and the light verbs whose point lies
 * in what follows them, which the article says in a verb of its own ("who
 * gave them asylum" of "granted them asylum", "who got the try" of "a try
 * from…").
 */
const NOT_DEEDS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'did',
  'does',
  'do',
  'else',
  'exactly',
  'actually',
  'give',
  'gives',
  'gave',
  'given',
  'get',
  'gets',
  'got',
  'make',
  'makes',
  'made',
  'take',
  'takes',
  'took',
  'have',
  'has',
  'had',
  'put',
  'puts',
  'go',
  'goes',
  'went',
  'come',
  'comes',
  'came',
  'keep',
  'keeps',
  'kept',
  'bring',
  'brings',
  'brought',
]);
