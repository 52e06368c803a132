/**
 * The question log's schema, version by version. A migration, once
 * released, never changes: add a new one. Kysely's Migrator records which
 * ran, and takes a lock so two processes starting at once migrate once.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { QUESTION_OUTCOMES, QUESTION_SOURCES } from './tables.ts';

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((value) => `'${value}'`).join(', ')})`);

const MIGRATIONS: Record<string, Migration> = {
  '2026-12-01-001-question-log': {
    // biome-ignore lint/suspicious/noExplicitAny: a migration runs before the typed schema exists.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('asked_questions')
        .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('asked_at', 'timestamptz', (c) => c.notNull())
        .addColumn('guild_id', 'text')
        .addColumn('source', 'text', (c) => c.notNull().check(oneOf('source', QUESTION_SOURCES)))
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('normalized', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull().check(oneOf('outcome', QUESTION_OUTCOMES)))
        .addColumn('unit_kind', 'text')
        .addColumn('unit_id', 'text')
        .addColumn('confidence', 'real', (c) => c.notNull())
        .addColumn('suggestions', 'jsonb', (c) => c.notNull())
        .addColumn('alternatives', 'jsonb', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('asked_questions_asked_at')
        .on('asked_questions')
        .column('asked_at')
        .execute();
      await db.schema
        .createIndex('asked_questions_outcome_normalized')
        .on('asked_questions')
        .columns(['outcome', 'normalized'])
        .execute();

      await db.schema
        .createTable('question_picks')
        .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('picked_at', 'timestamptz', (c) => c.notNull())
        .addColumn('guild_id', 'text')
        .addColumn('source', 'text', (c) => c.notNull().check(oneOf('source', QUESTION_SOURCES)))
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('normalized', 'text', (c) => c.notNull())
        .addColumn('pair_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('question_picks_picked_at')
        .on('question_picks')
        .column('picked_at')
        .execute();

      await db.schema
        .createTable('answer_feedback')
        .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('judged_at', 'timestamptz', (c) => c.notNull())
        .addColumn('guild_id', 'text')
        .addColumn('unit_kind', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('helpful', 'boolean', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('answer_feedback_judged_at')
        .on('answer_feedback')
        .column('judged_at')
        .execute();

      await db.schema
        .createTable('rejected_questions')
        .addColumn('normalized', 'text', (c) => c.primaryKey())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('rejected_at', 'timestamptz', (c) => c.notNull())
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; throws with the failing migration's error. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works below the typed schema.
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'storydesk_migrations',
    migrationLockTableName: 'storydesk_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
