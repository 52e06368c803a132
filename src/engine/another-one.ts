/**
 * "When did the slip happen": a question after the one thing the story is
 * about ("the slip") is not answered by a text speaking only of another of
 * its kind ("In February 2023 a smaller slip closed the same road"): "a"
 * with a word setting it apart from the one in the news ("smaller",
 * "previous", "separate") says it is some other.
 */

import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { textWordsFit } from './text-fit.ts';

/** Words that, after "a" or "an", set one of a kind apart from the one in the news. */
const SET_APART = new Set([
  'smaller',
  'larger',
  'bigger',
  'lesser',
  'earlier',
  'previous',
  'prior',
  'separate',
  'similar',
  'different',
  'second',
  'third',
]);

/** Words of a question asking after another one itself: "the previous slip", "the other strike". */
const ASKS_ANOTHER =
  /\b(?:other|another|previous|prior|earlier|last|first|second|third|smaller|larger|bigger|separate|similar|different|before|else)\b/;

/**
 * The condition a question naming "the X" sets: a text speaking of X only as
 * "a smaller X" or "a previous X" does not answer it. Null for a
 * question naming no "the X", or asking after another one itself.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 * @param isFiller whether a word is filler to the story: never the thing asked after
 */
export function anotherOneFit(
  question: string,
  textOf: (unit: number) => string | null,
  isFiller: (word: string) => boolean,
): UnitFit {
  const folded = foldText(question);
  if (ASKS_ANOTHER.test(folded)) return null;
  const asked = words(folded);
  // A plain loop: flatMap built an array for each of a long question's words.
  const things: Thing[] = [];
  for (let at = 1; at < asked.length; at++) {
    const word = asked[at] ?? '';
    if (asked[at - 1] === 'the' && word.length > 2 && !isFiller(word)) {
      things.push({ word, plural: `${word}s`, next: asked[at + 1] ?? '' });
    }
  }
  if (things.length === 0) return null;
  return textWordsFit(
    textOf,
    (said) => !saysAny(said, things) || !things.some((thing) => speaksOnlyOfAnother(said, thing)),
  );
}

/**
 * Whether a text's words hold any of the things, as such or plural: most
 * texts a long question ranks hold none, and a text holding none speaks of
 * no other one; its words, as a set, are kept per text's words.
 */
function saysAny(said: readonly string[], things: readonly Thing[]): boolean {
  let held = wordSets.get(said);
  if (held === undefined) {
    held = new Set(said);
    wordSets.set(said, held);
  }
  for (const { word, plural } of things) if (held.has(word) || held.has(plural)) return true;
  return false;
}

/** The word sets of units' words, by the array `textWordsFit` keeps for each text. */
const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A word the question names after "the", its plural in "-s", and the word after it there. */
interface Thing {
  word: string;
  plural: string;
  next: string;
}

/**
 * Whether a folded text's words say a thing, and only ever as "a smaller thing",
 * "a previous thing". Where the text, as the question, goes on with the
 * question's next word ("a second, joint panel" of "the joint panel"), the
 * word only qualifies the thing: that says nothing of which one.
 */
function speaksOnlyOfAnother(
  said: readonly string[],
  { word: thing, plural, next }: Thing,
): boolean {
  let seen = false;
  for (let at = 0; at < said.length; at++) {
    const word = said[at];
    if (word !== thing && word !== plural) continue;
    if (next !== '' && said[at + 1] === next) return false;
    seen = true;
    const before = said[at - 1] ?? '';
    const opener = said[at - 2] ?? '';
    // "Yet another problem that starts at home" is the one asked about, once more.
    if (!SET_APART.has(before) || (opener !== 'a' && opener !== 'an')) return false;
  }
  return seen;
}
