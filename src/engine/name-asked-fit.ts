import { answerTextOf } from './answer-text.ts';
import type { AskContext } from './ask-context.ts';
import { regularSingular } from './counted.ts';
import { asksOfTheArticle } from './name-asked.ts';
import { mayBeAPerson } from './named-kind.ts';
import { relativeAsked } from './relation-asked.ts';
import { isRoleHead } from './role-nouns.ts';
import { foldText, words } from './text.ts';

/** A word with its possessive "'s", dropped whole: "the airport's director" holds no "airport". */
const POSSESSIVE_S = /[\p{L}-]+['’]s\b/gu;

/**
 * Whether a unit may answer, above the answer threshold or below it, a
 * question asking outright for the name of one of a kind ("what's the name of the dam",
 * "whats the lifeguards name"): a text naming one of that kind where it
 * says the kind's word ("Upper Tarrow Dam", "the consumer group Fair
 * Deal", `NamedKinds.namesOneAsked`), or a person's card: for a kind of
 * person any ("the lifeguard, 24"), for a thing one whose role says it.
 * Any unit may answer any other question.
 */
export function namesTheOneAsked(context: AskContext, question: string, unit: number): boolean {
  const found = context.units[unit];
  if (found === undefined) return false;
  // "What is this story called": the headline names no story.
  if (asksOfTheArticle(words(foldText(question)))) return true;
  // A pair the editors wrote is trusted to name what it was written about,
  // but not someone's relative it never names: "whats the name of delgado's
  // wife" is not answered by "Delgado and his family moved abroad".
  if (found.kind === 'qa' && !found.pair.generated) {
    return (
      relativeAsked(question) === null ||
      context.namedKinds.namesOneAsked(question, context.isFiller, answerTextOf(found), true) !==
        false
    );
  }
  if (found.kind === 'entity' && found.entity.kind === 'person') {
    const kind = context.namedKinds.kindOfNameAskedOutright(question, context.isFiller);
    // "The name of the health guy they quoted": a person's kind in the
    // reader's words, which no role need hold.
    if (kind === null || mayBeAPerson(kind) || isRoleHead(kind)) return true;
    // "Ana Ruiz's cafe" of her card, "runs the Harbour Lights cafe": its
    // role says the kind's word in lowercase, as no name does ("National
    // Medicines Safety Agency"), and not as whose ("the airport's director").
    return found.entity.description
      .replace(POSSESSIVE_S, ' ')
      .split(/[^\p{L}-]+/u)
      .some((word) => word === kind || regularSingular(word) === kind);
  }
  return (
    context.namedKinds.namesOneAsked(question, context.isFiller, answerTextOf(found)) !== false
  );
}
