/** Writes to the question log: batches of events, retention, rejections. */
import type { Kysely } from 'kysely';
import {
  type AnswerFeedback,
  cleanQuestion,
  normalizeQuestion,
  type QuestionEvent,
  type QuestionPick,
} from './events.ts';
import type {
  AnswerFeedbackRow,
  AskedQuestionRow,
  QuestionLogTables,
  QuestionPickRow,
} from './tables.ts';

type Db = Kysely<QuestionLogTables>;

/** One queued write. */
export type LogEntry =
  | { kind: 'question'; event: QuestionEvent; at: Date }
  | { kind: 'pick'; pick: QuestionPick; at: Date }
  | { kind: 'feedback'; feedback: AnswerFeedback; at: Date };

/** Writes a batch in one transaction: all of it lands, or none of it. */
export async function writeBatch(db: Db, entries: readonly LogEntry[]): Promise<void> {
  const questions: AskedQuestionRow[] = [];
  const picks: QuestionPickRow[] = [];
  const feedback: AnswerFeedbackRow[] = [];
  for (const entry of entries) {
    if (entry.kind === 'question') questions.push(questionRow(entry.event, entry.at));
    else if (entry.kind === 'pick') picks.push(pickRow(entry.pick, entry.at));
    else feedback.push(feedbackRow(entry.feedback, entry.at));
  }
  await db.transaction().execute(async (tx) => {
    if (questions.length > 0) await tx.insertInto('asked_questions').values(questions).execute();
    if (picks.length > 0) await tx.insertInto('question_picks').values(picks).execute();
    if (feedback.length > 0) await tx.insertInto('answer_feedback').values(feedback).execute();
  });
}

function questionRow(event: QuestionEvent, at: Date): AskedQuestionRow {
  const question = cleanQuestion(event.question);
  return {
    asked_at: event.askedAt ?? at,
    guild_id: event.guildId,
    source: event.source,
    question,
    normalized: normalizeQuestion(question),
    outcome: event.outcome,
    unit_kind: event.unit?.kind ?? null,
    unit_id: event.unit?.id ?? null,
    confidence: Number.isFinite(event.confidence) ? event.confidence : 0,
    suggestions: JSON.stringify(event.suggestions.map(cleanQuestion)),
    alternatives: JSON.stringify(event.alternatives.map(cleanQuestion)),
  };
}

function pickRow(pick: QuestionPick, at: Date): QuestionPickRow {
  const question = cleanQuestion(pick.question);
  return {
    picked_at: pick.pickedAt ?? at,
    guild_id: pick.guildId,
    source: pick.source,
    question,
    normalized: normalizeQuestion(question),
    pair_id: pick.pairId,
  };
}

function feedbackRow(feedback: AnswerFeedback, at: Date): AnswerFeedbackRow {
  return {
    judged_at: feedback.judgedAt ?? at,
    guild_id: feedback.guildId,
    unit_kind: feedback.unit.kind,
    unit_id: feedback.unit.id,
    helpful: feedback.helpful,
  };
}

/** Deletes everything older than `days` days before `now`; returns how many rows went. */
export async function purgeOlderThan(db: Db, days: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const results = await Promise.all([
    db.deleteFrom('asked_questions').where('asked_at', '<', cutoff).executeTakeFirst(),
    db.deleteFrom('question_picks').where('picked_at', '<', cutoff).executeTakeFirst(),
    db.deleteFrom('answer_feedback').where('judged_at', '<', cutoff).executeTakeFirst(),
    db.deleteFrom('rejected_questions').where('rejected_at', '<', cutoff).executeTakeFirst(),
  ]);
  return results.reduce((sum, result) => sum + Number(result.numDeletedRows), 0);
}

/** Hides a question (and every near-identical one) from later reviews. */
export async function rejectQuestion(db: Db, question: string, now: Date): Promise<void> {
  const clean = cleanQuestion(question);
  await db
    .insertInto('rejected_questions')
    .values({ normalized: normalizeQuestion(clean), question: clean, rejected_at: now })
    .onConflict((conflict) =>
      conflict.column('normalized').doUpdateSet({ question: clean, rejected_at: now }),
    )
    .execute();
}
