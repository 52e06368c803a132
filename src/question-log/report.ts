/** What the editor's HTML report shows beyond the review: days, and the pairs that serve readers best. */
import { type Kysely, sql } from 'kysely';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { buildReview, indexPairs, type Review } from './review.ts';
import type { QuestionLogTables } from './tables.ts';

/** Questions asked on one day (UTC). */
export interface DayCount {
  /** `YYYY-MM-DD` */
  day: string;
  answered: number;
  /** Unknown and gap outcomes: the reader did not get the fact they asked for. */
  notAnswered: number;
}

/** A pair that answered readers, with their 👍 and 👎. */
export interface UsefulPair {
  pair: string;
  question: string;
  answered: number;
  helpful: number;
  unhelpful: number;
}

/** Everything `review report --html` draws. */
export interface ReportData {
  review: Review;
  days: DayCount[];
  useful: UsefulPair[];
  generatedAt: string;
}

/** How many days the chart covers at most (the log keeps QUESTION_LOG_DAYS anyway). */
const MAX_DAYS = 366;
const MAX_USEFUL = 15;

/** Reads the log for the report. */
export async function buildReportData(
  db: Kysely<QuestionLogTables>,
  kb: KnowledgeBase,
  now: Date,
): Promise<ReportData> {
  const index = indexPairs(kb);
  const [review, dayRows, answeredRows, feedbackRows] = await Promise.all([
    buildReview(db, kb),
    db
      .selectFrom('asked_questions')
      .select([
        sql<string>`to_char(asked_at at time zone 'UTC', 'YYYY-MM-DD')`.as('day'),
        sql<number>`(count(*) filter (where outcome = 'answered'))::int`.as('answered'),
        sql<number>`(count(*) filter (where outcome <> 'answered'))::int`.as('not_answered'),
      ])
      .groupBy('day')
      .orderBy('day', 'desc')
      .limit(MAX_DAYS)
      .execute(),
    db
      .selectFrom('asked_questions')
      .select(['unit_id', sql<number>`count(*)::int`.as('count')])
      .where('outcome', '=', 'answered')
      .where('unit_kind', '=', 'qa')
      .groupBy('unit_id')
      .execute(),
    db
      .selectFrom('answer_feedback')
      .select([
        'unit_id',
        sql<number>`(count(*) filter (where helpful))::int`.as('helpful'),
        sql<number>`(count(*) filter (where not helpful))::int`.as('unhelpful'),
      ])
      .where('unit_kind', '=', 'qa')
      .groupBy('unit_id')
      .execute(),
  ]);

  const useful = new Map<string, UsefulPair>();
  const entry = (pair: string) => {
    let found = useful.get(pair);
    if (!found) {
      found = {
        pair,
        question: index.pairs.get(pair)?.questions[0] ?? pair,
        answered: 0,
        helpful: 0,
        unhelpful: 0,
      };
      useful.set(pair, found);
    }
    return found;
  };
  for (const row of answeredRows) if (row.unit_id !== null) entry(row.unit_id).answered = row.count;
  for (const row of feedbackRows) {
    const pair = entry(row.unit_id);
    pair.helpful = row.helpful;
    pair.unhelpful = row.unhelpful;
  }

  return {
    review,
    days: dayRows
      .map((row) => ({ day: row.day, answered: row.answered, notAnswered: row.not_answered }))
      .reverse(),
    useful: [...useful.values()]
      .sort(
        (a, b) =>
          b.helpful - b.unhelpful - (a.helpful - a.unhelpful) ||
          b.answered - a.answered ||
          a.pair.localeCompare(b.pair),
      )
      .slice(0, MAX_USEFUL),
    generatedAt: now.toISOString(),
  };
}
