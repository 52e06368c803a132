import { type Gender, roleGender } from '../engine/gender.ts';
import { words } from '../engine/text.ts';
import type { Passage } from '../knowledge/schema.ts';
import type { GivenNames } from './given-names.ts';
import type { Mention, NamedEntity } from './names.ts';
import { articleGenders } from './pronouns.ts';
import { foldName } from './text.ts';

/**
 * Tells apart the people of an article who share a surname ("Daniel Okafor"
 * and his sister "Grace Okafor") where it names one of them by the surname
 * alone, as news English does: by the title ("Ms Okafor" is not the man the
 * article calls "Mr"; a given name says so where the article does not),
 * then by the one of them it named last. Each such
 * mention is given to that person, and a titled form ("Ms Okafor") becomes
 * their alias rather than the first-named one's.
 */
export function settleSharedSurnames(
  found: Mention[],
  passages: readonly Passage[],
  givenNames?: GivenNames,
): void {
  const textOf = new Map(passages.map((p) => [p.n, p.text] as const));
  const bearers = sharedSurnames(found);
  if (bearers.size === 0) return;
  const surnameOf = (m: Mention): string | null => {
    if (m.entity.kind !== 'person') return null;
    const name = foldName(textOf.get(m.passage)?.slice(m.start, m.end) ?? '');
    return bearers.has(name) ? name : null;
  };
  const alone = new Set(found.filter((m) => surnameOf(m) !== null));
  // What the article says of each one's gender, from every mention but these.
  const others = new Map<number, Mention[]>();
  for (const m of found) {
    if (!alone.has(m)) others.set(m.passage, [...(others.get(m.passage) ?? []), m]);
  }
  const genders = articleGenders(passages, others, givenNames);
  found.forEach((mention, at) => {
    const surname = surnameOf(mention);
    const candidates = surname === null ? undefined : bearers.get(surname);
    if (candidates === undefined) return;
    const title = textOf.get(mention.passage)?.slice(mention.outerStart, mention.start) ?? '';
    const said: Gender | null = roleGender(words(title));
    const fitting =
      said === null ? candidates : candidates.filter((c) => genders.canStandFor(c, said));
    const pool = fitting.length > 0 ? fitting : candidates;
    const latest = found.slice(0, at).findLast((m) => pool.includes(m.entity))?.entity;
    const chosen = latest ?? pool[0];
    if (chosen === undefined || chosen === mention.entity) return;
    moveAlias(mention, chosen, found);
    mention.entity = chosen;
  });
}

/** The people named in full who share a surname with another, by that surname folded. */
function sharedSurnames(found: readonly Mention[]): Map<string, NamedEntity[]> {
  const bySurname = new Map<string, NamedEntity[]>();
  for (const { entity } of found) {
    if (entity.kind !== 'person' || !entity.name.includes(' ')) continue;
    const surname = foldName(entity.name.split(' ').at(-1) ?? '');
    const bearers = bySurname.get(surname) ?? [];
    if (!bearers.includes(entity)) bearers.push(entity);
    bySurname.set(surname, bearers);
  }
  return new Map([...bySurname].filter(([, bearers]) => bearers.length > 1));
}

/**
 * "Ms Okafor", an alias the first-named bearer was given, goes with the
 * mention to the one it names, unless it still names the first elsewhere.
 */
function moveAlias(mention: Mention, to: NamedEntity, found: readonly Mention[]): void {
  const from = mention.entity;
  const alias = mention.text;
  if (!from.newAliases.includes(alias)) return;
  if (!found.some((m) => m !== mention && m.entity === from && m.text === alias)) {
    from.newAliases = from.newAliases.filter((a) => a !== alias);
  }
  if (!to.newAliases.includes(alias)) to.newAliases.push(alias);
}
