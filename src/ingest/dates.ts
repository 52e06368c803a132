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
/** "Saturday, " of "Saturday, April 19", "Saturday 19 April": the weekday that fixes the year of a date. */
const WEEKDAY_BEFORE = `(?:${WEEKDAY},?\\s+)?`;
/** Start of each part of a month, for deciding whether it lies before the publication date. */
const PART_START: Record<Part, number> = { early: 1, mid: 11, late: 21 };

/** A recognizer: its pattern, and how a match becomes a date given the publication day. */
interface Rule {
  pattern: RegExp;
  date(match: RegExpExecArray, published: Day | null, context: Context): NormalizedDate | null;
}

/** What the words around a date say of it, where the date itself gives no year. */
interface Context {
  /** The sentence speaks of what is to come ("is due on April 24", "We'll know more on Monday"). */
  future: boolean;
  /** The sentence puts the date behind it ("since March 3", "ten days earlier"). */
  past: boolean;
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
    // "Saturday, May 10": readers ask for the day as the article names it, weekday and all.
    pattern: new RegExp(`\\b${WEEKDAY_BEFORE}${MONTH}\\s+${DAY}\\b`, 'g'),
    date: (m, published, context) =>
      inferredDay(monthNumber(m[2]), Number(m[3]), published, context, weekdayNumber(m[1])),
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY_BEFORE}${DAY}\\s+${MONTH}(?=[\\s,.;:!?)]|$)`, 'g'),
    date: (m, published, context) =>
      inferredDay(monthNumber(m[3]), Number(m[2]), published, context, weekdayNumber(m[1])),
  },
  {
    pattern: new RegExp(`\\b${PART}[\\s-]+${MONTH}(?=[\\s,.;:!?)—–]|$)`, 'g'),
    date: (m, published, { future }) => {
      const monthNo = monthNumber(m[2]);
      const part = partOf(m[1]);
      const year = published && inferYear(monthNo, PART_START[part], published, future);
      return year ? partOfMonth(year, monthNo, part, true) : UNKNOWN;
    },
  },
  {
    pattern: new RegExp(`\\b${MONTH_PREPOSITION}\\s+${MONTH}(?=[\\s,.;:!?)—–]|$)`, 'g'),
    date: (m, published, { future }) => {
      const monthNo = monthNumber(m[1]);
      // Ahead, the publication's own month is still to come: counted from the publication day.
      const year = published && inferYear(monthNo, future ? published.day : 1, published, future);
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
    // "on Saturday, April 19" is dated by its day of the month, the rule above.
    pattern: new RegExp(
      `\\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\\s+${WEEKDAY}\\b(?!,?\\s+(?:\\d|${MONTH}))`,
      'g',
    ),
    date: (m, published, { future }) => {
      if (!published) return UNKNOWN;
      const name = m[1] ?? '';
      if (/^next/i.test(m[0])) return nearestWeekday(name, published, 1, true);
      if (/^last/i.test(m[0])) return nearestWeekday(name, published, -1, true);
      return nearestWeekday(name, published, future ? 1 : -1, false);
    },
  },
  {
    pattern:
      /\b(?:recently|yesterday|today|tomorrow|(?:earlier\s+)?(?:this|last|next)\s+(?:week|month|year))\b/gi,
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
  tense: TenseWords,
): DateMention[] {
  const published = publishedIso ? parseDay(publishedIso) : null;
  const regularPast = regularPastPattern(tense);
  const irregularPast = irregularPastPattern(tense);
  const toldAsPast = (clause: string) => regularPast.test(clause) || irregularPast.test(clause);
  const found: DateMention[] = [];
  for (const passage of passages) {
    const taken: [number, number][] = [];
    for (const rule of RULES) {
      for (const match of passage.text.matchAll(rule.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some(([s, e]) => start < e && s < end)) continue;
        const date = rule.date(
          match as RegExpExecArray,
          published,
          contextOf(passage.text, start, end, toldAsPast),
        );
        if (!date) continue;
        taken.push([start, end]);
        found.push({ passage: passage.n, start, end, when: match[0], date });
      }
    }
  }
  return found.sort((a, b) => a.passage - b.passage || a.start - b.start);
}

/** The words around a date: whether its clause looks ahead, or is told in the past. */
function contextOf(
  text: string,
  start: number,
  end: number,
  toldAsPast: (clause: string) => boolean,
): Context {
  const before = text.slice(0, start);
  // Only the date's own clause: "…will have to boil water until Saturday, the utility said on
  // Wednesday" tells on Wednesday what is still to come, itself past.
  const clause = before.slice(before.search(CLAUSE_TAIL));
  const after = text.slice(end).split(CLAUSE_END)[0] ?? '';
  return {
    future: FUTURE_CUE.test(clause) || isDeadline(clause, text.slice(start, end), after),
    past: PAST_CUE.test(clause) || toldAsPast(clause) || toldAsPast(after),
  };
}

/** The clause up to a point: from just after the last full stop, comma or dash before it. */
const CLAUSE_TAIL = /(?<=[.!?,;:—–]["”’]?\s)[^.!?,;:—–]*$|^[^.!?,;:—–]*$/;
/**
 * Words that put what a sentence tells in the time to come: "will", "is
 * due", "next", "scheduled", "expected to", "until"; "We'll"; "would" of
 * reported speech ("said she would meet them on Friday"), not "would have".
 * "Was due", "had been due" look ahead from a time already past.
 */
const FUTURE_CUE =
  /(?:\b(?:will|shall|would(?!\s+have\b)|next(?! (?:day|morning|afternoon|evening))|(?<!\b(?:was|were|been)\s+)due|scheduled|upcoming|expected to|set to|plans? to|tomorrow)\b|['’]ll\b)/i;

/**
 * A month, or part of one, given as a deadline: "a final report by the end of
 * June", "to reopen by November". Without a year, a deadline is one still to
 * meet, unless the clause says it had been met ("had fallen by the end of June").
 */
function isDeadline(clause: string, when: string, after: string): boolean {
  const by = /^by\s/i.test(when) || /\bby\s+$/i.test(clause);
  return by && MONTH_NAMED.test(when) && !/\bhad\b/i.test(`${clause} ${after}`);
}

const MONTH_NAMED = new RegExp(`\\b${MONTH}`);

/** Words that put a date behind the sentence's time: "since", "last", "earlier", "ago". */
const PAST_CUE = /\b(?:since|last|earlier|ago|previous|previously|former|formerly)\b/i;
/** Words before a past form that make it present or to come ("is expected", "will be held"). */
const MADE_PRESENT = '(?<!\\b(?:is|are|be|been|being|will|would|to|has|have)\\s+)';
/**
 * A clause after the date told in the simple past ("On March 9 the council
 * voted", "…, when they were…"): "was", "had", "did", or a verb in "-ed" that
 * no "is", "be" or "will" makes present or to come ("is expected"). Not a
 * word of saying ("officials announced the hearing is on May 4" tells when
 * it was said), nor a participle a determiner makes an adjective ("the
 * delayed vote on May 4"). An irregular verb ("met") is
 * {@link irregularPastPattern}'s.
 */
function regularPastPattern({ saying }: TenseWords): RegExp {
  const reporting = saying.filter((word) => /^\p{Ll}{2,}ed$/u.test(word));
  const notSaying = reporting.length > 0 ? `(?!(?:${reporting.join('|')})\\b)` : '';
  return new RegExp(
    `\\b(?:was|were|had|did)\\b|${MADE_PRESENT}${NOT_ADJECTIVE}\\b${notSaying}\\p{Ll}{2,}ed\\b`,
    'iu',
  );
}

/** A determiner before an "-ed" word makes it an adjective: "the delayed vote", "a planned strike". */
const NOT_ADJECTIVE = '(?<!\\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\\s+)';

/** What a clause's tense is read by, from general English. */
export interface TenseWords {
  /** Irregular verb forms and their base (`irregular.txt`): "met" → "meet". */
  irregularForms: ReadonlyMap<string, string>;
  /** Words of saying (`language.json`'s `cues.saying`): "said", "told". */
  saying: readonly string[];
}

/**
 * The bases whose forms the sentence's other words decide: "been", "are",
 * "could" tell no time of their own ("was", "had" and "did" do, in
 * {@link TOLD_AS_PAST}).
 */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'be',
  'have',
  'do',
  'can',
  'may',
  'will',
  'shall',
]);

/**
 * An irregular verb telling its clause in the past as a verb in "-ed" does
 * ("the board met", "the strike began", "a hearing held"), in lowercase: "the
 * Fed" is no verb. Of general English's irregular forms, those in "-s"
 * ("is", "goes") are present, those in "-ing" of no time, and an auxiliary's
 * ("been", "could") are left to the words around it. So is a word of saying:
 * "officials said the hearing is on May 4" tells when it was said, not when
 * the hearing is.
 */
function irregularPastPattern({ irregularForms, saying }: TenseWords): RegExp {
  const reporting = new Set(saying);
  const past = [...irregularForms]
    .filter(
      ([form, base]) => !/(?:s|ing)$/.test(form) && !AUXILIARIES.has(base) && !reporting.has(form),
    )
    .map(([form]) => form);
  // No form at all is no pattern: an empty alternation would match every clause.
  if (past.length === 0) return NEVER;
  return new RegExp(`${MADE_PRESENT}\\b(?:${past.join('|')})\\b`, 'u');
}

const NEVER = /(?!)/;

/** Where a date's clause ends after it. */
const CLAUSE_END = /[.!?,;:—–]/;

/**
 * A bare day this soon after publication is the one to come, cue or no cue:
 * "summoned to a hearing on November 20" in mid-October is next month's,
 * not last year's, which the article would have given its year.
 */
const SOON_AFTER_DAYS = 92;

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

function inferredDay(
  monthNo: number,
  day: number,
  published: Day | null,
  { future, past }: Context,
  named: number | null,
): NormalizedDate | null {
  if (day < 1 || day > 31) return null;
  if (!published) return UNKNOWN;
  // "Saturday, April 19": the year, near publication, in which that day is a Saturday.
  // Within days of publication no other year is meant, whatever the weekday says:
  // "on Wednesday and Thursday, March 12 and 13" names the 12th's weekday and the 13th's.
  const years = isWithinDays(monthNo, day, published, WEEKDAY_SLIP_DAYS)
    ? [published.year]
    : [published.year, published.year + (future ? 1 : -1), published.year + (future ? -1 : 1)];
  const fitting =
    named === null
      ? undefined
      : years.find(
          (year) =>
            isRealDay({ year, month: monthNo, day }) &&
            weekday({ year, month: monthNo, day }) === named,
        );
  let year = fitting ?? inferYear(monthNo, day, published, future);
  if (fitting === undefined && !future && !past && isSoonAfter(monthNo, day, published)) {
    year = published.year;
  }
  // February 29 only exists in leap years; walk back to the latest one.
  for (let tries = 0; tries < 8 && !isRealDay({ year, month: monthNo, day }); tries++) year--;
  const value = { year, month: monthNo, day };
  return isRealDay(value) ? { value: formatDay(value), precision: 'day', inferred: true } : null;
}

/** Whether `month`/`day` of the publication's year lies after it, by {@link SOON_AFTER_DAYS} at most. */
function isSoonAfter(monthNo: number, day: number, published: Day): boolean {
  const coming = { year: published.year, month: monthNo, day };
  if (!isRealDay(coming)) return false;
  const days = (toDate(coming).getTime() - toDate(published).getTime()) / DAY_MS;
  return days > 0 && days <= SOON_AFTER_DAYS;
}

const DAY_MS = 86_400_000;

/** How near publication a date lies whose weekday cannot move it to another year. */
const WEEKDAY_SLIP_DAYS = 14;

/** Whether `month`/`day` of the publication's year lies within `days` of it, either side. */
function isWithinDays(monthNo: number, day: number, published: Day, days: number): boolean {
  const near = { year: published.year, month: monthNo, day };
  if (!isRealDay(near)) return false;
  return Math.abs(toDate(near).getTime() - toDate(published).getTime()) / DAY_MS <= days;
}

/**
 * The latest year in which `month`/`day` is not after the publication day;
 * for a sentence looking ahead, the first in which it is not before it.
 */
function inferYear(monthNo: number, day: number, published: Day, future = false): number {
  if (future) {
    const before =
      monthNo < published.month || (monthNo === published.month && day < published.day);
    return before ? published.year + 1 : published.year;
  }
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
    case 'tomorrow':
      return { value: formatDay(addDays(published, 1)), precision: 'day', inferred: true };
    case 'next month': {
      const following = published.month === 12 ? 1 : published.month + 1;
      return month(published.month === 12 ? published.year + 1 : published.year, following, true);
    }
    case 'next year':
      return { value: String(published.year + 1), precision: 'year', inferred: true };
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

/**
 * The nearest such weekday to the publication day, counting `step` days at
 * a time: back for "on Monday" said of the past (the publication day itself
 * included) and "last Monday" (`strictly` before it), ahead for "on Monday"
 * looking ahead and "next Monday" (`strictly` after it).
 */
function nearestWeekday(
  name: string,
  published: Day,
  step: 1 | -1,
  strictly: boolean,
): NormalizedDate {
  const wanted = weekdayNumber(name);
  let day = strictly ? addDays(published, step) : published;
  for (let i = 0; i < 7 && weekday(day) !== wanted; i++) day = addDays(day, step);
  return { value: formatDay(day), precision: 'day', inferred: true };
}

/** Sunday 0, as `Date.getUTCDay()` counts; null for no weekday. */
function weekdayNumber(name: string | undefined): number | null {
  const index = WEEKDAYS.indexOf((name ?? '').toLowerCase() as (typeof WEEKDAYS)[number]);
  return index < 0 ? null : index;
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
