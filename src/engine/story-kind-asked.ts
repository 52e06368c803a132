/**
 * "Which church is it", "which lottery is this", "which museum was it swiped
 * from": the reader asks which thing of a kind the story is about, naming
 * nothing else. When the article calls one thing only by that kind's word
 * ("St Bartholomew's Church", "Meridian National Lottery"), that is the
 * one the story means, whatever sentence the question's few words match
 * best; its card answers.
 */
import type { AskContext } from './ask-context.ts';
import { kindCalls } from './kind-calls.ts';
import { isCalled, namesOf } from './one-named.ts';
import { asksArticleSetting } from './setting-asked.ts';
import { foldText, words } from './text.ts';
import { whichThisPattern } from './which-this-asked.ts';

/**
 * The question, as its words, asking only which thing of a kind "this" or
 * "it" is, with up to three words of chat before it and a preposition or
 * a verb of what happened to it after ("which museum was it swiped from").
 * The kind is captured.
 */
const STORYS_KIND_ASKED = whichThisPattern({
  kind: '(\\w+)',
  subjects: 'this|it|that',
  verbs: '\\w+ed',
});

/**
 * The card of the one thing the article calls by the kind a question asks
 * only about ({@link STORYS_KIND_ASKED}); undefined when the question asks
 * something else or the article's setting ("what town is this in"), the
 * kind's word is no kind (`language.json`'s `notKinds`: "what time is
 * it"), or the article calls no thing, or more than one, so.
 */
export function storysOneOfKind(context: AskContext, question: string): number | undefined {
  // "What town is this in" asks the article's setting, which its lead
  // tells (`setting-asked.ts`), not a club called "Harwick Town".
  if (asksArticleSetting(question)) return undefined;
  const asked = words(foldText(question)).join(' ');
  const kind = STORYS_KIND_ASKED.exec(asked)?.[1];
  if (kind === undefined || context.namedKinds.kindAskedFor(question, context.isFiller) !== kind) {
    return undefined;
  }
  const calls = kindCalls(context, [kind]);
  const cards = context.units.flatMap((unit, i) =>
    unit.kind === 'entity' && namesOf(context, unit.entity).some((name) => isCalled(name, calls))
      ? [i]
      : [],
  );
  return cards.length === 1 ? cards[0] : undefined;
}
