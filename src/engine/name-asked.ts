/**
 * "What's the lifeguard's name", "what's the name of the dam", "what is the
 * water company called": the word asking for the name only says again that a
 * name is asked, as "which" does. It is no word of the thing asked about, so
 * a sentence naming the lifeguard holds all of the question without saying
 * "name", and one saying "called" or "name" of something else ("asked not to
 * be named") holds nothing of it by that word. Whether an answer names one
 * of the kind asked is the condition `named-kind.ts` sets.
 */

/** A question opening asking what something is: "what", "whats", "wat". */
const WHAT = new Set(['what', 'whats', 'wat', 'wats', 'whatre']);

/** Words of a name of one kind ("first name"), a need of its own (`intent.ts`). */
const NAME_PARTS = new Set(['first', 'full', 'last', 'given', 'family', 'middle', 'nick', 'sur']);

/** Chat a question may close on after the word asking a name ("…called again"). */
const CLOSING_CHAT = new Set(['again', 'then', 'exactly', 'now', 'thx', 'pls', 'please', 'tho']);

/**
 * Whether the word at `at` of a question's words only asks for a name: "name"
 * right before "of" ("the name of the dam", "name of the hospital?"), "name"
 * closing a "what" after whose name it is ("what's the lifeguard's name"), or
 * "called" or "named" closing a "what is the … called". Never a kind of name
 * ("first name", "full name"), nor a name said of something ("is the
 * whistleblower named", "who got called out first").
 *
 * @param words the question's words, folded, as the analyzer reads them
 */
export function isNameAsked(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (word !== 'name' && word !== 'called' && word !== 'named') return false;
  // "What is the name of the spokeswoman, first name": a part of a name
  // asked anywhere is a need of its own.
  if (words.some((w, i) => w === 'name' && NAME_PARTS.has(words[i - 1] ?? ''))) return false;
  // "What is this story called": the article's own name, its headline.
  if (asksOfTheArticle(words)) return false;
  const opensOnWhat = WHAT.has(words[0] ?? '');
  const closes = words.slice(at + 1).every((w) => CLOSING_CHAT.has(w));
  if (word === 'name') {
    // "Name of the hospital?", "what's the name of the dam".
    if (words[at + 1] === 'of') return at === 0 || (opensOnWhat && at <= 3);
    // "What's the lifeguard's name": whose name, then the word.
    return opensOnWhat && closes && at >= 2;
  }
  // "What is the dam called", "whats the business group called"; not "what
  // time was the incident called", which asks the time of a call.
  const be = CONTRACTED_WHAT.has(words[0] ?? '') || BE.has(words[1] ?? '');
  return opensOnWhat && be && closes && at >= 3;
}

/** "Whats": "what" with its "is" typed on. */
const CONTRACTED_WHAT = new Set(['whats', 'wats']);

/**
 * "What is", "what was": the verb a "what … called" asks a name by, or the
 * determiner after a "what's" whose "'s" folding dropped ("what the dam called").
 */
const BE = new Set(['is', 'was', 'are', 'were', 's', 'r', 'the', 'his', 'her', 'their', 'its']);

/** Words naming the article itself: "this story", "the article" (not "this" alone: "the tram line this is all about"). */
const ARTICLE_WORDS = new Set(['article', 'story', 'piece']);

/**
 * Whether a question asking a name asks the article's own ("what is this
 * story called", "whats the name of the article"): its headline answers.
 *
 * @param words the question's words, folded
 */
export function asksOfTheArticle(words: readonly string[]): boolean {
  return words.some((word) => ARTICLE_WORDS.has(word));
}
