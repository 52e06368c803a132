import type { DecisionFeatures } from './decision-features.ts';
import { DECISION } from './tuning.ts';

/**
 * Whether the best unit meets every condition of the question and its own
 * text holds every word of it as typed: given below the answer threshold,
 * down to `DECISION.wordForWordFloor`.
 */
export function isGivenWordForWord(f: DecisionFeatures): boolean {
  return f.score >= DECISION.wordForWordFloor && f.fitsAll && f.saysEveryWord;
}

/**
 * Whether the best unit is a pair the editors wrote that explains every word
 * of the question, through the story's own words or their stand-ins, and
 * leads any other fact by `DECISION.clearPairLead`: given below the answer
 * threshold, down to `DECISION.clearPairFloor`. A reader's wording far from
 * every phrasing scores low though nothing of it is left unsaid ("which side
 * was the council backing back then"); a question the article leaves open
 * leaves a word unsaid, most often its point ("how did the unions react").
 */
export function isClearPair(f: DecisionFeatures): boolean {
  return (
    f.curated &&
    f.fitsAll &&
    f.score >= DECISION.clearPairFloor &&
    f.lead >= DECISION.clearPairLead &&
    // Read last: the words a unit leaves unexplained cost most to read.
    f.unexplained === 0
  );
}

/**
 * Whether the best unit is one of the article's own sentences (or a pair
 * made from one) that answers the question clearly enough to be given below
 * the answer threshold. A
 * sentence of an article nobody curated scores lower than a pair written for
 * the question, since readers ask in words of their own; it is trusted when:
 *
 * - it meets every condition the question sets (the kind of fact asked for,
 *   the people named, words quoted…), and for a "where", gives a place the
 *   question does not name itself;
 * - it holds at least one word of the question as the reader typed it, not
 *   only stand-ins ("what time is it" is no question about an "instance"),
 *   and where it holds only one, that word is a subject of the story rather
 *   than everyday English ("whos on first base" shares only "first" with
 *   "the first visit…", and "base" with another sentence);
 * - every word of the question it does not hold is one the story itself uses
 *   elsewhere: how the reader frames the question ("what did she want"), or
 *   one that only names the kind of fact asked for, which the sentence is
 *   ("city" of "which city", "long" of "how long" for a span spelled out). A
 *   word the story never uses that the sentence cannot explain is most often
 *   the very point of a question the article does not answer ("are the
 *   shelters full", "is the bridge the only way across"), unless the
 *   sentence holds two words the reader typed that are not everyday English
 *   ("first" is one) and leads any other fact by
 *   `DECISION.clearSentenceWideLead`: then one such word is most often the
 *   reader's own for what the sentence says ("did a postman spot him" of
 *   "a postman found him"); or, leading by
 *   `DECISION.clearSentenceKindLead`, the sentence is the kind of fact the
 *   question asks for (see {@link givesKindAsked});
 * - it leads every answer that would show the reader another fact (a pair
 *   answering for the whole article aside) by `DECISION.clearSentenceLead`:
 *   two sentences close together are two readings of the question, and
 *   picking one is a guess;
 * - it scores at least `DECISION.clearSentenceFloor`, or at least
 *   `DECISION.clearSentenceLowFloor` when every word of the question it
 *   does not hold is one the story uses elsewhere and it leads any other
 *   fact by `DECISION.clearSentenceFarLead`.
 */
export function isClearSentence(f: DecisionFeatures): boolean {
  return clearSentenceBlock(f) === null;
}

/**
 * The first condition of {@link isClearSentence} a best unit fails, in the
 * order the rule reads them, or null when it is given: for measuring which
 * condition keeps right answers back (`scripts/decision-gates.ts`).
 */
export type ClearSentenceBlock =
  /** Below `DECISION.clearSentenceLowFloor`. */
  | 'floor'
  /** Below `DECISION.clearSentenceFloor`, not far ahead or leaving a word the story never uses. */
  | 'lowScore'
  /** Not one of the article's sentences, nor a pair made from one. */
  | 'notOneSentence'
  /** Fails a condition of the question, or for a "where" gives only the place asked about. */
  | 'unfit'
  /** Holds no word the reader typed, only stand-ins. */
  | 'noTypedWord'
  /** Holds one word the reader typed, and that word is everyday English. */
  | 'oneEverydayWord'
  /** Leaves nothing strange unsaid, but another fact comes within `DECISION.clearSentenceLead`. */
  | 'closeRunnerUp'
  /** Leaves two or more words the story never uses unsaid. */
  | 'strangeWords'
  /** Leaves one such word unsaid, neither far ahead nor the kind of fact asked for. */
  | 'strangeWord';

