import type { KnowledgeBase, NormalizedDate } from '../knowledge/schema.ts';
import type { Grounding } from './grounding.ts';
import type { TimelineEntry } from './views.ts';

const PART_ORDER = { early: '1', mid: '2', late: '3' } as const;

/**
 * A sort key that puts a year before its months and a month before its
 * parts and days; events of unknown date go last, in the order written.
 */
export function dateSortKey(date: NormalizedDate): string {
  if (date.value === null) return '~';
  switch (date.precision) {
    case 'year':
      return `${date.value}`;
    case 'month':
      return `${date.value}-0`;
    case 'part-of-month': {
      const partDay = { early: '05', mid: '15', late: '25' }[date.part ?? 'mid'];
      return `${date.value}-${partDay}-${PART_ORDER[date.part ?? 'mid']}`;
    }
    default:
      return `${date.value}-0`;
  }
}

/** Every source's events in date order; sources disagreeing on an event each keep their own entry. */
export function mergedTimeline(kb: KnowledgeBase, grounding: Grounding): TimelineEntry[] {
  const entries = kb.sources.flatMap((source) =>
    source.events.map((event) => ({
      id: event.id,
      when: event.when,
      date: event.date,
      summary: event.summary,
      citation: grounding.citation(source, event.citations[0]?.passage ?? 1),
    })),
  );
  return entries
    .map((entry, order) => ({ entry, order, key: dateSortKey(entry.date) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order))
    .map(({ entry }) => entry);
}
