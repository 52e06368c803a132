import type { Lexicon, Story } from '../knowledge/schema.ts';
import type { ArticleMeta } from './draft.ts';
import { formatJson } from './json.ts';

/**
 * The story-level files of a story made from one article: `story.json`, with
 * the article's headline as its title and a scope sentence built from the
 * metadata, and an empty story lexicon for curators to fill in.
 */
export function newStoryFiles(meta: ArticleMeta): Map<string, string> {
  const story: Story = { title: meta.title, scope: scopeOf(meta) };
  const lexicon: Lexicon = { synonyms: {}, stopwords: [], reasonCues: [] };
  return new Map([
    ['story.json', formatJson(story)],
    ['lexicon.json', formatJson(lexicon)],
  ]);
}

/** "What The Halden Courier reported in “…” (by Laura Venn, 2024-10-17)." */
function scopeOf(meta: ArticleMeta): string {
  const byline = [meta.author ? `by ${meta.author}` : null, meta.date].filter(Boolean).join(', ');
  return `What ${meta.outlet} reported in “${meta.title}”${byline ? ` (${byline})` : ''}.`;
}
