/**
 * A name asked outright, given below the answer threshold by the article's
 * sentence naming one of the kind asked.
 */
import type { AskContext } from './ask-context.ts';
import { clearBestSentence, type DecisionFeatures } from './decision-features.ts';
import { mentionsIn } from './one-named.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * Whether the best sentence gives the name a question asks for outright
 * ("what's the consumer group called", "the name of the exhibit where the
 * leopard lives"): it names one of the kind asked right beside the kind's
 * word ("the consumer group Shoppers' Voice", "the Himalayan Heights
 * exhibit"). The point of such a question is that name, which the reader
 * does not have, so the rest of their words need not all be tied to it;
 * the sentence must still meet every condition of the question and leave
 * few of its words unexplained, as the article's only one of a kind
 * (`one-named.ts`) must. A question after others of the kind or several
 * of them ("the names of the other two reservoirs") is not answered by the
 * one sentence naming one.
 */
export function givesNameAsked(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  f: DecisionFeatures,
): boolean {
  if (f.foreignNames > 0 || ASKS_SEVERAL.test(foldText(question))) return false;
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.kindAloneFloor,
    DECISION.onlyOfKindMostUnexplained,
  );
  if (text === null) return false;
  const given = context.namedKinds.namesKindAskedOutright(question, context.isFiller, text);
  if (given !== 'person') return given === 'thing';
  // "The name of the DfT spokesperson": "A Department for Transport
  // spokesperson said" names whose spokesperson, not who: a person's name is
  // given only by one of the story's people the question does not name.
  const asked = new Set(words(foldText(question)));
  const textWords = words(foldText(text));
  return context.units.some(
    (unit) =>
      unit.kind === 'entity' &&
      unit.entity.kind === 'person' &&
      mentionsIn(context, unit.entity, textWords).length > 0 &&
      !words(foldText(unit.entity.name)).some((word) => asked.has(word)),
  );
}

/** Names asked of several, or of others than one already given: "names", "other", "another", "else". */
const ASKS_SEVERAL = /\bnames\b|\b(?:other|others|another|else)\b/;
