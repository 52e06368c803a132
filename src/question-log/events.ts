/**
 * What the question log records, as plain data any transport can build.
 * Nothing here names a user or a message: the types have no field for them.
 */
import type { Answer } from '../engine/answer.ts';
import { tidy, withoutMentions, words } from '../engine/text.ts';
import type { QuestionOutcome, QuestionSource, UnitKind } from './tables.ts';

/** Longest question kept; a runaway message is stored cut short. */
export const MAX_LOGGED_QUESTION_CHARS = 1000;

/** The unit an answer came from, as in `Answer['match']`. */
export interface AnsweredUnit {
  kind: UnitKind;
  id: string;
}

/** One question and what the reader was shown. */
export interface QuestionEvent {
  /** As the reader typed it; the log strips mentions and control characters and truncates it. */
  question: string;
  /** When it was asked; now when left out. */
  askedAt?: Date;
  /** The Discord server, or null (direct message, console, CLI). */
  guildId: string | null;
  source: QuestionSource;
  outcome: QuestionOutcome;
  unit: AnsweredUnit | null;
  confidence: number;
  /** Questions offered because there was no answer. */
  suggestions: readonly string[];
  /** "Did you mean…" questions offered beside an answer. */
  alternatives: readonly string[];
}

/** A reader picked a pair for their question ("Did you mean…", a suggestion button). */
export interface QuestionPick {
  /** The question the reader had asked, as typed. */
  question: string;
  /** Id of the Q&A pair they picked. */
  pairId: string;
  guildId: string | null;
  source: QuestionSource;
  pickedAt?: Date;
}

/** A reader's 👍 or 👎 on an answer. */
export interface AnswerFeedback {
  unit: AnsweredUnit;
  helpful: boolean;
  guildId: string | null;
  judgedAt?: Date;
}

/** Where a question came from, for {@link questionEvent}. */
export interface AskedWhere {
  source: QuestionSource;
  guildId: string | null;
}

/** The event for an answer the engine gave to `asked`. */
export function questionEvent(asked: string, answer: Answer, where: AskedWhere): QuestionEvent {
  return {
    question: asked,
    guildId: where.guildId,
    source: where.source,
    outcome: outcomeOf(answer),
    unit: answer.match,
    confidence: answer.confidence,
    suggestions: answer.suggestions,
    alternatives: answer.alternatives.map((alternative) => alternative.question),
  };
}

/** A gap answer is `unknown` that still names the pair which says what the article leaves open. */
export function outcomeOf(answer: Answer): QuestionOutcome {
  if (answer.status === 'answered') return 'answered';
  return answer.match?.kind === 'qa' ? 'gap' : 'unknown';
}

/** The question fit to store: no mentions, no control characters, at most {@link MAX_LOGGED_QUESTION_CHARS}. */
export function cleanQuestion(text: string): string {
  const clean = tidy(withoutMentions(String(text ?? '')));
  // By code point, so a cut never leaves half an emoji.
  return clean.length <= MAX_LOGGED_QUESTION_CHARS
    ? clean
    : [...clean].slice(0, MAX_LOGGED_QUESTION_CHARS).join('').trimEnd();
}

/** Near-identical questions share this key: the same words once case, accents and punctuation go. */
export function normalizeQuestion(text: string): string {
  return words(text).join(' ');
}
