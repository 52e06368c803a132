import type { Entity } from '../knowledge/schema.ts';
import { words } from './text.ts';

/**
 * Words that point back to someone or something named before: "During his
 * visit, he met…" is about whoever the sentence before named. General
 * English, closed-class, the same for every story.
 */
const POINTING_BACK = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their']);

/**
 * Names of the story's people, places and groups that the sentence before
 * mentions, when this sentence points back to them. A reader asks "who did
 * Lindqvist meet" of a sentence that only says "he met": these names let the
 * index find it. Empty when the sentence points nowhere, or nothing before
 * it is named.
 */
export function antecedentNames(
  sentence: string,
  before: string | undefined,
  entities: readonly Entity[],
): string[] {
  if (before === undefined || !words(sentence).some((word) => POINTING_BACK.has(word))) return [];
  const said = ` ${words(before).join(' ')} `;
  const own = ` ${words(sentence).join(' ')} `;
  const names: string[] = [];
  for (const entity of entities) {
    const forms = [entity.name, ...entity.aliases].map((name) => ` ${words(name).join(' ')} `);
    const mentioned = forms.findIndex((form) => said.includes(form));
    // Someone the sentence names itself needs no help.
    if (mentioned >= 0 && !forms.some((form) => own.includes(form))) {
      names.push(mentioned === 0 ? entity.name : (entity.aliases[mentioned - 1] ?? entity.name));
    }
  }
  return names;
}
