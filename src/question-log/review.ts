/**
 * What editors review: questions the bot could not answer (grouped when
 * their words are the same), answers readers judged unhelpful, the gaps
 * readers hit most, and the pairs readers picked for their own words.
 */
import { type Kysely, sql } from 'kysely';
import { createEngine } from '../engine/engine.ts';
import { DECISION } from '../engine/tuning.ts';
import type { KnowledgeBase, QaPair } from '../knowledge/schema.ts';
import { normalizeQuestion } from './events.ts';
import type { QuestionLogTables, UnitKind } from './tables.ts';

type Db = Kysely<QuestionLogTables>;

/** A pair a question could become a phrasing of. */
export interface ReviewCandidate {
  pair: string;
  /** The pair's canonical question. */
  question: string;
}

/** Near-identical unanswered questions, as one entry. */
export interface UnansweredEntry {
  /** The latest wording asked. */
  question: string;
  count: number;
  first_seen: string;
  last_seen: string;
  /** The pair readers picked after asking it, else the engine's best guess. */
  candidate: ReviewCandidate | null;
}

/** An answer readers judged 👎. */
export interface UnhelpfulEntry {
  unit: { kind: UnitKind; id: string };
  /** The pair's question, or the unit id when it is not a pair. */
  title: string;
  count: number;
  helpful: number;
  last_seen: string;
}

/** A gap pair readers hit: something they want that the article does not say. */
export interface GapEntry {
  pair: string;
  question: string;
  count: number;
  first_seen: string;
  last_seen: string;
}

/** A pair readers picked for their own question, not yet one of its phrasings. */
export interface PickedEntry {
  question: string;
  pair: string;
  pair_question: string;
  count: number;
  first_seen: string;
  last_seen: string;
}

/** `storydesk review --json`. */
export interface Review {
  unanswered: UnansweredEntry[];
  unhelpful: UnhelpfulEntry[];
  gaps: GapEntry[];
  picked: PickedEntry[];
}

/** How many entries each list holds at most. */
export const REVIEW_LIMIT = 50;

/** Pairs by id, and every phrasing the knowledge already has. */
export interface PairIndex {
  pairs: Map<string, QaPair>;
  /** Normalised phrasing → the id of the pair that has it. */
  phrasings: Map<string, string>;
}

/** Indexes the knowledge's Q&A pairs. */
export function indexPairs(kb: KnowledgeBase): PairIndex {
  const pairs = new Map<string, QaPair>();
  const phrasings = new Map<string, string>();
  for (const source of kb.sources) {
    for (const pair of source.pairs) {
      pairs.set(pair.id, pair);
      for (const question of pair.questions) phrasings.set(normalizeQuestion(question), pair.id);
    }
  }
  return { pairs, phrasings };
}

/** Builds the review from the log and the knowledge as it is now. */
export async function buildReview(
  db: Db,
  kb: KnowledgeBase,
  limit = REVIEW_LIMIT,
): Promise<Review> {
  const index = indexPairs(kb);
  const [unanswered, unhelpful, gaps, picked] = await Promise.all([
    unansweredQuestions(db, kb, index, limit),
    unhelpfulAnswers(db, kb, index, limit),
    gapsHit(db, index, limit),
    pickedPairs(db, index, limit),
  ]);
  return { unanswered, unhelpful, gaps, picked };
}

const rejected = (db: Db) => db.selectFrom('rejected_questions').select('normalized');

async function unansweredQuestions(
  db: Db,
  kb: KnowledgeBase,
  index: PairIndex,
  limit: number,
): Promise<UnansweredEntry[]> {
  const groups = await db
    .selectFrom('asked_questions')
    .select([
      'normalized',
      sql<number>`count(*)::int`.as('count'),
      sql<Date>`min(asked_at)`.as('first_seen'),
      sql<Date>`max(asked_at)`.as('last_seen'),
      sql<string>`(array_agg(question order by asked_at desc))[1]`.as('question'),
    ])
    .where('outcome', '=', 'unknown')
    .where('normalized', '<>', '')
    .where('normalized', 'not in', rejected(db))
    .groupBy('normalized')
    .orderBy('count', 'desc')
    .orderBy('last_seen', 'desc')
    // Some groups may already be phrasings (accepted since): fetch extra to fill the list.
    .limit(limit + index.phrasings.size)
    .execute();
  const open = groups.filter((group) => !index.phrasings.has(group.normalized)).slice(0, limit);
  const picks = await topPicks(
    db,
    open.map((group) => group.normalized),
  );
  const guess = bestGuesser(kb, index);
  return open.map((group) => {
    const pickedPair = picks.get(group.normalized);
    const pair = pickedPair === undefined ? undefined : index.pairs.get(pickedPair);
    return {
      question: group.question,
      count: group.count,
      first_seen: iso(group.first_seen),
      last_seen: iso(group.last_seen),
      candidate: pair && pair.gap !== true ? candidateOf(pair) : guess(group.question),
    };
  });
}

