import { MONTHS, WEEKDAYS } from './calendar.ts';
import { givesClockTime, givesTimeOfDay, partsOfDayNamedIn } from './intent.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import type { RankedUnit, UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { SCORING } from './tuning.ts';

/**
 * "What time of day", "what time of the day": a part of the day answers it
 * as well as the clock ("on Tuesday afternoon").
 */
const ASKS_PART_OF_DAY = /\btime of (?:the )?day\b/u;

/**
 * Words that only set a question in time ("what time does the tesco close on
 * sundays", "what time does the uk clocks go back this year"): a sentence
 * sharing only these with the question tells of nothing it asks.
 */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...WEEKDAYS.map((day) => `${day}s`),
  'time',
  'times',
  'clock',
  'clocks',
  'hour',
  'hours',
  'day',
  'days',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'week',
  'weekend',
  'month',
  'year',
  'now',
]);

/** What {@link clockTimeFit} reads of the story's units. */
export interface ClockReading {
  /** A unit's own text, or null for a curated answer. */
  textOf: (unit: number) => string | null;
  /** Whether a unit holds a word as the reader typed it, or a word standing in for it. */
  holds: (unit: number, word: string) => boolean;
  /** Whether a word is filler (a stopword). */
  isFiller: (word: string) => boolean;
}

/**
 * For a "what time" question (`time-of-day` need), whether a unit gives the
 * hour on the clock rather than only a part of the day: "what time was high
 * tide" is answered by "High water came at 8.47pm", not by "refloated on the
 * evening high tide", though both tell a time of day and the second holds
 * more of the reader's words. A unit saying a part of the day and no clock
 * time is held to it; one saying no time at all is already demoted by the
 * need itself, and a curated answer (no text of its own) is trusted.
 *
 * Null, so nothing is held against any unit, for any other question, for a
 * "what time of day" (a part of the day is what it asks), and where no
 * ranked unit giving a clock time contends: one scoring within one
 * demotion (`SCORING.unfitAnswerFactor`) of the best and holding a word of
 * the question besides those setting it in time (a weekday, "time",
 * "clocks"). Then a part of the day is the best the article tells of what
 * was asked ("before lunchtime"), or the question is about something else
 * ("what time does the tesco close on sundays" of "Sunday's game began at 4pm").
 */
export function clockTimeFit(
  question: string,
  need: string | null,
  ranked: readonly RankedUnit[],
  reading: ClockReading,
): UnitFit {
  const folded = foldText(question);
  if (need !== 'time-of-day' || ASKS_PART_OF_DAY.test(folded)) return null;
  const asked = words(folded).filter(
    (word) => !reading.isFiller(word) && !QUESTION_WORDS.has(word) && !TIME_WORDS.has(word),
  );
  if (asked.length === 0) return null;
  const bar = (ranked[0]?.score ?? 0) * SCORING.unfitAnswerFactor;
  const contends = (r: RankedUnit) => {
    if (r.score < bar) return false;
    const text = reading.textOf(r.unit);
    return (
      text !== null && givesClockTime(text) && asked.some((word) => reading.holds(r.unit, word))
    );
  };
  const clock = ranked.find(contends);
  if (clock === undefined) return null;
  // Only those ranked ahead of the clock time are put behind it: demoting
  // those already behind would only widen its lead over the rest, which
  // the decision reads as a sign the question is the article's.
  const ahead = new Set(ranked.filter((r) => r.score > clock.score).map((r) => r.unit));
  // "What time did he arrive that night": the night is the reader's, not an answer.
  const named = partsOfDayNamedIn(question);
  return (unit) => {
    if (!ahead.has(unit)) return true;
    const text = reading.textOf(unit);
    return text === null || givesClockTime(text) || !givesTimeOfDay(text, named);
  };
}
