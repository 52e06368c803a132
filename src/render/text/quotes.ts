import type { QuoteEntry } from '../../engine/views.ts';
import { renderQuoteBlock } from './attribution.ts';
import { type RenderOptions, textStyle } from './style.ts';

/** Quotes, each as a quote block with speaker and citation, under a heading. */
export function renderQuotes(
  heading: string,
  entries: readonly QuoteEntry[],
  options: RenderOptions,
): string {
  const lines = [textStyle(options).heading(heading)];
  for (const entry of entries) {
    lines.push('', ...renderQuoteBlock(entry.quote, entry.citation, options));
  }
  return lines.join('\n');
}
