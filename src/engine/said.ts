import { BoundedMemo } from './bounded-memo.ts';
import type { AnswerTypes } from './intent.ts';
import { findQuoteMarks, withoutQuotes } from './quote-marks.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { SPEAKER } from './tuning.ts';

/** How {@link saidFit} reads the words of the question and of an answer. */
export interface SaidWords {
  /** Whether a word is filler to this story (general or story stopword). */
  isFiller: (word: string) => boolean;
  /** Whether two words are one word to the index (stems, spellings). */
  sameWord: (a: string, b: string) => boolean;
  /** Whether the story writes a word only with a capital ("Okafor"): a name. */
  isOnlyAName: (word: string) => boolean;
  /** Whether the index reads a word in a unit, its "he" read as the one it stands for included. */
  unitHolds: (unit: number, word: string) => boolean;
}

/**
 * A question after what someone said or how they reacted ("what did Doyle
 * say after the result") is not answered by a sentence that only names them
 * ("Doyle trailed in fourth"): the answer must report speech, with a word
 * of saying or a quotation. Nor by one reporting someone else's words that
 * names them only in what was said ("Elverum said the fleet was grounded
 * pending a review with the regulator" for "what did the regulator say"),
 * nor by a quotation naming them ("…against a side as streetwise as Vale,"
 * said the Rovers coach, for "what did the Vale coach say"): the one asked
 * about must stand next to a word of saying, as its speaker does. Null when
 * the question asks for no such thing.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet
 *   its questions (a curated pair, written for them)
 */
export function saidFit(
  question: string,
  answerTypes: AnswerTypes,
  textOf: (unit: number) => string | null,
  said: SaidWords,
): UnitFit {
  if (!answerTypes.asksWhatWasSaid(question)) return null;
  const speaker = answerTypes.speakerAsked(question).filter((word) => !said.isFiller(word));
  return (unit) => {
    const text = textOf(unit);
    if (text === null) return true;
    if (!answerTypes.reportsSpeech(text)) return false;
    if (speaker.length === 0) return true;
    // "What did Northwind say" is not answered by a quotation that never
    // names Northwind. (Whose role a speaker's is, "the Vale coach", is
    // `role-owner.ts`'s to tell, for every kind of answer.)
    const missing = speaker.some((word) => said.isOnlyAName(word) && !said.unitHolds(unit, word));
    return !missing && !namesOnlyAsOther(text, speaker, answerTypes, said);
  };
}

/**
 * Whether a text names the one asked about, but never as a speaker: some
 * asked word it says stands only in a quotation or away from every word
 * of saying. A text naming them nowhere ("He said…", its "he" read by the
 * index) is left to the other conditions.
 */
function namesOnlyAsOther(
  text: string,
  speaker: readonly string[],
  answerTypes: AnswerTypes,
  said: SaidWords,
): boolean {
  const { everywhere, own, saying } = spokenText(text, answerTypes);
  const at = (list: readonly string[], word: string) =>
    list.flatMap((w, i) => (said.sameWord(w, word) ? [i] : []));
  // A word the text never says (a role it puts otherwise, "ceo" for "chief
  // executive"; a name mistyped, or said as "he") tells nothing of who speaks in it.
  const named = speaker.filter((word) => at(everywhere, word).length > 0);
  if (named.length === 0) return false;
  // The speaker stands on the side of the word of saying that speaks: after
  // "according to" ("…led by Harrowgate Mutual, according to a spokesperson"
  // is the spokesperson's word), before a verb whose object is the listener
  // or the one spoken of ("she told Radio Northshore").
  const nearSaying = (i: number) =>
    saying.some((s) => {
      const word = own[s] ?? '';
      const before = !SPEAKER_AFTER.has(word) && s - SPEAKER.wordsBefore <= i && i < s;
      // "Said Mr Holm" names its speaker right after the word; "said
      // Halloway had betrayed…" names there the one spoken of, the subject
      // of what was said.
      const after =
        !SPEAKER_BEFORE.has(word) &&
        s < i &&
        i <= s + SPEAKER.wordsAfter &&
        !(i === s + 1 && REPORTED_VERBS.has(own[i + 1] ?? ''));
      return i === s || before || after;
    });
  return !named.every((word) => at(own, word).some(nearSaying));
}

/**
 * Verbs that, right after a name following a word of saying, make the name
 * the subject of what was said ("said Halloway had…", "said Ms Reyes would…"),
 * not the speaker.
 */
const REPORTED_VERBS: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'could',
  'can',
  'should',
  'must',
  'might',
  'may',
  'did',
  'does',
]);

/** Words of saying whose speaker follows them: "according to a spokesperson". */
const SPEAKER_AFTER: ReadonlySet<string> = new Set(['according']);

/**
 * Words of saying whose object is not the speaker: the one told, asked or
 * spoken of ("told Radio Northshore", "praised the referee").
 */
const SPEAKER_BEFORE: ReadonlySet<string> = new Set([
  'told',
  'tells',
  'asked',
  'urged',
  'urges',
  'accused',
  'praised',
  'criticised',
  'criticized',
  'questioned',
  'welcomed',
  'condemned',
]);

/** A text's words, and those outside its quotations with where its words of saying lie among them. */
export interface SpokenText {
  everywhere: readonly string[];
  own: readonly string[];
  saying: readonly number[];
}

/**
 * {@link SpokenText} of a text, read once: the same few answers come up for
 * question after question. Kept per story's answer types, whose words of
 * saying it reads, and bounded.
 */
export function spokenText(text: string, answerTypes: AnswerTypes): SpokenText {
  let known = spokenTexts.get(answerTypes);
  if (known === undefined) {
    known = new BoundedMemo(SPOKEN_TEXTS_LIMIT, (said: string) => {
      const own = words(foldText(unquoted(said)));
      return { everywhere: words(foldText(said)), own, saying: answerTypes.sayingAt(own) };
    });
    spokenTexts.set(answerTypes, known);
  }
  return known.get(text);
}

const spokenTexts = new WeakMap<AnswerTypes, BoundedMemo<string, SpokenText>>();
/** Answers are few but a story's texts are not: a loose cap will do. */
const SPOKEN_TEXTS_LIMIT = 2_000;

/**
 * A text without what it quotes: its quotations blanked, and their words
 * wherever else the text repeats them without marks (a pair made from a
 * quote cites the quoted words bare).
 */
function unquoted(text: string): string {
  const { quotes } = findQuoteMarks(text);
  let own = withoutQuotes(text, quotes);
  for (const { inner } of quotes) {
    if (inner.text.trim() !== '') own = own.replaceAll(inner.text, ' ');
  }
  return own;
}
