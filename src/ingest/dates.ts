import {
  capitalisedAlternatives,
  MONTH_SHORT_FORMS,
  MONTHS,
  WEEKDAYS,
  YEAR_SOURCE,
} from '../engine/calendar.ts';
import type { NormalizedDate, Passage } from '../knowledge/schema.ts';

/** A date expression in a passage, normalized as far as the text (and the publication date) allows. */
export interface DateMention {
  passage: number;
  start: number;
  end: number;
  /** Verbatim, as the article words it: "December 8", "late January", "in 2015", "recently". */
  when: string;
  date: NormalizedDate;
}

/** A calendar day, `month` 1-12. */
interface Day {
  year: number;
  month: number;
  day: number;
}

type Part = 'early' | 'mid' | 'late';

const MONTH = `(${capitalisedAlternatives(MONTHS)}|(?:${capitalisedAlternatives(MONTH_SHORT_FORMS)})\\.)`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// A year, not a decade ("1990s"), a share or a longer number.
const YEAR = `(${YEAR_SOURCE})(?!\\d|s\\b|%)`;
const PART = '([Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he )?(?:end|beginning|start|middle) of)';
const PREPOSITION =
  '(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter)\\s+)?';
const MONTH_PREPOSITION =
  '(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ll]ast|[Tt]his)';
const WEEKDAY = `(${capitalisedAlternatives(WEEKDAYS)})`;
/** Start of each part of a month, for deciding whether it lies before the publication date. */
const PART_START: Record<Part, number> = { early: 1, mid: 11, late: 21 };

/** A recognizer: its pattern, and how a match becomes a date given the publication day. */
interface Rule {
  pattern: RegExp;
  date(match: RegExpExecArray, published: Day | null): NormalizedDate | null;
}

const UNKNOWN: NormalizedDate = { value: null, precision: 'unknown', inferred: false };

