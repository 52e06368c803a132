import { foldText, words } from './text.ts';

/**
 * "Why did he do it, according to his side", "why are councils targeted, per
 * the expert", "did Atkins say why Labour lost", "why does the chairman say
 * they have to sell": a cause as someone gives it. Each pattern captures the
 * words naming that someone, up to the next punctuation.
 */
const ACCOUNT_OF = [
  /\b(?:acc?ordin(?:g)?|acc) to ([^,.;:!?]+)/u,
  /\bper ((?:the|his|her|their|dr|mr|mrs|ms|prof)\b[^,.;:!?]*)/u,
  /\b(?:did|does|do|has|have|had|is|was) ((?:\S+ ){1,5}?)(?:say|said|explain|explained|give|gave|tell|told)\s+(?:\S+\s+){0,2}?why\b/u,
  /\bwhy (?:does|did|do|is|was|are|were) ((?:\S+ ){1,4}?)(?:say|says|think|thinks|claim|claims|argue|argues|believe|believes)\b/u,
];

/**
 * What "according to" names that is no one's account: the article itself
 * ("why did the council act, according to the article") gives its own
 * cause, in words of cause.
 */
const THE_ARTICLE = /^(?:the |this )?(?:article|story|piece|report|news|text)\b/u;

/**
 * The folded words naming whose account of a cause a "why" asks for ("the
 * ceo" of "why did the chain wait, per the ceo"), or null when it asks for
 * none. Their remark answers it though it spells no word of cause: a
 * speaker explains in their own terms ("Voters have told us very clearly
 * what they thought of the last two years" for "did Atkins say why Labour
 * lost").
 */
export function accountSpeaker(question: string): readonly string[] | null {
  const folded = foldText(question);
  for (const pattern of ACCOUNT_OF) {
    const named = pattern.exec(folded)?.[1]?.trim();
    if (named === undefined) continue;
    if (THE_ARTICLE.test(named)) return null;
    return words(named);
  }
  return null;
}
