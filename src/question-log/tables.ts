/**
 * The question log's tables as Kysely sees them. The migrations in
 * `migrations.ts` create them; these types must follow every migration.
 * No column holds a user id, a user name or a message id.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Where a question was asked. */
export const QUESTION_SOURCES = ['slash', 'mention', 'menu', 'button', 'console', 'cli'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

/** What the reader got: an answer, an honest "unknown", or a known gap in the article. */
export const QUESTION_OUTCOMES = ['answered', 'unknown', 'gap'] as const;
export type QuestionOutcome = (typeof QUESTION_OUTCOMES)[number];

/** The kinds of answer unit the engine matches (`Answer['match']['kind']`). */
export type UnitKind = 'qa' | 'entity' | 'sentence';

type Timestamp = ColumnType<Date, Date, Date>;
type JsonTextList = ColumnType<string[], string, string>;

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

export interface QuestionPicksTable {
  id: Generated<string>;
  picked_at: Timestamp;
  guild_id: string | null;
  source: QuestionSource;
  question: string;
  normalized: string;
  pair_id: string;
}

export interface AnswerFeedbackTable {
  id: Generated<string>;
  judged_at: Timestamp;
  guild_id: string | null;
  unit_kind: UnitKind;
  unit_id: string;
  helpful: boolean;
}

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

export type AskedQuestionRow = Insertable<AskedQuestionsTable>;
export type QuestionPickRow = Insertable<QuestionPicksTable>;
export type AnswerFeedbackRow = Insertable<AnswerFeedbackTable>;
export type AskedQuestion = Selectable<AskedQuestionsTable>;
