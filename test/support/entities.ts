import type { Entity } from '../../src/knowledge/schema.ts';

/**
 * A person as the knowledge holds one, cited at ¶1, for specs that build a
 * story's people by hand. Known by the surname too unless `aliases` says
 * otherwise (as ingest drafts them).
 */
export function personEntity(
  name: string,
  description: string,
  aliases: readonly string[] = [name.split(' ').at(-1) ?? name],
): Entity {
  return {
    id: name.toLowerCase().replace(/\W+/g, '-'),
    kind: 'person',
    name,
    aliases: [...aliases],
    description,
    citations: [{ passage: 1 }],
  };
}
