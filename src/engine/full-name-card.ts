import type { AskContext } from './ask-context.ts';
import type { AnswerNeed } from './intent.ts';
import { namesAsked } from './need-fit.ts';
import { foldText, words } from './text.ts';

/**
 * Whether a unit is the who's-who card of the one person a "first name" or
 * "full name" question names, its own name a full one: "whats coyle's first
 * name" of the card "Martin Coyle". The question holds little but the name
 * and the words "first name", which no card repeats, so the card ranks first
 * below the answer threshold; it answers all the same, as the name asked is
 * the card's own.
 */
export function isCardOfFullNameAsked(
  context: AskContext,
  question: string,
  need: AnswerNeed | null,
  unit: number,
): boolean {
  if (need !== 'full-name') return false;
  const card = context.units[unit];
  if (card?.kind !== 'entity' || card.entity.kind !== 'person') return false;
  const parts = words(foldText(card.entity.name));
  if (parts.length < 2) return false;
  const named = namesAsked(context, question);
  return named.length > 0 && named.every((word) => parts.includes(word));
}
