import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { QuoteEntry } from '../../engine/views.ts';
import { LIMITS } from './limits.ts';
import { blockQuote, paragraphMark, plain, truncate } from './text.ts';
import { EMBED_COLOR, embedLength, fitEmbed, type MessageView } from './view.ts';

/** Quotes shown in one message; more would bury each one. */
export const QUOTES_PER_MESSAGE = 10;

/** What the reader filtered on, echoed in the title. */
export interface QuoteFilter {
  speaker?: string | undefined;
  about?: string | undefined;
}

const DETAILS_BUDGET = 300;

/** "Maria Zakharova, Russian Foreign Ministry spokeswoman" */
export function speakerHeading(entry: QuoteEntry): string {
  const role = entry.quote.role ? `, ${entry.quote.role}` : '';
  return truncate(plain(`${entry.quote.speaker}${role}`), LIMITS.fieldName);
}

/** The verbatim quote, then when and where it was said and the paragraph. */
export function quoteField(entry: QuoteEntry): APIEmbedField {
  const said = entry.quote.said ? `${plain(entry.quote.said)} · ` : '';
  const details = truncate(
    `${said}${plain(entry.citation.outlet)} ${paragraphMark(entry.citation.passage)}`,
    DETAILS_BUDGET,
  );
  const quoteRoom = LIMITS.fieldValue - details.length - 1;
  return {
    name: speakerHeading(entry),
    value: `${blockQuote(truncate(plain(entry.quote.text), quoteRoom - 2))}\n${details}`,
  };
}

/**
 * The quotes that fit one message, each with speaker, role, when and where
 * said, and paragraph; the footer says how many more there are.
 */
export function quotesView(entries: readonly QuoteEntry[], filter: QuoteFilter): MessageView {
  const described = describeFilter(filter);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(`Quotes${described}`, LIMITS.embedTitle),
    fields: [],
  };
  const reserve = 200;
  let shown = 0;
  for (const entry of entries.slice(0, QUOTES_PER_MESSAGE)) {
    const field = quoteField(entry);
    if (embedLength(embed) + field.name.length + field.value.length + reserve > LIMITS.embedTotal) {
      break;
    }
    embed.fields?.push(field);
    shown += 1;
  }
  const more = entries.length - shown;
  embed.footer = {
    text:
      more > 0
        ? `Showing ${shown} of ${entries.length} quotes · narrow it with speaker: or about:`
        : `${entries.length} ${entries.length === 1 ? 'quote' : 'quotes'}, verbatim`,
  };
  return { embeds: [fitEmbed(embed)], components: [], ephemeral: false };
}

function describeFilter(filter: QuoteFilter): string {
  const parts: string[] = [];
  if (filter.speaker?.trim()) parts.push(` by ${plain(filter.speaker.trim())}`);
  if (filter.about?.trim()) parts.push(` about “${plain(filter.about.trim())}”`);
  return parts.join('');
}
