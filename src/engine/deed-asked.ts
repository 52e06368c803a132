import { keptForLastCall } from './last-call.ts';
import { foldText, words } from './text.ts';

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
  const found = wordsAfterWho(question);
  const deed = found?.[0];
  if (deed === undefined || deed.length < 3 || isFiller(deed) || NOT_DEEDS.has(deed)) return null;
  return isSaying(deed, found?.[1] ?? '') ? null : deed;
}

/**
 * The word after a question's "who" and its auxiliary, and the word after
 * that ('' for none); null for none, or for a "who's" asking who someone
 * is. Kept for the last question read: the card fit, the body doer and the
 * decision each ask it of the same question, and matching {@link WHO_DEED}
 * over a long question was some 1% of asking it.
 */
const wordsAfterWho = keptForLastCall(readWordsAfterWho);

/** {@link wordsAfterWho}, read afresh. */
function readWordsAfterWho(question: string): readonly [string, string] | null {
  // "Who's Deacon Osei" asks who someone is: the fold drops its "'s"; "who's
  // leading the review" asks who does it, as "who is leading" does.
  const lower = question.toLowerCase();
  const folded = foldText(question);
  // Every pattern here reads a "who": most questions hold none, and then
  // {@link WHO_DEED}'s lazy opening need not be tried along the whole question.
  if (!lower.includes('who') && !folded.includes('who')) return null;
  if (WHO_IS_CONTRACTED.test(lower) && !WHO_IS_DOING.test(lower)) return null;
  const found = WHO_DEED.exec(folded.replace(WHO_IS_CONTRACTED, 'who is'));
  const deed = found?.[1];
  return deed === undefined ? null : [deed, found?.[2] ?? ''];
}

/** "Who's", "whos": "who is", contracted. */
const WHO_IS_CONTRACTED = /\bwho(?:'s|’s|s)\b/u;

/** "Who's leading", "whos running", "who's gonna pay": "who is", contracted, before a verb's "-ing". */
const WHO_IS_DOING = /\bwho(?:'s|’s|s)\s+(?:\p{L}{2,}ing|gonna)\b/u;

/**
 * "Who" followed by its verb: at most one auxiliary between ("who has
 * replaced", "who will win", "who got fired", "who is going to open"), never a subject of its own,
 * as in "who did they meet".
 */
const WHO_DEED =
  /^(?:.*?\W)?who\s+(?:(?:has|have|had|will|would|could|might|should|must)\s+|(?:got|gets|get)\s+(?=\p{L}+ed\b)|(?:(?:is|are|was|were)\s+)?(?:going\s+to|gonna)\s+|(?:is|are|was|were)\s+(?=\p{L}{2,}ing\b))?(\p{L}+)(?:\s+(\p{L}+))?/u;

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
  // Their "-ing" forms, after "who is": "who is doing the inspection".
  'doing',
  'giving',
  'getting',
  'making',
  'taking',
  'having',
  'putting',
  'going',
  'coming',
  'keeping',
  'bringing',
]);

/**
 * Whether a text tells that the one a "who" question names after its deed
 * did that deed itself: "who owns the Carrowmore Estate" of "land owned by
 * the Carrowmore Estate". The question asks who does it to that one; the
 * text, which shares every word of the question, tells what that one does,
 * and so names someone else than the one asked for, or nobody.
 *
 * @param deed the deed asked the doer of ({@link deedAsked})
 * @param sameWord whether two words are one word as the index reads them ("owns", "owned")
 */
export function deedDoneByTheOneAsked(
  question: string,
  deed: string,
  text: string,
  sameWord: (a: string, b: string) => boolean,
): boolean {
  const folded = foldText(question);
  const at = folded.search(new RegExp(`\\b${deed}\\b`, 'u'));
  if (at < 0) return false;
  const object = OBJECT_AFTER_DEED.exec(folded.slice(at + deed.length))?.[1];
  if (object === undefined || object === 'by') return false;
  for (const found of foldText(text).matchAll(DONE_BY)) {
    if (found[2] === object && sameWord(found[1] ?? '', deed)) return true;
  }
  return false;
}

/** The first word of what a deed is done to: "carrowmore" of "owns the carrowmore estate". */
const OBJECT_AFTER_DEED = /^\s+(?:(?:the|a|an|this|that)\s+)?(\p{L}+)/u;

/** A deed done by someone named: "owned by the carrowmore estate". */
const DONE_BY = /(\p{L}+) by (?:(?:the|a|an) )?(\p{L}+)/gu;

/**
 * Whether a text says the deed a "who" asks the doer of only as done to
 * someone or something, by nobody it names: "who alerted the board staff" of
 * "staff were alerted at about 6.40 a.m.", "who owns Coastlink" of "the
 * privately owned airline". Every time it says the deed, a form of "be" (or
 * "get") or an adverb after a determiner stands right before it, and no
 * "by" within a few words after: the sentence tells that it was done, not
 * who did it; unless an adverb before it is a word the reader asked
 * ("who owns it, is it listed or private" of "privately owned"). Only for a
 * question opening on "who"; false where the text never says the deed,
 * which {@link deedAsked}'s callers read apart.
 *
 * @param question the question as the reader typed it
 * @param deed the deed asked the doer of ({@link deedAsked})
 * @param sameWord whether two words are one word as the index reads them ("owns", "owned")
 */
