import Fuse from 'fuse.js';
import type { Entity, KnowledgeBase } from '../knowledge/schema.ts';
import type { Grounding } from './grounding.ts';
import { foldText, tidy, words } from './text.ts';
import type { WhoCard } from './views.ts';

interface EntityRecord {
  id: string;
  names: string[];
}

/** Finds people, places and organizations by any name a reader may type. */
export class WhoIndex {
  private readonly cards = new Map<string, WhoCard>();
  private readonly byName = new Map<string, string>();
  private readonly fuse: Fuse<EntityRecord>;

  constructor(kb: KnowledgeBase, grounding: Grounding) {
    const records: EntityRecord[] = [];
    for (const source of kb.sources) {
      const foldedPassages = source.source.passages.map((p) => ({
        passage: p,
        folded: spaced(p.text),
      }));
      for (const entity of source.entities) {
        const card = this.cards.get(entity.id) ?? newCard(entity);
        card.aliases = [...new Set([...card.aliases, ...entity.aliases])];
        card.descriptions.push({
          text: entity.description,
          citation: grounding.citation(source, entity.citations[0]?.passage ?? 1),
        });
        const needles = [entity.name, ...entity.aliases]
          .map((name) => spaced(name))
          .filter((needle) => needle.trim().length > 2);
        for (const { passage, folded } of foldedPassages) {
          if (needles.some((needle) => folded.includes(needle))) {
            card.mentions.push({
              citation: grounding.citation(source, passage.n),
              text: passage.text,
            });
          }
        }
        this.cards.set(entity.id, card);
      }
    }
    for (const card of this.cards.values()) {
      const names = [card.name, ...card.aliases];
      for (const name of names) this.byName.set(foldText(name).trim(), card.id);
      records.push({ id: card.id, names });
    }
    this.fuse = new Fuse(records, {
      keys: ['names'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
    });
  }

  /** The card for a name, exact or fuzzy; null when nobody in the story fits. */
  find(name: string): WhoCard | null {
    const wanted = tidy(String(name ?? '')).slice(0, 100);
    if (wanted === '') return null;
    const exact = this.byName.get(foldText(wanted).trim());
    if (exact) return this.cards.get(exact) ?? null;
    const hit = this.fuse.search(wanted, { limit: 1 })[0];
    return hit ? (this.cards.get(hit.item.id) ?? null) : null;
  }

  /** Names fuzzy-matching a prefix, for autocomplete; all names when empty. */
  names(prefix = ''): string[] {
    const wanted = tidy(String(prefix ?? '')).slice(0, 100);
    if (wanted === '') return [...this.cards.values()].map((c) => c.name);
    return [
      ...new Set(this.fuse.search(wanted).map((hit) => this.cards.get(hit.item.id)?.name ?? '')),
    ].filter(Boolean);
  }

  all(): WhoCard[] {
    return [...this.cards.values()];
  }
}

function newCard(entity: Entity): WhoCard {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    aliases: [],
    descriptions: [],
    mentions: [],
  };
}

/** Folded words with a space on each side, so a name matches whole words only. */
function spaced(text: string): string {
  return ` ${words(text).join(' ')} `;
}