/** See {@link ClearSentenceBlock}. */
export function clearSentenceBlock(f: DecisionFeatures): ClearSentenceBlock | null {
  if (f.score < DECISION.clearSentenceLowFloor) return 'floor';
  // Below the usual floor only a sentence leaving unsaid no word but the
  // story's own, far ahead of any other fact: the reader's question then
  // holds nothing the article does not know of, and one sentence of it
  // stands out. The lead is read first: it is cheaper than the words unsaid.
  if (
    f.score < DECISION.clearSentenceFloor &&
    (f.lead < DECISION.clearSentenceFarLead || f.strange > 0)
  ) {
    return 'lowScore';
  }
  if (!f.showsOneSentence) return 'notOneSentence';
  if (!f.fitsAll || !f.givesPlace) return 'unfit';
  if (f.typedHeld === 0) return 'noTypedWord';
  if (f.typedHeld < 2 && f.subjectsHeld === 0 && !givesKindFarAhead(f)) return 'oneEverydayWord';
  if (f.strange === 0) return f.lead >= DECISION.clearSentenceLead ? null : 'closeRunnerUp';
  if (f.strange !== 1) return 'strangeWords';
  // Far ahead of any other fact, a sentence holding two of the reader's words
  // that are not everyday English may leave one word of theirs unsaid: the
  // reader's own word for what it says.
  if (f.subjectsHeld >= 2 && f.lead >= DECISION.clearSentenceWideLead) return null;
  return givesKindAsked(f) ? null : 'strangeWord';
}

/**
 * Whether a sentence holding only one word of the reader's as typed, an
 * everyday one, is given all the same because it is the very kind of fact
 * the question asks for, explains every other word of it (through the
 * story's words or their stand-ins) and leads any other fact by
 * `DECISION.clearSentenceKindLead`: "how long had they been saving up" of
 * "We saved since January for this", "what time did they set off" of the
 * march that "set off at 6.30pm". One everyday word alone ties little, but
 * a sentence that also fills the kind asked and leaves nothing unsaid, far
 * ahead of any other, is the answer; not for a question after what the
 * reader should do ("how often should i water my plants"), which no story
 * is written to say.
 */
function givesKindFarAhead(f: DecisionFeatures): boolean {
  return (
    (f.need !== null || f.namesKindAsked) &&
    f.asksWh &&
    f.lead >= DECISION.clearSentenceKindLead &&
    f.unexplained === 0 &&
    !f.asksOfReader
  );
}

/**
 * Whether a sentence holding one word of the reader's less than asked is
 * given all the same because it is the very kind of fact the question asks
 * for ("who runs…", "where…", "how much…", "how long…"): a question word
 * that names a kind of fact, and a sentence that is that kind, two words of
 * the reader's as typed, one a subject of the story, and a clear lead over
 * any other fact (`DECISION.clearSentenceKindLead`). The kind of fact
 * filled is evidence the bare match lacks: a sentence sharing words with
 * the question but saying something else rarely holds a date, a place, a
 * figure or a name where the question wants one, and rarely leads so far.
 * A question naming none of the story's subject words ("how long did the
 * emergency kit go without anyone checking it") needs none held: a question
 * the article leaves open names the subject it asks about, and its unsaid
 * word is its point; asked in everyday words alone, the unsaid word is the
 * reader's own wording.
 */
function givesKindAsked(f: DecisionFeatures): boolean {
  return (
    (f.need !== null || f.namesKindAsked) &&
    f.asksWh &&
    f.typedHeld >= 2 &&
    (f.subjectsHeld >= 1 || f.subjectsAsked === 0) &&
    f.lead >= DECISION.clearSentenceKindLead
  );
}