export function deedDoneByNobodyNamed(
  question: string,
  deed: string,
  text: string,
  sameWord: (a: string, b: string) => boolean,
): boolean {
  const folded = foldText(question);
  if (!asksWhoDidIt(folded)) return false;
  const asked = words(folded);
  const said = words(foldText(text));
  let saysDeed = false;
  for (let at = 0; at < said.length; at++) {
    if (!sameWord(said[at] ?? '', deed)) continue;
    saysDeed = true;
    // "Questioned who had signed off the change": asked, not told.
    if (inIndirectWho(said, at)) continue;
    const before = said[at - 1] ?? '';
    // "Who owns it, is it listed or private": "privately owned" says how.
    const how =
      before.endsWith('ly') &&
      DETERMINERS_OR_BE.has(said[at - 2] ?? '') &&
      !asked.some((word) => sameWord(word, before));
    if (!PASSIVE_AUXILIARIES.has(before) && !how) return false;
    // "The unit is investigating": a form of "be" before "-ing" is active, its doer named before it.
    if (said[at]?.endsWith('ing')) return false;
    if (said.slice(at + 1, at + 1 + BY_WITHIN_WORDS).includes('by')) return false;
  }
  return saysDeed;
}

/**
 * Whether a text says the deed a "who" asks the doer of only as an open
 * question, in an indirect "who" ({@link inIndirectWho}): "who signed off
 * lowering his risk rating" of "Mr Featherstone … questioned who had
 * signed off the change", "who dropped the warning" of "people deserve to
 * know who dropped it". The article tells that nobody has said who did it.
 * Only for a question opening on "who", as {@link deedDoneByNobodyNamed}
 * reads it; false where the text never says the deed.
 *
 * @param sameWord whether two words are one word as the index reads them
 */
export function deedAskedOpen(
  question: string,
  deed: string,
  text: string,
  sameWord: (a: string, b: string) => boolean,
): boolean {
  if (!asksWhoDidIt(foldText(question))) return false;
  const said = words(foldText(text));
  let asked = false;
  for (let at = 0; at < said.length; at++) {
    if (!sameWord(said[at] ?? '', deed)) continue;
    if (!inIndirectWho(said, at)) return false;
    asked = true;
  }
  return asked;
}

/**
 * Whether the word at `at` is the verb of an indirect question on who did
 * it: a "who" right before it (past an auxiliary or two, "who had signed
 * off"), itself right after a verb of knowing, asking or telling ("questioned
 * who", "deserve to know who", "did not say who"), not after the one it
 * tells of ("Mark Tolley, who led the inquiry", "the driver who hit him").
 */
function inIndirectWho(said: readonly string[], at: number): boolean {
  let who = at - 1;
  while (who > at - 3 && WHO_AUXILIARIES.has(said[who] ?? '')) who--;
  return said[who] === 'who' && ASKED_OF_WHO.has(said[who - 1] ?? '');
}

/** Auxiliaries between an indirect "who" and its verb: "who had signed off", "who would be". */
const WHO_AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'could',
  'did',
]);

/**
 * Words an indirect question on who did something follows: verbs of
 * knowing, asking and telling ("know who", "questioned who", "unclear
 * who", "would not say who"), never a noun the "who" tells of.
 */
const ASKED_OF_WHO: ReadonlySet<string> = new Set([
  'know',
  'knew',
  'known',
  'knows',
  'ask',
  'asked',
  'asking',
  'question',
  'questioned',
  'questioning',
  'wonder',
  'wondered',
  'wondering',
  'unclear',
  'clear',
  'say',
  'tell',
  'reveal',
  'revealed',
  'disclose',
  'disclosed',
  'confirm',
  'confirmed',
  'establish',
  'established',
  'determine',
  'determined',
  'identify',
  'identified',
  'explain',
  'explained',
  'investigate',
  'investigating',
  'examine',
  'examining',
]);

/** A question opening on "who", past a word of chat: "so who alerted them". */
const ASKS_WHO = /^(?:\W*\w+\W+)?who\b/u;
/** "Who got convicted", "who gets fired": asked whom a deed was done to. */
const ASKS_WHO_UNDERWENT = /\bwho\s+(?:got|gets|get)\s+\p{L}+ed\b/u;

/** Forms of "be" and "get" that make a participle after them passive: "were alerted", "got fired". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'get',
  'gets',
  'got',
  'gotten',
]);

/** What may stand before an adverb and a participle said of a thing: "the privately owned airline", "was jointly owned". */
const DETERMINERS_OR_BE: ReadonlySet<string> = new Set([
  ...PASSIVE_AUXILIARIES,
  'a',
  'an',
  'the',
  'its',
  'their',
]);

/**
 * How many words after the deed its doer may be named by "by": "first
 * reported at about 2:40 p.m. on Tuesday by a farmer" (a time's figures
 * count as words).
 */
const BY_WITHIN_WORDS = 15;

/**
 * Whether a folded question opens on "who" asking who did something: not one
 * whose "who" opens a clause ("where were the staff who first noticed it
 * working"), nor "who got convicted", which asks whom it was done to, whom a
 * passive names.
 */
function asksWhoDidIt(folded: string): boolean {
  return ASKS_WHO.test(folded) && !ASKS_WHO_UNDERWENT.test(folded);
}
