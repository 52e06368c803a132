/**
 * The one sentence splitter: the engine cuts passages into sentence units
 * with it, and ingest finds the sentence around a name, a quote or a date.
 * It keeps offsets, so every sentence stays verbatim.
 */

import { CLOCK_ABBREVIATIONS, POINT_ABBREVIATIONS } from './abbreviations.ts';
import { capitalisedAlternatives, MONTH_SHORT_FORMS, MONTHS, WEEKDAYS } from './calendar.ts';
import { findQuoteMarks, type Span, withoutQuotes } from './quote-marks.ts';

/**
 * A sentence may end at a point, "!" or "?", with any closing quote or
 * bracket after it, where the next sentence opens: a capital or a digit,
 * perhaps after an opening quote or bracket.
 */
const BOUNDARY = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
/** A day or month just after a clock time: "at 6 p.m. Sunday", "at 9 a.m. Jan. 4" are one time each. */
const DATE_NEXT = new RegExp(
  `\\s+(?:(?:${capitalisedAlternatives([...WEEKDAYS, ...MONTHS])})(?![\\p{L}\\p{N}])|(?:${capitalisedAlternatives(MONTH_SHORT_FORMS)})\\.)`,
  'uy',
);
/** "J", "J.R.R", "U.S": initials, of a name or of a country, before their last point. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const WORD_OR_POINT = /[\p{L}.]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How to cut. */
export interface SplitOptions {
  /**
   * Cut inside a quotation too, where its own sentences end: `"We voted.
   * Residents deserve to know," she said.` gives two sentences, not one.
   */
  insideQuotes?: boolean;
}

/**
 * Sentences of a passage, trimmed, with their offsets. Not cut after a short
 * form with a point ("Dr.", "St.", "Dec.", "e.g."), an initial ("J. Smith",
 * "U.S."), or a clock time a day or month follows ("6 p.m. Sunday"); nor,
 * unless asked, inside a quotation, so a quoted remark of several sentences
 * stays with its "she said".
 */
export function sentenceSpans(text: string, options: SplitOptions = {}): Span[] {
  const quotes = options.insideQuotes === true ? [] : findQuoteMarks(text).quotes;
  const spans: Span[] = [];
  let start = 0;
  let quote = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    // The last mark of the boundary: a closing quote ends its quotation.
    const last = end - 1;
    while (quote < quotes.length && (quotes[quote]?.outer.end ?? 0) - 1 <= last) quote++;
    const open = quotes[quote];
    if (open && open.outer.start < last) continue;
    if (text[match.index] === '.' && pointBelongsToWord(text, start, match.index, end)) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/**
 * The engine's sentence units of a passage: cut inside quotations too, as
 * each sentence of a quoted remark answers on its own. Kept whole, a remark
 * of several sentences is one long unit that matches each of them less
 * closely: measured 2026-12-02, the bundled article ingested fresh answered
 * 3 questions fewer directly (its three-sentence quotation) for 3 more
 * within one click and the top-ranked unit right 77.0 → 77.2% (69 → 74% on
 * the flood report); cut, no set lost anything.
 */
export function unitSpans(text: string): Span[] {
  return sentenceSpans(text, { insideQuotes: true });
}

/** The texts of {@link unitSpans}. */
export function unitSentences(text: string): string[] {
  return unitSpans(text).map((span) => span.text);
}

/** A sentence unit, and the same stretch with the passage's quotations blanked. */
export interface UnitSentence {
  text: string;
  /** What the writer says in it, apart from what they quote: spaces where a quotation runs. */
  unquoted: string;
}

/**
 * The sentence units of a passage with the writer's own words beside them.
 * Quotations are blanked across the whole passage before it is cut: a unit
 * cut inside a quotation holds one quote mark, and blanking it alone would
 * take the writer's words for the quoted ones.
 */
export function unitSentencesWithQuotes(text: string): UnitSentence[] {
  const unquoted = withoutQuotes(text);
  return unitSpans(text).map((span) => ({
    text: span.text,
    unquoted: unquoted.slice(span.start, span.end),
  }));
}

/** Whether the point at `point` belongs to the word before it, not to the sentence. */
function pointBelongsToWord(text: string, from: number, point: number, end: number): boolean {
  let wordStart = point;
  while (wordStart > from && WORD_OR_POINT.test(text[wordStart - 1] ?? '')) wordStart--;
  // "the 21st. Then…": a word glued to a number is no short form.
  if (wordStart > 0 && LETTER_OR_DIGIT.test(text[wordStart - 1] ?? '')) return false;
  const word = text.slice(wordStart, point);
  if (word === '') return false;
  if (POINT_ABBREVIATIONS.has(word) || POINT_ABBREVIATIONS.has(word.toLowerCase())) return true;
  if (INITIALS.test(word)) return true;
  if (CLOCK_ABBREVIATIONS.has(word.toLowerCase())) {
    DATE_NEXT.lastIndex = end;
    return DATE_NEXT.test(text);
  }
  return false;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed !== '')
    spans.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
}