/**
 * Whether a sentence held back only by one word of the reader's unsaid
 * (`strangeWord`) is given all the same because the question names no
 * subject of the story, asks with a question word in everyday words alone,
 * and the sentence holds two of them as typed, ordinals aside (an order
 * alone, "first base, second base, who's on third", asks nothing of it), and
 * leads any other fact by `DECISION.everydayAskedLead`: its one word
 * unsaid, when it is no name and no rarer dictionary word ("savings" of
 * "what's a good savings rate right now", most often the subject asked) and
 * not the measure a "how" asks ("how late do they have to sleep in to
 * count" of "…counted as sleep", which never says how late), is
 * then the reader's own wording ("what did the opposition call the
 * situation" of "…called it \"a national embarrassment\"", "how mnay tickets
 * had already been sold"), not a subject the article leaves out, which a
 * question the article does not answer most often names.
 */
export function isEverydayAsked(f: DecisionFeatures): boolean {
  return (
    clearSentenceBlock(f) === 'strangeWord' &&
    f.asksWh &&
    f.subjectsAsked === 0 &&
    f.typedHeldBesidesOrder >= 2 &&
    f.strangeEnglish === 0 &&
    f.foreignNames === 0 &&
    f.lead >= DECISION.everydayAskedLead &&
    !f.measureUnsaid
  );
}

/** What holds back a sentence that may still be given when it stays first ({@link mayStayFirst}). */
const HELD_BACK_BY_MATCH_ALONE: ReadonlySet<ClearSentenceBlock> = new Set([
  'lowScore',
  'closeRunnerUp',
  'strangeWord',
  'strangeWords',
]);

/**
 * Whether a best unit held back only by how weakly or how alone it matches
 * may still be given if it stays first with any one word of the question
 * left out (`stays-first.ts`, read only then, as it ranks the question
 * again for each word): one of the article's sentences meeting every
 * condition of the question ("which city…", "who…"), down to
 * `DECISION.clearSentenceLowFloor`, ahead of any other fact by
 * `DECISION.staysFirstLead`, and leaving unsaid no name and no
 * everyday word the story never uses, only dictionary words: a name the
 * story never gives is most often someone or something the article does
 * not cover. A yes-or-no question is held to leaving nothing unsaid: its
 * one unsaid word is most often the very point asked ("is the council
 * selling the depot…"). A sentence holding none of the reader's words as
 * typed, only stand-ins, is held to explaining every one of them: reached
 * through WordNet alone ("president" as "chairs", "club" as
 * "association"), a word it leaves unsaid ("chess") is most often the thing
 * the reader asks about, which it is not. A sentence giving the kind of
 * fact a question word asks for may leave everyday words unsaid instead,
 * and hold few of the reader's words as typed
 * ({@link mayStayFirstAsKindAsked}).
 */
export function mayStayFirst(f: DecisionFeatures): boolean {
  const block = clearSentenceBlock(f);
  return (
    block !== null &&
    ((HELD_BACK_BY_MATCH_ALONE.has(block) &&
      f.showsOneSentence &&
      f.fitsAll &&
      f.givesPlace &&
      (f.asksWh || f.strange === 0) &&
      (f.typedHeld > 0 || f.unexplained === 0) &&
      f.lead >= DECISION.staysFirstLead &&
      f.strange === f.strangeEnglish) ||
      mayStayFirstAsKindAsked(f))
  );
}

/**
 * Whether a sentence held back by its weak match, by words of the question
 * it does not say, or by holding few of them as typed, may still be given
 * if it stays first, because it is the kind of fact a question word
 * asks for ("how many", "where", "who") and every word of the question it
 * leaves unsaid is everyday English the story never uses: "how many loyalty
 * members got hit, roughly" of "about 1.2 million members… were exposed",
 * "who's mad that the project got stuck" of the councillor who "would call
 * an emergency meeting… to ask why the project had stalled". Asked for a
 * kind of fact the sentence gives, the reader's everyday words ("hit",
 * "roughly", "mad", "supposedly") are their own wording of what it says, not
 * a subject the article leaves out; a word the story uses elsewhere, or a
 * name, points away from the sentence, and is not allowed. Down to
 * `DECISION.clearSentenceLowFloor`, `DECISION.clearSentenceLead` ahead of
 * any other fact.
 */
function mayStayFirstAsKindAsked(f: DecisionFeatures): boolean {
  return (
    f.need !== null &&
    f.asksWh &&
    f.showsOneSentence &&
    f.fitsAll &&
    f.givesPlace &&
    f.score >= DECISION.clearSentenceLowFloor &&
    f.lead >= DECISION.clearSentenceLead &&
    f.unexplained === f.strangeEveryday
  );
}
