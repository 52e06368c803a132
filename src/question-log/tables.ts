/**
 * The question log's tables as Kysely sees them. The migrations in
 * `migrations.ts` create them; these types must follow every migration.
 * No column holds a user id, a user name or a message id.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Where a question was asked. */
export const QUESTION_SOURCES = ['slash', 'mention', 'menu', 'button', 'console', 'cli'] as const;
/** One of {@link QUESTION_SOURCES}. */
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

/** What the reader got: an answer, an honest "unknown", or a known gap in the article. */
export const QUESTION_OUTCOMES = ['answered', 'unknown', 'gap'] as const;
/** One of {@link QUESTION_OUTCOMES}. */
export type QuestionOutcome = (typeof QUESTION_OUTCOMES)[number];

/** The kinds of answer unit the engine matches (`Answer['match']['kind']`). */
export type UnitKind = 'qa' | 'entity' | 'sentence';

type Timestamp = ColumnType<Date, Date, Date>;
type JsonTextList = ColumnType<string[], string, string>;

/** `asked_questions`: each question asked, and what the reader was shown. */
export interface AskedQuestionsTable {
  id: Generated<string>;
  asked_at: Timestamp;
  guild_id: string | null;
  source: QuestionSource;
  /** As asked: mentions stripped, control characters removed, truncated. */
  question: string;
  /** Its words folded, for grouping near-identical questions. */
  normalized: string;
  outcome: QuestionOutcome;
  unit_kind: UnitKind | null;
  unit_id: string | null;
  confidence: number;
  suggestions: JsonTextList;
  alternatives: JsonTextList;
}

/** `question_picks`: an offered question a reader clicked, after asking their own. */
export interface QuestionPicksTable {
  id: Generated<string>;
  picked_at: Timestamp;
  guild_id: string | null;
  source: QuestionSource;
  question: string;
  normalized: string;
  pair_id: string;
}

/** `answer_feedback`: a reader's judgement of an answer (helpful or not). */
export interface AnswerFeedbackTable {
  id: Generated<string>;
  judged_at: Timestamp;
  guild_id: string | null;
  unit_kind: UnitKind;
  unit_id: string;
  helpful: boolean;
}

/** `rejected_questions`: questions review was told to stop listing, in every near-identical wording. */
export interface RejectedQuestionsTable {
  normalized: string;
  question: string;
  rejected_at: Timestamp;
}

/** The whole question log schema. */
export interface QuestionLogTables {
  asked_questions: AskedQuestionsTable;
  question_picks: QuestionPicksTable;
  answer_feedback: AnswerFeedbackTable;
  rejected_questions: RejectedQuestionsTable;
}

/** A row of {@link AskedQuestionsTable} as written. */
export type AskedQuestionRow = Insertable<AskedQuestionsTable>;
/** A row of {@link QuestionPicksTable} as written. */
export type QuestionPickRow = Insertable<QuestionPicksTable>;
/** A row of {@link AnswerFeedbackTable} as written. */
export type AnswerFeedbackRow = Insertable<AnswerFeedbackTable>;
/** A row of {@link AskedQuestionsTable} as read back. */
export type AskedQuestion = Selectable<AskedQuestionsTable>;
