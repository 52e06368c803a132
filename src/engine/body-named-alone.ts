import type { Entity } from '../knowledge/schema.ts';
import type { AskContext } from './ask-context.ts';
import { foldText, words } from './text.ts';

/** "Who is the", "who are", "whos": the opening of a question asking who something is. */
const WHO_IS = /^(?:who(?:s|\s+is|\s+are|\s+was|\s+were)?)\s+(?:the\s+)?(.+)$/u;

/**
 * The body or place a "who is X" asks about when X is its name and nothing
 * else: "who is the safer lanes trust", "who are trunkline". Such a "who"
 * asks what the body is, not who works there, so the card of someone whose
 * role names it ("Helen Marchbanks — Safer Lanes Trust's chief executive")
 * is no answer, and the body's own card is. "Who is the chair of the parish
 * council" or "whats the valley link guys name" say more than the name, and
 * are not read so. Null for any other question.
 */
export function bodyNamedAlone(context: AskContext, question: string): Entity | null {
  const rest = WHO_IS.exec(foldText(question).trim())?.[1];
  if (rest === undefined) return null;
  const asked = words(rest);
  if (asked.length === 0) return null;
  for (const unit of context.units) {
    if (unit.kind !== 'entity' || unit.entity.kind === 'person') continue;
    for (const name of [unit.entity.name, ...unit.entity.aliases]) {
      const own = new Set(words(foldText(name)));
      if (asked.every((word) => own.has(word))) return unit.entity;
    }
  }
  return null;
}
