/**
 * The one table of month and weekday names: what the engine tells dates by,
 * and what ingest reads dates with. General English, the same for every story.
 */

/** Month names in calendar order, lowercase. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Any month's name, as one regular-expression group. */
export const MONTH_SOURCE = `(?:${MONTHS.join('|')})`;

/** Weekday names, Sunday first as `Date.getUTCDay()` counts them. */
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/**
 * A season a text dates by, as a regular-expression source with no group:
 * "last summer", "this autumn", "in the spring", "since the autumn before
 * last", "by late winter". Only after a word setting it in time: "spring"
 * and "fall" alone are water and a drop, and "winter fuel payments" names
 * no time. Not after "from" ("recruit pupils from the autumn"), which sets
 * when something else is to start; "fall" only after "last", "this" or
 * "next" ("in the fall of the government").
 */
export const SEASON_DATE_SOURCE =
  '(?:last|this|next|early|late|in|by|until|since) (?:the )?(?:early |late )?(?:spring|summer|autumn|winter)|(?:last|this|next) fall';

/**
 * A year as a news story writes one, 1800 to 2099, as a regular-expression
 * source with no group: "1978", "2015". Smaller four-digit numbers are
 * counts or figures.
 */
export const YEAR_SOURCE = '(?:1[89]|20)\\d\\d';

/** A calendar name as an article writes it: "january" → "January". */
export function capitalised(name: string): string {
  return name[0]?.toUpperCase() + name.slice(1);
}

/** "January|February|…" for a regular expression, capitalised as an article writes them. */
export function capitalisedAlternatives(names: readonly string[]): string {
  return names.map(capitalised).join('|');
}

/**
 * Short forms of the month names, as an article writes them before a point
 * ("Dec. 8", "Sept. 3"): the first three letters, and "sept" besides.
 * May is always written whole.
 */
export const MONTH_SHORT_FORMS: readonly string[] = [
  ...MONTHS.filter((name) => name !== 'may').map((name) => name.slice(0, 3)),
  'sept',
];
