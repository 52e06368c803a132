import type { Entity } from '../knowledge/schema.ts';
import type { AskContext } from './ask-context.ts';
import { keptForLastCall } from './last-call.ts';
import { foldText, words } from './text.ts';
import type { AnswerUnit } from './units.ts';

/** "Who is the", "who are", "whos": the opening of a question asking who something is. */
const WHO_IS = /^(?:who(?:s|\s+is|\s+are|\s+was|\s+were)?)\s+(?:the\s+)?(.+)$/u;

/** A body's or place's card and the folded words of each of its names. */
interface BodyNames {
  entity: Entity;
  names: readonly ReadonlySet<string>[];
}

/** Each story's bodies and places with their names' words, folded once per story. */
const namesByStory = new WeakMap<readonly AnswerUnit[], readonly BodyNames[]>();

function bodyNamesOf(units: readonly AnswerUnit[]): readonly BodyNames[] {
  let found = namesByStory.get(units);
  if (found === undefined) {
    found = units.flatMap((unit) =>
      unit.kind === 'entity' && unit.entity.kind !== 'person'
        ? [
            {
              entity: unit.entity,
              names: [unit.entity.name, ...unit.entity.aliases].map(
                (name) => new Set(words(foldText(name))),
              ),
            },
          ]
        : [],
    );
    namesByStory.set(units, found);
  }
  return found;
}

/**
 * The body or place a "who is X" asks about when X is its name and nothing
 * else: "who is the safer lanes trust", "who are trunkline". Such a "who"
 * asks what the body is, not who works there, so the card of someone whose
 * role names it ("Helen Marchbanks — Safer Lanes Trust's chief executive")
 * is no answer, and the body's own card is. "Who is the chair of the parish
 * council" or "whats the valley link guys name" say more than the name, and
 * are not read so. Null for any other question. Read once per question: the
 * card fit and the kind-named fit both ask.
 */
export const bodyNamedAlone: (context: AskContext, question: string) => Entity | null =
  keptForLastCall((context: AskContext, question: string): Entity | null => {
    const rest = WHO_IS.exec(foldText(question).trim())?.[1];
    if (rest === undefined) return null;
    const asked = words(rest);
    if (asked.length === 0) return null;
    const body = bodyNamesOf(context.units).find(({ names }) =>
      names.some((own) => asked.every((word) => own.has(word))),
    );
    return body?.entity ?? null;
  });
