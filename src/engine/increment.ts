import { figuresOfThings } from './figures-of-things.ts';
import type { AnswerNeed } from './intent.ts';
import { GIVES_CHANGE } from './level.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/** Words by which a text tells what is still lacking: "20 midwives short", "a shortfall of 30". */
const LACKING = /\bshort(?:fall|age)?s?\b/;

/** "How many more midwives", "how much extra": a question after an increment. */
const ASKS_INCREMENT = /\bhow (?:much|many) (?:more|extra|additional|further|fewer|less)\b/;

/**
 * Words by which a question asks about a change itself ("how many beds did
 * they open", "how far did shares fall"): a figure of the change answers it.
 */
const ASKS_ABOUT_A_CHANGE =
  /\b(?:more|extra|additional|further|fewer|less|by how|ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|increas\w*|decreas\w*|cut|cuts|rais\w*|grow\w*|grew|gain\w*|los[et]\w*|add\w*|open\w*|hir\w*|recruit\w*|chang\w*|jump\w*|climb\w*|slip\w*|slid|differ\w*|compar\w*|happen\w*|than|up|down|later|earlier|higher|lower|new)\b/;

/** Kinds of figure a level is asked in: a count, a sum, a share. */
const LEVEL_NEEDS: ReadonlySet<AnswerNeed> = new Set(['quantity', 'money', 'percentage']);

/**
 * A question after a level ("how many beds did the unit have", "what's the
 * share price now") is not answered by a sentence telling only how far that
 * very thing moved ("the Kestwick unit had opened six additional beds",
 * "its shares fell 3.1 per cent"), and one after an increment ("how many
 * more midwives does the trust need") not by a sentence giving no figure of
 * one ("a recruitment drive that has brought in 19 midwives"): each tells
 * another figure than the one asked. Null for any other question.
 *
 * @param need the kind of fact the question asks for
 * @param asked the terms of each of the question's own words (question words and filler aside),
 *   read only for a question after a level: most questions ask none
 * @param termsOfWord the terms the index reads in one word
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function incrementFit(
  question: string,
  need: AnswerNeed | null,
  asked: () => readonly (readonly string[])[],
  termsOfWord: (word: string) => readonly string[],
  textOf: (unit: number) => string | null,
): UnitFit {
  const folded = foldText(question);
  if (ASKS_INCREMENT.test(folded)) {
    return textFit(
      textOf,
      (text) => figuresOfThings(text).anyChange || GIVES_CHANGE.test(text) || LACKING.test(text),
    );
  }
  if (need === null || !LEVEL_NEEDS.has(need) || ASKS_ABOUT_A_CHANGE.test(folded)) return null;
  const askedTerms = new Set(asked().flat());
  if (askedTerms.size === 0) return null;
  const isAsked = (word: string) => termsOfWord(word).some((term) => askedTerms.has(term));
  return textFit(textOf, (text) => {
    const { changed, level } = figuresOfThings(text);
    return !changed.some(isAsked) || level.some(isAsked);
  });
}
