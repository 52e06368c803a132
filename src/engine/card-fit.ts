import type { Entity } from '../knowledge/schema.ts';
import { askedWords, type QueryTerm } from './analyzer.ts';
import type { AskContext } from './ask.ts';
import type { AnswerNeed } from './intent.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';

/**
 * Words that ask who someone is ("what is her job", "his title"): a
 * who's-who card answers them though it never says "job".
 */
const ASKS_WHO_SOMEONE_IS = new Set([
  'job',
  'jobs',
  'role',
  'roles',
  'title',
  'titles',
  'position',
  'post',
  'work',
  'do',
  'does',
  'person',
  'guy',
  'name',
  'full',
  'described',
  'called',
  'old',
  'age',
  'aged',
]);

/**
 * "Who is…", "what's…": a question about who or what something is, which a
 * card answers though the reader adds a word it does not hold ("what is
 * the port used for"). Any other question ("what happened to him", "where
 * did he go") is about what someone did, which a card does not say.
 */
const ASKS_WHAT_SOMETHING_IS =
  /^\W*(?:(?:so|ok|okay|and|but)\s+)?(?:who|what|wat)(?:\s+(?:is|was|are|were)\b|'s\b|s\b)/;

/**
 * A who's-who card says who someone is, nothing they did: "who did Okoro
 * meet" is not answered by Okoro's card, however heavily his name weighs.
 * A card fits when it holds every word of the question but one (or one
 * more for each word asking who someone is); a group's or a place's card,
 * asked "who", must hold them all.
 */
export function cardFit(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
): UnitFit {
  const asked = askedWords(terms);
  if (asked.length === 0) return null;
  const askingWho = words(question).filter((word) => ASKS_WHO_SOMEONE_IS.has(word)).length;
  const asksForPerson = need === 'person';
  const asksWhatItIs = ASKS_WHAT_SOMETHING_IS.test(foldText(question));
  return (index) => {
    const unit = context.units[index];
    if (unit?.kind !== 'entity') return true;
    const own = context.termsOfUnit(index);
    let missing = 0;
    for (const group of asked) {
      if (!group.some((t) => own.has(t.term))) missing++;
    }
    if (need === 'place' && !saysWhereItIs(context, unit.entity, question)) return false;
    // "Who heads the Fisheries Alliance" asks for a person, not for the alliance.
    const slack = asksWhatItIs && !(asksForPerson && unit.entity.kind !== 'person') ? 1 : 0;
    return missing <= slack + askingWho;
  };
}

/**
 * Asked where a place is ("what country is Lysa in"), the place's own card
 * answers only when what it says of the place, its name aside, places it:
 * "a town on the Brenna coast" does, a sentence that merely names it does not.
 */
function saysWhereItIs(context: AskContext, entity: Entity, question: string): boolean {
  const asked = new Set(words(question));
  const names = [entity.name, ...entity.aliases];
  const isAskedAbout = names.some((name) => {
    const own = words(name);
    return own.length > 0 && own.every((word) => asked.has(word));
  });
  if (!isAskedAbout) return true;
  let said = entity.description;
  for (const name of names) said = said.split(name).join(' ');
  return context.answerTypes.canAnswer('place', said);
}
