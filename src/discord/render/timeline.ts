import type { APIEmbed } from 'discord.js';
import { ButtonStyle } from 'discord.js';
import type { TimelineEntry } from '../../engine/views.ts';
import { LIMITS } from './limits.ts';
import { paragraphMark, plain, truncate } from './text.ts';
import { buttonRows, EMBED_COLOR, fitEmbed, type MessageView } from './view.ts';

/**
 * Events per page. Small on purpose: a timeline reads best a few events at
 * a time, and the bundled story's six events then show paging for real.
 */
export const TIMELINE_PAGE_SIZE = 4;

const EVENT_BUDGET = 900;
const PAGE_BUDGET = LIMITS.embedDescription - 100;

/** What a timeline page needs besides its events. */
export interface TimelinePageOptions {
  storyTitle: string;
  /** Custom id of the button that shows page `page`. */
  pageButton(page: number): string;
  pageSize?: number;
}

/** "December 8 (2024, inferred year)": the article's words, then what was deduced. */
export function eventDate(entry: TimelineEntry): string {
  const when = `**${plain(entry.when)}**`;
  if (!entry.date.inferred) return when;
  const year = entry.date.value?.slice(0, 4);
  return year ? `${when} (${year}, inferred year)` : `${when} (inferred year)`;
}

/** One line per event: date as worded, what happened, and where the article says so. */
export function eventLine(entry: TimelineEntry, showOutlet: boolean): string {
  const where = showOutlet
    ? `${plain(entry.citation.outlet)} ${paragraphMark(entry.citation.passage)}`
    : paragraphMark(entry.citation.passage);
  return truncate(`${eventDate(entry)} — ${plain(entry.summary)} · ${where}`, EVENT_BUDGET);
}

/**
 * Splits events into pages of at most `pageSize` events whose lines fit one
 * embed description, so very long events push the rest to the next page.
 */
export function timelinePages(
  entries: readonly TimelineEntry[],
  pageSize: number = TIMELINE_PAGE_SIZE,
): TimelineEntry[][] {
  const showOutlet = spansSources(entries);
  const pages: TimelineEntry[][] = [];
  let page: TimelineEntry[] = [];
  let length = 0;
  for (const entry of entries) {
    const lineLength = eventLine(entry, showOutlet).length + 2;
    if (page.length > 0 && (page.length >= pageSize || length + lineLength > PAGE_BUDGET)) {
      pages.push(page);
      page = [];
      length = 0;
    }
    page.push(entry);
    length += lineLength;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** How many pages the timeline has; at least one, even when empty. */
export function timelinePageCount(entries: readonly TimelineEntry[], pageSize?: number): number {
  return Math.max(1, timelinePages(entries, pageSize).length);
}

/** One page of the timeline, with previous and next buttons when there is more than one. */
export function timelineView(
  entries: readonly TimelineEntry[],
  page: number,
  options: TimelinePageOptions,
): MessageView {
  const pages = timelinePages(entries, options.pageSize);
  const showOutlet = spansSources(entries);
  const last = Math.max(0, pages.length - 1);
  const current = Math.min(Math.max(0, page), last);
  const events = pages[current] ?? [];
  const outlets = [...new Set(entries.map((e) => e.citation.outlet))].join(', ');
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(`Timeline: ${plain(options.storyTitle)}`, LIMITS.embedTitle),
    description:
      events.length > 0
        ? events.map((e) => eventLine(e, showOutlet)).join('\n\n')
        : 'The article gives no dated events.',
    footer: {
      text: truncate(
        `${pages.length > 1 ? `Page ${current + 1} of ${pages.length} · ` : ''}Dates as the article words them · ${outlets}`,
        LIMITS.footer,
      ),
    },
  };
  const components =
    pages.length > 1
      ? buttonRows([
          {
            customId: options.pageButton(Math.max(0, current - 1)),
            label: '◀ Earlier',
            disabled: current === 0,
          },
          {
            customId: options.pageButton(current === last ? last : current + 1),
            label: 'Later ▶',
            style: ButtonStyle.Primary,
            disabled: current === last,
          },
        ])
      : [];
  return { embeds: [fitEmbed(embed)], components, ephemeral: false };
}

function spansSources(entries: readonly TimelineEntry[]): boolean {
  return new Set(entries.map((e) => e.citation.sourceId)).size > 1;
}
