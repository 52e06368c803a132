import type { AskContext } from './ask-context.ts';
import { asksOnlyWhoHoldsIt, cardsOfPeople, pointingTerms } from './card-fit.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import { isRankBelowAsked, namingRoleAsked, roleAsked, roleHeadOf } from './role-head.ts';
import { roleOfAnotherGroup } from './role-owner.ts';
import { isShortRole } from './structure/forms.ts';
import { isArticleWidePair } from './structure/generate.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * The card of the one person a "who is the …" finds, when every answer
 * ranked first is about them ("who is the water company director quoted":
 * three of her quotes and the sentence naming her) and the role the article
 * gives them is the role asked: its head word, in the article's word or
 * one standing in for the reader's ("director", "spokeswoman" for
 * "spokesperson"), and of no other group than one the question names. Her
 * quotes ranked one after another are not rival answers to who she is, but
 * one answer said many times; the first answer about anyone else, or about
 * no one, must trail by `DECISION.clearSentenceLead`. A pair answering for
 * the whole article (who is quoted, the headline) is no answer about one
 * person, and is passed over.
 *
 * The first answer about them must score at least `DECISION.roleCardFloor`,
 * the question name no one the story does not know, and at most one of its
 * words (those pointing at the article aside) go unsaid by their card and
 * that answer. Undefined when no card is given so.
 */
export function cardOfRoleHolderRanked(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): number | undefined {
  if (f.need !== 'person') return undefined;
  const asked = roleAsked(context, foldText(question));
  // The names unsaid need the words the unit leaves unexplained: read once a role is asked.
  if (asked === undefined || f.foreignNames > 0) return undefined;
  const first = onePersonRankedFirst(context, ranked);
  if (first === undefined) return undefined;
  const entity = context.people.persons[first.person];
  if (entity === undefined || !isShortRole(entity.description)) return undefined;
  // "The head of the school" is not the trust's chief executive: the role's
  // own head is the one asked; a rank below the role's own is another role
  // ("the head commissioner" is not the deputy commissioner).
  const head = roleHeadOf(context, entity.description);
  if (head === undefined || !namingRoleAsked(context, asked)(head)) return undefined;
  const card = cardsOfPeople(context)[first.person];
  if (card === undefined) return undefined;
  const held = new Set([...context.termsOfUnit(card), ...context.termsOfUnit(first.index)]);
  // Of the reader's words (those pointing at the article aside), one the
  // story uses may go unsaid, as the reader's own for the article's
  // ("company" of "Thornvale Water"); one it never uses is the point of a
  // question about someone else ("who's the president of the chess club").
  const pointing = pointingTerms(context);
  const unsaid = askedWords(terms).filter(
    (group) => !group.some((t) => pointing.has(t.term)) && !holdsWord(held, group),
  );
  if (unsaid.length > 1 || unsaid.some((group) => !isStoryWord(group))) return undefined;
  if (isRankBelowAsked(entity.description, question)) return undefined;
  if (roleOfAnotherGroup(context, terms, entity)) return undefined;
  if (!asksOnlyWhoHoldsIt(context, question, terms, f.need)) return undefined;
  return card;
}

/**
 * The one person the best answers are all about, and the first answer about
 * them, leading the first answer about anyone else (or no one) by
 * `DECISION.clearSentenceLead`, the first scoring at least
 * `DECISION.roleCardFloor`; article-wide pairs passed over.
 */
function onePersonRankedFirst(
  context: AskContext,
  ranked: readonly RankedUnit[],
): { person: number; index: number } | undefined {
  let first: { person: number; index: number } | undefined;
  let best = 0;
  for (const { unit, score } of ranked) {
    const found = context.units[unit];
    if (found === undefined || (found.kind === 'qa' && isArticleWidePair(found.pair))) continue;
    const named = context.people.namedIn(unit);
    const [one] = named;
    if (first === undefined) {
      if (one === undefined || named.size !== 1 || score < DECISION.roleCardFloor) return undefined;
      first = { person: one, index: unit };
      best = score;
      continue;
    }
    if (named.size === 1 && one === first.person) continue;
    return score * DECISION.clearSentenceLead <= best ? first : undefined;
  }
  return first;
}

/** Whether a word of the question is one the story uses, as the reader typed it. */
function isStoryWord(group: readonly QueryTerm[]): boolean {
  return group.some((t) => t.credit === 1 && t.strangeness === 'known');
}
