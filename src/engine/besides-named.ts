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
 */
export function besidesNamedFit(
  question: string,
  isOnlyAName: (word: string) => boolean,
  textOf: (unit: number) => string | null,
  namesOtherThan: (text: string, asked: ReadonlySet<string>) => boolean,
): UnitFit {
  const aside = SETS_ASIDE.exec(question)?.[1];
  if (aside === undefined || !words(foldText(aside)).some(isOnlyAName)) return null;
  const asked = new Set(words(foldText(question)));
  return (unit) => {
    const text = textOf(unit);
    return text === null || namesOtherThan(text, asked);
  };
}
