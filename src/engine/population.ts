import { BoundedMemo } from './bounded-memo.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/** Readers' words for people counted, as a "how many" asks for them. */
const PEOPLE = 'people|ppl|persons|folks|residents|inhabitants|locals';

/**
 * "What's the population of Kelby", "how many people live in Port Halden":
 * a question after how many live in a place.
 */
const ASKS_POPULATION = new RegExp(
  `\\bpopulation\\b|\\binhabitants\\b|\\bhow many (?:${PEOPLE})\\b(?:\\W+\\w+){0,3}?\\W+(?:live|lives|living|reside|resides)\\b`,
);

/**
 * "How big was the crowd", "how many people were on the harbour wall
 * watching": a question after how many came to see or do something.
 */
const ASKS_CROWD = new RegExp(
  `\\bcrowds?\\b|\\battendance\\b|\\bturnout\\b|\\bhow many (?:${PEOPLE}|fans|spectators|supporters)\\b(?:\\W+\\w+){0,6}?\\W+(?:watch|watched|watching|attend|attended|attending|came|come|turned out|turn out|showed up|show up|gathered|gathering|protested|protesting|marched|rallied)\\b`,
);

/** A word without which a question asks neither how many live somewhere nor how big a crowd was. */
const MAY_ASK = /population|inhabitants|how many|crowd|attendance|turnout/;

/**
 * Words by which a text tells how many live in a place: "a population of
 * 41,000", "a fishing town of about 6,000 people", "home to some 2,300
 * residents", "2,300 people live there".
 */
const GIVES_POPULATION =
  /\bpopulation\b|\binhabitants\b|\b(?:town|city|village|hamlet|community|island|suburb|borough|parish|county|region|country|nation|state|province) of (?:about |around |roughly |nearly |almost |some |just over |just under |more than |fewer than |over |under )?\d[\d,.]*(?: (?:million|thousand|m|k))?(?: (?:people|residents|inhabitants|souls))?\b|\bhome to (?:about |around |roughly |nearly |almost |some |more than |over )?\d|\b\d[\d,.]*(?: million| thousand)? (?:people|residents|inhabitants) (?:live|living|lives)\b/;

/**
 * A question after how many live in a place ("what's the population of
 * Port Halden") is answered only by a text that tells it ("a town of about
 * 6,000 people", "a population of 41,000"): not by how many of them were
 * treated in hospital or ordered out, nor by a crowd. And a question after
 * a crowd ("how many people were on the harbour wall watching") is not
 * answered by a text that tells only how many live in the town the crowd
 * stood in. Null for any other question.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function populationFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  const folded = foldText(question);
  // Most questions ask neither: one quick look spares the longer patterns.
  if (!MAY_ASK.test(folded)) return null;
  if (ASKS_POPULATION.test(folded)) return textFit(textOf, (text) => givesPopulation.get(text));
  if (ASKS_CROWD.test(folded)) {
    return textFit(textOf, (text) => !givesPopulation.get(text) || ASKS_CROWD.test(text));
  }
  return null;
}

/** Whether a unit's folded text tells how many live somewhere, read once per text. */
const givesPopulation = new BoundedMemo(8192, (text: string) => GIVES_POPULATION.test(text));
