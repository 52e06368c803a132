import type { AskContext } from './ask-context.ts';
import { knownClauseOf } from './knowing-asked.ts';
import { foldText } from './text.ts';
import { ownTextOf } from './unit-texts.ts';

/**
 * Whether a unit's answer tells that the one a question asks to be named
 * was not named: "which haulage company did the driver work for" of "The
 * haulage company that employed him was not named in court", "what was
 * the brand of supplement he took" of "has not publicly named a product".
 * The reader asks who or which one; the article says it does not say, so
 * that sentence is what it does say on the point (`ask.ts`), not an answer.
 *
 * Only for a question asking who, which one, or one of a kind to be named
 * ("what X"), never one whether something is so or is to come, whether
 * someone named it ("was the haulage firm named", "do we know the pilot's
 * name", `knowing-asked.ts`) or what someone said: that it was not named is
 * their answer. A figure or date asked beside it ("how many companies have
 * been in touch" of "approached by two or three companies…, but declined to
 * name them") is no name asked. Not for someone who only asked not to be
 * named ("a resident, who declined to be named"): the article tells who
 * they are, as far as it can. Never for a curated pair or a gap.
 */
export function leavesNameUntold(context: AskContext, plain: string, unit: number): boolean {
  if (context.whether.asks(plain)) return false;
  if (knownClauseOf(plain) !== null || context.answerTypes.asksWhatWasSaid(plain)) return false;
  if (!asksToName(context, plain)) return false;
  const text = ownTextOf(context, unit);
  return text !== null && NOT_NAMED.test(foldText(text));
}

/**
 * Whether a question asks who, which one, or one of a kind to be named:
 * "who…", "which…", "what X…" (`NamedKinds.kindAskedFor`).
 */
function asksToName(context: AskContext, plain: string): boolean {
  const need = context.answerTypes.need(plain);
  if (need === 'person') return true;
  if (need !== null) return false;
  return context.namedKinds.kindAskedFor(plain, context.isFiller) !== null;
}

/**
 * A text telling someone or something was not named, in the article's
 * folded words: "was not named", "has not publicly named", "declined to
 * name them", "would not identify the firm"; not "declined to be named".
 */
const NOT_NAMED =
  /\b(?:not|never)(?: (?:yet|publicly|officially|formally|been))* named\b|\b(?:declined|refused|would not|did not|has not|have not|had not)(?: (?:yet|publicly|officially|to))* (?:name|identify)\b/;
