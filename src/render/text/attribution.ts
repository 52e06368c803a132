import type { CitationInfo, SupportingQuote } from '../../engine/answer.ts';
import { indent } from './layout.ts';
import type { RenderOptions } from './style.ts';
import { textStyle } from './style.ts';

/** Who said it: `— Maria Zakharova, Russian Foreign Ministry spokeswoman (during a briefing)`. */
export function speakerLine(quote: SupportingQuote): string {
  const role = quote.role ? `, ${quote.role}` : '';
  const said = quote.said ? ` (${quote.said})` : '';
  return `— ${quote.speaker}${role}${said}`;
}

/** Where it is written: `Caliber.Az · by Tamilla Hasanova · ¶3`. */
export function citationLine(citation: CitationInfo): string {
  return [
    citation.outlet,
    citation.author ? `by ${citation.author}` : null,
    citation.date,
    `¶${citation.passage}`,
  ]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

/**
 * The verbatim words as a quote block, then speaker and citation. The quote
 * text is printed untouched (only wrapped), so it can be checked against the article.
 */
export function renderQuoteBlock(
  quote: SupportingQuote,
  citation: CitationInfo | null,
  options: RenderOptions,
): string[] {
  const style = textStyle(options);
  return [
    ...indent(quote.text, '  > ', options.width).map((line) => style.quote(line)),
    ...indent(speakerLine(quote), '  ', options.width),
    ...(citation ? [`  ${style.muted(citationLine(citation))}`] : []),
  ];
}
