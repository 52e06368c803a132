import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';

/**
 * A question setting aside one of a kind it names ("besides Elsford
 * Primary", "other than the mayor", "apart from the Courier"), the words set
 * aside captured: at most four, up to the next punctuation.
 */
const SETS_ASIDE =
  /\b(?:besides|other than|apart from|aside from|except(?: for)?)\s+((?:[\p{L}'’-]+[^\S\n]*){1,4})/iu;

/**
 * A "who" asking who held a place before or after one it names ("who was
 * the chairman before Dennis Orridge", "who was principal before Priya
 * Lomond"): the one named is not the one asked, as one set aside is not.
 * The words after "before" or "after" captured, as {@link SETS_ASIDE}'s are.
 */
const WHO_BEFORE_NAMED =
  /^\W*(?:[\p{L}']+\W+)?who\b.*?\b(?:before|after)\s+((?:[\p{L}'’-]+[^\S\n]*){1,4})/iu;

/**
 * "Which other schools besides Elsford Primary closed": a question setting
 * aside one the story names asks for another, so an answer naming nothing
 * the question does not ("Elsford Primary closed because its kitchen could
 * not safely prepare lunches") tells nothing new. What is set aside must be
 * named by a word the story writes only as a name: "besides the tunnels,
 * what else did surveys turn up" sets aside a thing the answer may well say
 * again beside what else was found. Null for any other question.
 *
 * @param isOnlyAName whether the story writes a word only with a capital ("elsford")
 * @param textOf what a unit answers with, as written; null for an answer trusted to meet its questions
 * @param namesOtherThan whether a text names something (a capitalised word
 *   inside a sentence, no month, weekday or determiner) none of these
 *   folded words of the question says (`NamedKinds.namesOtherThan`)
 * @param cardNames the names of the one a unit is the card of; none for any other unit
 */
export function besidesNamedFit(
  question: string,
  isOnlyAName: (word: string) => boolean,
  textOf: (unit: number) => string | null,
  namesOtherThan: (text: string, asked: ReadonlySet<string>) => boolean,
  cardNames: (unit: number) => readonly string[] = () => [],
): UnitFit {
  const aside = (SETS_ASIDE.exec(question) ?? WHO_BEFORE_NAMED.exec(question))?.[1];
  const asideWords = aside === undefined ? [] : words(foldText(aside));
  if (!asideWords.some(isOnlyAName)) return null;
  const asked = new Set(words(foldText(question)));
  return (unit) => {
    // The card of the one set aside ("Priya Lomond — … its principal since
    // 2015" for "who was principal before Priya Lomond") tells of them.
    const names = cardNames(unit);
    if (names.some((name) => words(foldText(name)).every((word) => asideWords.includes(word)))) {
      return false;
    }
    const text = textOf(unit);
    return text === null || namesOtherThan(text, asked);
  };
}
