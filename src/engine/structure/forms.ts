/**
 * Small text helpers for generated questions and answers: short names,
 * the gist of a sentence, lists readers can scan.
 */
import type { Entity } from '../../knowledge/schema.ts';
import { unitSentences } from '../sentences.ts';
import { STOPWORDS } from '../stopwords.ts';
import { WRITTEN_WORD } from '../text.ts';

/** "Jane Doe" → "Doe"; a place or organization keeps its whole name. */
export function shortName(entity: Pick<Entity, 'name' | 'kind'>): string {
  if (entity.kind !== 'person') return entity.name;
  return entity.name.split(/\s+/).at(-1) ?? entity.name;
}

/** The first few content words of a text, as written: the gist a question may name. */
export function gist(text: string, count: number): string {
  return (text.match(WRITTEN_WORD) ?? [])
    .filter((word) => !STOPWORDS.has(word.toLowerCase()))
    .slice(0, count)
    .join(' ');
}

/** The first sentence of a paragraph, verbatim. */
export function firstSentence(paragraph: string): string {
  return unitSentences(paragraph)[0] ?? paragraph;
}

/** "A, B and C"; a long list is cut short, saying how many more there are. */
export function listed(items: readonly string[]): string {
  if (items.length > MAX_LISTED) {
    return `${items.slice(0, MAX_LISTED).join(', ')} and ${items.length - MAX_LISTED} more`;
  }
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Enough for a reader to scan; an answer must stay short. */
const MAX_LISTED = 20;

/** A role from ingest or curation that is a sentence, not a role, reads badly after a comma. */
export function isShortRole(description: string): boolean {
  return description.length <= 90 && !/[.!?]$/.test(description.trim());
}

/** "The Daily Post article", not "The The Daily Post article". */
export function outletArticle(outlet: string): string {
  return `The ${outlet.replace(/^the\s+/i, '')} article`;
}
