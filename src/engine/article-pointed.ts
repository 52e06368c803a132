import { asksArticleSetting } from './setting-asked.ts';
import { QUESTION_WORDS } from './stopwords.ts';

/**
 * How the analyzer sorts a question's words, for reading whether the
 * question points at the article itself ("when is this from", "what's this
 * about", "who's the journo behind this one").
 */
export interface PointerWords {
  /** A stopword of the story's reading: names nothing. */
  isStopword(word: string): boolean;
  /** A word of the reader's own clock ("today", "now"). */
  isPresentMoment(word: string): boolean;
  /** Chat of general English ("lol", "pls"), whatever the story's lexicon reads it as. */
  isChat(word: string): boolean;
  /** A word that asks, beside the question words ("explain", "tell"). */
  isQuestionForm(word: string): boolean;
}

/** The word a question's "this" is read as when it can only be the article ("when is this from"). */
const ARTICLE_WORD = 'article';
/** What a question asking the article's gist reads as asking (see `gistAskedAt`). */
const GIST_WORD = 'summary';
/** The article's own nouns, as a reader points at it: "the article", "this story". */
const ARTICLE_NOUNS: ReadonlySet<string> = new Set(['article', 'story', 'piece']);

/**
 * Words asking for the answer short ("in a nutshell", "in one line", "short
 * version", "briefly"): they name nothing the article tells of, so a
 * question asking its gist stays one with them.
 */
const BREVITY: ReadonlySet<string> = new Set([
  'nutshell',
  'brief',
  'briefly',
  'short',
  'version',
  'line',
  'sentence',
]);

/** Words before "this one" that point at the article: "the headline of this one", "the journo behind this one". */
const POINTING_AT_ARTICLE: ReadonlySet<string> = new Set([
  'of',
  'on',
  'behind',
  'about',
  'in',
  'for',
  'from',
]);

/**
 * Rewrites a question's spelled words, in place, where it points at the
 * article in front of the reader rather than at anything the article tells
 * of: the "one" of "…behind this one" is dropped (with its correction, kept
 * in step), a dated "this" is followed by the article's word, and a question
 * asking only what "this" is about asks the gist.
 *
 * @param spelled the question's words as corrected, rewritten in place
 * @param corrections each word's correction, in step with `spelled` up to its last rewrite
 */
export function readPointersAtArticle(
  spelled: string[],
  corrections: (string | null)[],
  sorts: PointerWords,
): void {
  // "Who's the journo behind this one": the "one" is the article pointed at, no number.
  const pointerOneAt = articlePointerOneAt(spelled);
  if (pointerOneAt >= 0) {
    spelled.splice(pointerOneAt, 1);
    corrections.splice(pointerOneAt, 1);
  }
  // "When is this from", "what date is this from": "this" is the article
  // the reader has in front of them, and the question asks its date.
  const thisAt = thisDatedAt(spelled, sorts);
  if (thisAt >= 0) spelled.splice(thisAt + 1, 0, ARTICLE_WORD);
  // "What's this about", "what is it all about": asked with nothing else
  // named, "this" is the article too, and the question asks its gist.
  const aboutAt = thisAt >= 0 ? -1 : gistAskedAt(spelled, sorts);
  // The article's noun asks no more than "this" does ("what's the article
  // about"): it gives way to the gist, or every pair about the article
  // would match it as well as the gist does.
  if (aboutAt >= 0 && ARTICLE_NOUNS.has(spelled[aboutAt] ?? '')) {
    spelled.splice(aboutAt, 1, GIST_WORD);
  } else if (aboutAt >= 0) spelled.splice(aboutAt + 1, 0, GIST_WORD);
  // "ok so what happened", "what happened here in one line": the event the
  // article reports, asked with nothing else named, is what its lead tells.
  else if (thisAt < 0 && happenedAsked(spelled, sorts)) spelled.push(GIST_WORD);
  // "What town is this in", "which village is this about": the article's
  // setting, which its gist (its headline and lead) names; the kind's word
  // stays, so an answer naming a town there still ranks first.
  else if (thisAt < 0 && asksArticleSetting(spelled.join(' '))) spelled.push(GIST_WORD);
  // "…in a nutshell", "…in one line": once the gist is asked, the words
  // asking it short name nothing, and would weigh against every answer.
  if (spelled.includes(GIST_WORD)) dropBrevity(spelled, corrections);
}