/** The pair most often picked for each question. */
async function topPicks(db: Db, normalized: readonly string[]): Promise<Map<string, string>> {
  if (normalized.length === 0) return new Map();
  const rows = await db
    .selectFrom('question_picks')
    .select(['normalized', 'pair_id', sql<number>`count(*)::int`.as('count')])
    .where('normalized', 'in', normalized)
    .groupBy(['normalized', 'pair_id'])
    .orderBy('count', 'desc')
    .orderBy('pair_id')
    .execute();
  const top = new Map<string, string>();
  for (const row of rows) if (!top.has(row.normalized)) top.set(row.normalized, row.pair_id);
  return top;
}

/**
 * The engine's best guess: the pair it would answer with if its confidence
 * bar were as low as the one for suggestions. Gap pairs are not guesses.
 */
function bestGuesser(
  kb: KnowledgeBase,
  index: PairIndex,
): (question: string) => ReviewCandidate | null {
  let engine: ReturnType<typeof createEngine> | undefined;
  return (question) => {
    engine ??= createEngine(kb, { answerThreshold: DECISION.suggestionFloor });
    const answer = engine.ask(question);
    const offered = [
      answer.match?.kind === 'qa' ? answer.match.id : undefined,
      ...answer.alternatives.map((alternative) =>
        index.phrasings.get(normalizeQuestion(alternative.question)),
      ),
    ];
    for (const id of offered) {
      const pair = id === undefined ? undefined : index.pairs.get(id);
      if (pair && pair.gap !== true) return candidateOf(pair);
    }
    return null;
  };
}

async function unhelpfulAnswers(
  db: Db,
  kb: KnowledgeBase,
  index: PairIndex,
  limit: number,
): Promise<UnhelpfulEntry[]> {
  const rows = await db
    .selectFrom('answer_feedback')
    .select([
      'unit_kind',
      'unit_id',
      sql<number>`(count(*) filter (where not helpful))::int`.as('count'),
      sql<number>`(count(*) filter (where helpful))::int`.as('helpful'),
      sql<Date>`max(judged_at) filter (where not helpful)`.as('last_seen'),
    ])
    .groupBy(['unit_kind', 'unit_id'])
    .having(sql<boolean>`count(*) filter (where not helpful) > 0`)
    .orderBy('count', 'desc')
    .orderBy('unit_id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    unit: { kind: row.unit_kind, id: row.unit_id },
    title: unitTitle(kb, index, row.unit_kind, row.unit_id),
    count: row.count,
    helpful: row.helpful,
    last_seen: iso(row.last_seen),
  }));
}

async function gapsHit(db: Db, index: PairIndex, limit: number): Promise<GapEntry[]> {
  const rows = await db
    .selectFrom('asked_questions')
    .select([
      'unit_id',
      sql<number>`count(*)::int`.as('count'),
      sql<Date>`min(asked_at)`.as('first_seen'),
      sql<Date>`max(asked_at)`.as('last_seen'),
    ])
    .where('outcome', '=', 'gap')
    .where('unit_id', 'is not', null)
    .groupBy('unit_id')
    .orderBy('count', 'desc')
    .orderBy('unit_id')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const pair = String(row.unit_id);
    return {
      pair,
      question: index.pairs.get(pair)?.questions[0] ?? pair,
      count: row.count,
      first_seen: iso(row.first_seen),
      last_seen: iso(row.last_seen),
    };
  });
}

async function pickedPairs(db: Db, index: PairIndex, limit: number): Promise<PickedEntry[]> {
  const rows = await db
    .selectFrom('question_picks')
    .select([
      'normalized',
      'pair_id',
      sql<number>`count(*)::int`.as('count'),
      sql<Date>`min(picked_at)`.as('first_seen'),
      sql<Date>`max(picked_at)`.as('last_seen'),
      sql<string>`(array_agg(question order by picked_at desc))[1]`.as('question'),
    ])
    .where('normalized', '<>', '')
    .where('normalized', 'not in', rejected(db))
    .groupBy(['normalized', 'pair_id'])
    .orderBy('count', 'desc')
    .orderBy('last_seen', 'desc')
    .limit(limit + index.phrasings.size)
    .execute();
  return rows
    .filter((row) => index.phrasings.get(row.normalized) !== row.pair_id)
    .slice(0, limit)
    .map((row) => ({
      question: row.question,
      pair: row.pair_id,
      pair_question: index.pairs.get(row.pair_id)?.questions[0] ?? row.pair_id,
      count: row.count,
      first_seen: iso(row.first_seen),
      last_seen: iso(row.last_seen),
    }));
}

function candidateOf(pair: QaPair): ReviewCandidate {
  return { pair: pair.id, question: pair.questions[0] ?? pair.id };
}

function unitTitle(kb: KnowledgeBase, index: PairIndex, kind: UnitKind, id: string): string {
  if (kind === 'qa') return index.pairs.get(id)?.questions[0] ?? id;
  if (kind === 'entity') {
    for (const source of kb.sources) {
      const entity = source.entities.find((e) => e.id === id);
      if (entity) return entity.name;
    }
  }
  return id;
}

/** Postgres drivers give timestamps as Date (pg, PGlite); keep ISO strings in the review. */
function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
