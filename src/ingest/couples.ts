import type { Passage } from '../knowledge/schema.ts';
import type { GivenNames } from './given-names.ts';
import type { NameRun } from './runs.ts';

/** Only "and" between the two names. */
const AND_BETWEEN = /^\s+and\s+$/;

/**
 * "Julian and Harriet Penrose", "Tom and Mary Grant": a given name, "and",
 * then a given name and one family name, name two people of that family,
 * as news English names a couple. The first run, its name a given name
 * alone, borrows the family name (`familyName`), a role set off beside
 * the couple is both people's (`couple`), and the article's "Mr
 * Penrose" can be told from its "Mrs Penrose" rather than both falling to
 * the one named in full. Both words must be given names in general
 * English: "Marks and Spencer" and "Clunford and Harriet Penrose" name no
 * couple.
 */
export function lendFamilyNames(
  runs: NameRun[],
  passages: readonly Passage[],
  givenNames: GivenNames | undefined,
): void {
  if (givenNames === undefined) return;
  const textOf = new Map(passages.map((p) => [p.n, p.text] as const));
  runs.forEach((first, i) => {
    const second = runs[i + 1];
    const [given] = first.tokens;
    if (!second || !given || second.passage !== first.passage) return;
    if (first.tokens.length !== 1 || first.nameFrom !== 0 || second.kind !== 'person') return;
    const names = second.tokens.slice(second.nameFrom);
    const [partner, family] = names;
    if (names.length !== 2 || !partner || !family) return;
    const between = textOf.get(first.passage)?.slice(given.end, second.tokens[0]?.start) ?? '';
    if (!AND_BETWEEN.test(between)) return;
    if (!givenNames.has(given.text) || !givenNames.has(partner.text)) return;
    first.familyName = family.text;
    first.couple = { start: given.start, end: family.end };
    second.couple = first.couple;
    first.couple = { start: given.start, end: family.end };
    second.couple = first.couple;
    first.kind = 'person';
    first.kindSure = true;
  });
}