/**
 * Whether a question asks only what happened ("ok so what happened",
 * "what happened here?", "so what actually happened, short version"): "what",
 * the past "happened", and nothing but filler, chat and words asking it
 * short. "What's going on" or "what's happening" is asked of the channel
 * as often as of the article, and "what happened next" or "what happened to
 * the driver" names something: none of them is read so.
 */
function happenedAsked(spelled: readonly string[], sorts: PointerWords): boolean {
  if (!spelled.includes('what') || !spelled.includes('happened')) return false;
  return spelled.every(
    (word, at) =>
      QUESTION_WORDS.has(word) ||
      sorts.isStopword(word) ||
      sorts.isChat(word) ||
      asksItShort(spelled, at),
  );
}

/** Whether the word at `at` asks for the answer short: "nutshell", "briefly", the "one" of "in one line". */
function asksItShort(spelled: readonly string[], at: number): boolean {
  const word = spelled[at] ?? '';
  if (word === 'one') return BREVITY.has(spelled[at + 1] ?? '');
  return BREVITY.has(word);
}

/** Drops, in place and in step with `corrections`, the words asking for the answer short. */
function dropBrevity(spelled: string[], corrections: (string | null)[]): void {
  // Found before any is dropped: the "one" of "in one line" is told by the word after it.
  const short = spelled.map((_, at) => asksItShort(spelled, at));
  for (let at = spelled.length - 1; at >= 0; at--) {
    if (!short[at]) continue;
    spelled.splice(at, 1);
    corrections.splice(at, 1);
  }
}

/**
 * Where a question ending "…of this one", "…behind that one" says "one":
 * the reader points at the article in front of them, and the word is no
 * number ("one" would otherwise be read as a figure the story may use).
 * After another word ("before this one", "was this one") the one meant is
 * a thing the article tells of, and the word stays. -1 when there is none.
 */
function articlePointerOneAt(spelled: readonly string[]): number {
  const at = spelled.length - 1;
  if (spelled[at] !== 'one') return -1;
  const pointer = spelled[at - 1];
  if (pointer !== 'this' && pointer !== 'that') return -1;
  return POINTING_AT_ARTICLE.has(spelled[at - 2] ?? '') ? at : -1;
}

/**
 * Where a question asking only when something is from says "this" and
 * names nothing after it ("when is this from", "whens this", "what date is
 * this from"): then "this" can only be the article itself; -1 otherwise.
 * The reader's own clock ("what year is it", "what date is it today")
 * says "it", or no "from".
 */
function thisDatedAt(spelled: readonly string[], sorts: PointerWords): number {
  const at = spelled.lastIndexOf('this');
  if (at < 0) return -1;
  let from = false;
  let clock = false;
  for (let i = 0; i < spelled.length; i++) {
    const word = spelled[i] ?? '';
    if (word === 'from' && i > at) from = true;
    if (QUESTION_WORDS.has(word) || sorts.isStopword(word)) continue;
    if (i > at || !sorts.isPresentMoment(word)) return -1;
    clock = true;
  }
  return spelled.includes('when') || (clock && from) ? at : -1;
}

/**
 * Where a question asking only what the article is about points at it
 * ("what's this about", "what is it all about", "wats this about??",
 * "what's the article about"): "this" or "it" naming nothing else, or the
 * article's own noun, just before "about"; -1 otherwise. Its gist is asked:
 * "about" is filler to the index, and "what's the article about", its "is"
 * folded away with the "'s", held only "article", as every question about
 * the article as a whole does.
 */
function gistAskedAt(spelled: readonly string[], sorts: PointerWords): number {
  const about = spelled.lastIndexOf('about');
  if (about < 0) return -1;
  const asking = (word: string) => QUESTION_WORDS.has(word) || sorts.isQuestionForm(word);
  // Filler and chat, before the question or after it ("lol", "pls"), name nothing.
  const filler = (word: string) => sorts.isStopword(word) || sorts.isChat(word);
  const pointer = spelled
    .slice(0, about)
    .findLastIndex((word) => word === 'this' || word === 'it' || ARTICLE_NOUNS.has(word));
  if (pointer < 0 || !spelled.some(asking)) return -1;
  const named = (word: string, at: number) =>
    !asking(word) &&
    !filler(word) &&
    !asksItShort(spelled, at) &&
    !(at === pointer && ARTICLE_NOUNS.has(word));
  // "What's this server about": "this" names the server, not the article.
  const pointsOnward = spelled.slice(pointer + 1, about).some((word) => !sorts.isStopword(word));
  return pointsOnward || spelled.some(named) ? -1 : pointer;
}
