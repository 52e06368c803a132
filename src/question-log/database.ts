/**
 * Opens the question log: the embedded PGlite database in the data folder,
 * or a Postgres server through `DATABASE_URL`. Either way the schema is
 * migrated to the latest version before anything reads or writes.
 */
import { Kysely, PostgresDialect } from 'kysely';
import { redactDatabaseUrl } from '../config.ts';
import { claimDataFolder, embeddedDatabaseDir } from './data-folder.ts';
import { QuestionLogError } from './errors.ts';
import { migrateToLatest } from './migrations.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { QuestionLogTables } from './tables.ts';

/** Where the log is kept: the config's `questionLog` settings. */
export interface QuestionLogLocation {
  dataDir: string;
  databaseUrl: string | undefined;
}

/** An open, migrated question log. */
export interface QuestionLogDatabase {
  db: Kysely<QuestionLogTables>;
  /** Where it is, fit to print: a folder, or the server URL without its password. */
  where: string;
  close(): Promise<void>;
}

/** How long to wait for a Postgres server before calling it unreachable. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Opens and migrates the log, or throws {@link QuestionLogError} saying why not. */
export async function openQuestionLog(location: QuestionLogLocation): Promise<QuestionLogDatabase> {
  return location.databaseUrl === undefined
    ? openEmbedded(location.dataDir)
    : openServer(location.databaseUrl);
}

async function openServer(url: string): Promise<QuestionLogDatabase> {
  const where = redactDatabaseUrl(url);
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<QuestionLogTables>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new QuestionLogError(
      `cannot use the question log database at ${where}: ${reason(error)}`,
    );
  }
  return { db, where, close: () => db.destroy() };
}

async function openEmbedded(dataDir: string): Promise<QuestionLogDatabase> {
  const where = embeddedDatabaseDir(dataDir);
  const release = await claimDataFolder(dataDir);
  let db: Kysely<QuestionLogTables> | undefined;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const database = await PGlite.create(where).catch((error: unknown) => {
      throw new QuestionLogError(
        `the question log in ${where} cannot be opened (${reason(error)}); it was left as it is. Move it away to start a new log.`,
      );
    });
    db = new Kysely<QuestionLogTables>({ dialect: new PGliteDialect(database) });
    await migrateToLatest(db);
  } catch (error) {
    await db?.destroy().catch(() => {});
    await release();
    if (error instanceof QuestionLogError) throw error;
    throw new QuestionLogError(`cannot use the question log in ${where}: ${reason(error)}`);
  }
  const open = db;
  return {
    db: open,
    where,
    close: async () => {
      try {
        await open.destroy();
      } finally {
        await release();
      }
    },
  };
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return error.message || (typeof code === 'string' ? code : error.name);
  }
  return String(error);
}
