import type { Mention, NamedEntity } from './names.ts';
import { foldName } from './text.ts';
import { PLACE_WORDS } from './words.ts';

/**
 * Kinds that the article's other names say a new draft is, whatever its own
 * words made of it: "Ashcombe Green" beside "Ashcombe Green Parish Council"
 * is the parish, a place, though a quotation's "What Ashcombe Green has
 * done" reads like someone. Run once every draft's kind is settled otherwise.
 */
export function settleKindsByContext(mentions: readonly Mention[]): void {
  const places = new Set(
    mentions.flatMap((m) => {
      const place = m.entity.kind === 'organization' ? councilPlace(m.entity.name) : null;
      return place === null ? [] : [place];
    }),
  );
  for (const { entity } of mentions) {
    if (entity.linked || entity.kind === 'place' || entity.kind === 'country') continue;
    if (places.has(foldName(entity.name))) becomesPlace(entity);
  }
}

/** A draft becomes a place; a surname alias was made on the guess that it is someone. */
function becomesPlace(entity: NamedEntity): void {
  entity.kind = 'place';
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
