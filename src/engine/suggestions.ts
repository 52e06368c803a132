import type { AskContext } from './ask.ts';
import type { RankedUnit } from './term-index.ts';
import { DECISION } from './tuning.ts';
import type { AnswerUnit } from './units.ts';

/** A curated pair for a question the article does not answer. */
export function isGap(unit: AnswerUnit): boolean {
  return unit.kind === 'qa' && unit.pair.gap === true;
}

/** A ranked unit that can be offered, and the question that asks for it. */
export interface Offer {
  unit: number;
  title: string;
  score: number;
}

/**
 * Ranked units that can be offered as a question: curated pairs and who's
 * who, once each. Gap pairs are never offered: their answer is "it does not say".
 */
export function offerable(
  { units }: AskContext,
  ranked: readonly RankedUnit[],
  exclude: AnswerUnit | undefined,
): Offer[] {
  const seen = new Set<string>(exclude ? [exclude.title] : []);
  const offers: Offer[] = [];
  for (const { unit: index, score } of ranked) {
    const unit = units[index];
    if (
      !unit ||
      (unit.kind === 'sentence' && !unit.offered) ||
      isGap(unit) ||
      seen.has(unit.title)
    ) {
      continue;
    }
    seen.add(unit.title);
    offers.push({ unit: index, title: unit.title, score });
  }
  return offers;
}

/**
 * What to offer when the engine abstains: the closest answerable questions,
 * best first, then the featured ones.
 *
 * A reader tries the first few in turn, so each slot must lead to something
 * new: a question whose answer shows a sentence already shown by one before
 * it (a speaker's quote and "More on" the sentence holding it) is left out.
 */
export function suggestionsFor(context: AskContext, ranked: readonly RankedUnit[]): string[] {
  const offered: string[] = [];
  const shownSoFar = new Set<string>();
  for (const offer of offerable(context, ranked, undefined)) {
    if (offered.length >= DECISION.maxSuggestions) break;
    if (offer.score < DECISION.suggestionFloor) continue;
    const shown = context.shown.of(offer.unit);
    if (shown.some((sentence) => shownSoFar.has(sentence))) continue;
    for (const sentence of shown) shownSoFar.add(sentence);
    offered.push(offer.title);
  }
  return [...new Set([...offered, ...context.featured])].slice(0, DECISION.maxSuggestions);
}
