import type { Passage } from '../knowledge/schema.ts';
import type { Mention, NamedEntity } from './names.ts';
import { foldName } from './text.ts';
import { PLACE_WORDS, THINGS_MADE } from './words.ts';

/**
 * Kinds that the words around a new draft's name say, whatever its own words
 * made of it, even a title: "the tank engine No. 4 Lady Margaret" is a thing
 * made, not a lady; "Ashcombe Green" beside "Ashcombe Green Parish Council"
 * is the parish, a place. Run once every draft's kind is settled otherwise.
 */
export function settleKindsByContext(
  mentions: readonly Mention[],
  passages: readonly Passage[],
): void {
  const textOf = (m: Mention) => passages.find((p) => p.n === m.passage)?.text ?? '';
  for (const mention of mentions) {
    const entity = mention.entity;
    if (entity.linked || entity.kind === 'product') continue;
    if (NUMBERED_MADE_BEFORE.test(textOf(mention).slice(0, mention.outerStart))) {
      becomes(entity, 'product');
    }
  }
  const places = new Set(
    mentions.flatMap((m) => {
      const place = m.entity.kind === 'organization' ? councilPlace(m.entity.name) : null;
      return place === null ? [] : [place];
    }),
  );
  for (const { entity } of mentions) {
    if (entity.linked || entity.kind === 'place' || entity.kind === 'country') continue;
    if (places.has(foldName(entity.name))) becomes(entity, 'place');
  }
}

/** A draft takes its kind from its context; a surname alias was made on the guess it is someone. */
function becomes(entity: NamedEntity, kind: NamedEntity['kind']): void {
  entity.kind = kind;
  entity.newAliases = entity.newAliases.filter((alias) => alias.includes(' '));
}

/**
 * The place a council is named after, folded: "ashcombe green" of "Ashcombe
 * Green Parish Council", "wrenmouth" of "Wrenmouth Town Council"; null for a
 * council whose name says no kind of place ("Arts Council").
 */
function councilPlace(name: string): string | null {
  const words = foldName(name).split(' ');
  if (words.length < 3 || words.at(-1) !== 'council') return null;
  if (!PLACE_WORDS.has(words.at(-2) ?? '')) return null;
  return words.slice(0, -2).join(' ');
}

/**
 * A thing made and its number right before a name: "the tank engine No. 4",
 * "locomotive No 7". A number alone does not say so: "No 10 Downing Street".
 */
const NUMBERED_MADE_BEFORE = new RegExp(
  `\\b(?:${[...THINGS_MADE].join('|')})[ \\t]+No\\.?[ \\t]*\\d+[a-z]?[ \\t]+$`,
  'u',
);
