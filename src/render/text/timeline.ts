import type { TimelineEntry } from '../../engine/views.ts';
import type { NormalizedDate } from '../../knowledge/schema.ts';
import { citationLine } from './attribution.ts';
import { indent } from './layout.ts';
import { type RenderOptions, textStyle } from './style.ts';

/** The normalized date beside the article's wording, when it adds something. */
function dateNote(date: NormalizedDate): string | null {
  if (date.value === null) return null;
  const part = date.part ? `${date.part} ` : '';
  return `${part}${date.value}${date.inferred ? ', year inferred' : ''}`;
}

/** The story's events in date order, each with the article wording of its date and its citation. */
export function renderTimeline(entries: readonly TimelineEntry[], options: RenderOptions): string {
  const style = textStyle(options);
  if (entries.length === 0) return 'The story has no dated events.';
  const lines = [style.heading('Timeline')];
  for (const entry of entries) {
    const note = dateNote(entry.date);
    lines.push(
      '',
      `${style.accent(entry.when)}${note ? style.muted(` [${note}]`) : ''}`,
      ...indent(entry.summary, '  ', options.width),
      `  ${style.muted(citationLine(entry.citation))}`,
    );
  }
  return lines.join('\n');
}