/** Most specific first: "December 8, 2024" must not also count as "December 8" or "2024". */
const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'g'),
    date: (m) => explicitDay(m[3], m[1], m[2]),
  },
  {
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}`, 'g'),
    date: (m) => explicitDay(m[3], m[2], m[1]),
  },
  {
    pattern: new RegExp(`\\b${PART}[\\s-]+${MONTH},?\\s+${YEAR}`, 'g'),
    date: (m) => partOfMonth(Number(m[3]), monthNumber(m[2]), partOf(m[1]), false),
  },
  {
    pattern: new RegExp(`${PREPOSITION}\\b${MONTH},?\\s+${YEAR}`, 'g'),
    date: (m) => month(Number(m[2]), monthNumber(m[1]), false),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}\\b`, 'g'),
    date: (m, published) => inferredDay(monthNumber(m[1]), Number(m[2]), published),
  },
  {
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH}(?=[\\s,.;:!?)]|$)`, 'g'),
    date: (m, published) => inferredDay(monthNumber(m[2]), Number(m[1]), published),
  },
  {
    pattern: new RegExp(`\\b${PART}[\\s-]+${MONTH}(?=[\\s,.;:!?)—–]|$)`, 'g'),
    date: (m, published) => {
      const monthNo = monthNumber(m[2]);
      const part = partOf(m[1]);
      const year = published && inferYear(monthNo, PART_START[part], published);
      return year ? partOfMonth(year, monthNo, part, true) : UNKNOWN;
    },
  },
  {
    pattern: new RegExp(`\\b${MONTH_PREPOSITION}\\s+${MONTH}(?=[\\s,.;:!?)—–]|$)`, 'g'),
    date: (m, published) => {
      const monthNo = monthNumber(m[1]);
      const year = published && inferYear(monthNo, 1, published);
      return year ? month(year, monthNo, true) : UNKNOWN;
    },
  },
  {
    pattern: new RegExp(
      `(?<![$€£\\d.,])\\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?${YEAR}`,
      'g',
    ),
    date: (m) => ({ value: m[1] ?? '', precision: 'year', inferred: false }),
  },
  {
    pattern: new RegExp(`\\b(?:[Oo]n|[Ll]ast)\\s+${WEEKDAY}\\b`, 'g'),
    date: (m, published) =>
      published ? lastWeekday(m[1] ?? '', published, /^last/i.test(m[0])) : UNKNOWN,
  },
  {
    pattern:
      /\b(?:recently|yesterday|today|(?:earlier\s+)?(?:this|last)\s+(?:week|month|year))\b/gi,
    date: (m, published) => relative(m[0].toLowerCase().replace(/\s+/g, ' '), published),
  },
];

/**
 * Every date expression in the passages. Without a year in the text, the
 * year comes from the publication date — the latest such date not after it
 * — and is marked inferred; with no publication date it cannot be known.
 */
export function findDates(
  passages: readonly Passage[],
  publishedIso: string | null,
): DateMention[] {
  const published = publishedIso ? parseDay(publishedIso) : null;
  const found: DateMention[] = [];
  for (const passage of passages) {
    const taken: [number, number][] = [];
    for (const rule of RULES) {
      for (const match of passage.text.matchAll(rule.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some(([s, e]) => start < e && s < end)) continue;
        const date = rule.date(match as RegExpExecArray, published);
        if (!date) continue;
        taken.push([start, end]);
        found.push({ passage: passage.n, start, end, when: match[0], date });
      }
    }
  }
  return found.sort((a, b) => a.passage - b.passage || a.start - b.start);
}

/** The publication date as a day, or null when it is not a real calendar day. */
export function parseDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : null;
}

function explicitDay(
  year: string | undefined,
  monthName: string | undefined,
  day: string | undefined,
): NormalizedDate | null {
  const value = { year: Number(year), month: monthNumber(monthName), day: Number(day) };
  return isRealDay(value) ? { value: formatDay(value), precision: 'day', inferred: false } : null;
}

function inferredDay(monthNo: number, day: number, published: Day | null): NormalizedDate | null {
  if (day < 1 || day > 31) return null;
  if (!published) return UNKNOWN;
  let year = inferYear(monthNo, day, published);
  // February 29 only exists in leap years; walk back to the latest one.
  for (let tries = 0; tries < 8 && !isRealDay({ year, month: monthNo, day }); tries++) year--;
  const value = { year, month: monthNo, day };
  return isRealDay(value) ? { value: formatDay(value), precision: 'day', inferred: true } : null;
}

/** The latest year in which `month`/`day` is not after the publication day. */
function inferYear(monthNo: number, day: number, published: Day): number {
  const after = monthNo > published.month || (monthNo === published.month && day > published.day);
  return after ? published.year - 1 : published.year;
}

function month(year: number, monthNo: number, inferred: boolean): NormalizedDate {
  return { value: `${year}-${pad(monthNo)}`, precision: 'month', inferred };
}

function partOfMonth(year: number, monthNo: number, part: Part, inferred: boolean): NormalizedDate {
  return { value: `${year}-${pad(monthNo)}`, precision: 'part-of-month', part, inferred };
}

function relative(phrase: string, published: Day | null): NormalizedDate {
  if (!published) return UNKNOWN;
  switch (phrase) {
    case 'today':
      return { value: formatDay(published), precision: 'day', inferred: true };
    case 'yesterday':
      return { value: formatDay(addDays(published, -1)), precision: 'day', inferred: true };
    case 'this month':
    case 'earlier this month':
      return month(published.year, published.month, true);
    case 'last month': {
      const previous = published.month === 1 ? 12 : published.month - 1;
      return month(published.month === 1 ? published.year - 1 : published.year, previous, true);
    }
    case 'this year':
    case 'earlier this year':
      return { value: String(published.year), precision: 'year', inferred: true };
    case 'last year':
      return { value: String(published.year - 1), precision: 'year', inferred: true };
    default:
      // "recently", "last week": no date a reader could check.
      return UNKNOWN;
  }
}

/** "on Monday": the latest Monday up to the publication day; "last Monday": strictly before it. */
function lastWeekday(name: string, published: Day, strictlyBefore: boolean): NormalizedDate {
  const wanted = WEEKDAYS.indexOf(name.toLowerCase() as (typeof WEEKDAYS)[number]);
  let day = strictlyBefore ? addDays(published, -1) : published;
  for (let i = 0; i < 7 && weekday(day) !== wanted; i++) day = addDays(day, -1);
  return { value: formatDay(day), precision: 'day', inferred: true };
}

function monthNumber(name: string | undefined): number {
  const prefix = (name ?? '').slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(prefix)) + 1;
}

function partOf(words: string | undefined): Part {
  const lower = (words ?? '').toLowerCase();
  if (lower === 'early' || /beginning|start/.test(lower)) return 'early';
  if (lower === 'late' || /end/.test(lower)) return 'late';
  return 'mid';
}

function toDate(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function isRealDay(day: Day): boolean {
  const date = toDate(day);
  return (
    date.getUTCFullYear() === day.year &&
    date.getUTCMonth() === day.month - 1 &&
    date.getUTCDate() === day.day
  );
}

function addDays(day: Day, days: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function weekday(day: Day): number {
  return toDate(day).getUTCDay();
}

function formatDay(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
