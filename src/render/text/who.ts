import type { WhoCard } from '../../engine/views.ts';
import { citationLine } from './attribution.ts';
import { printable } from './clean.ts';
import { bullets, indent } from './layout.ts';
import { type RenderOptions, textStyle } from './style.ts';

/** Paragraphs listed for a name before the rest are summed up as a count. */
const MAX_MENTIONS_SHOWN = 8;

/** A who's-who card: name, kind, other names, the article's descriptions and where they appear. */
export function renderWhoCard(card: WhoCard, options: RenderOptions): string {
  const style = textStyle(options);
  const lines = [`${style.heading(card.name)} ${style.muted(`(${card.kind})`)}`];
  const otherNames = card.aliases.filter((alias) => alias !== card.name);
  if (otherNames.length > 0)
    lines.push(...indent(`Also: ${otherNames.join(', ')}`, '', options.width));
  for (const description of card.descriptions) {
    lines.push(
      '',
      ...indent(description.text, '  ', options.width),
      `  ${style.muted(citationLine(description.citation))}`,
    );
  }
  if (card.mentions.length > 0) {
    const shown = card.mentions
      .slice(0, MAX_MENTIONS_SHOWN)
      .map((mention) => `¶${mention.citation.passage}`);
    const more = card.mentions.length - shown.length;
    lines.push(
      '',
      style.muted(`Mentioned in ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`),
    );
  }
  return lines.join('\n');
}

/** A name the story does not know, and the names it does, so the reader can pick one. */
export function renderNameNotFound(
  name: string,
  known: readonly string[],
  options: RenderOptions,
): string {
  const intro =
    name.trim() === ''
      ? 'Give a name. Names in the story:'
      : `The story names nobody called “${printable(name, 60)}”. Names in the story:`;
  return [intro, ...bullets(known, options.width)].join('\n');
}
