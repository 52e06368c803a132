/**
 * The two databases every question-log spec runs against: PGlite in this
 * process, and a real Postgres server the tests start themselves. Creating a
 * PGlite database runs initdb in WebAssembly (seconds), so each spec file
 * makes one log per backend and empties it between tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createLogger, type Logger } from '../../src/logger.ts';
import { openQuestionLog, type QuestionLogLocation } from '../../src/question-log/database.ts';
import { type PostgresServer, startPostgresServer } from './postgres-server.ts';

/** A database to run a spec on: `start` in `beforeAll`, `stop` in `afterAll`. */
export interface Backend {
  name: string;
  /** Where the log is, as the config would say; valid after `start`. */
  location: QuestionLogLocation;
  start(): Promise<void>;
  /** Empties every table of the log. */
  clear(): Promise<void>;
  stop(): Promise<void>;
}

/** Generous: initdb under WebAssembly on a busy 2-core machine. */
export const BACKEND_START_MS = 240_000;

/** Embedded PGlite in a data folder of its own. */
export function pgliteBackend(): Backend {
  const backend: Backend = {
    name: 'PGlite',
    location: { dataDir: '', databaseUrl: undefined },
    start: async () => {
      backend.location = {
        dataDir: await mkdtemp(path.join(tmpdir(), 'storydesk-qlog-')),
        databaseUrl: undefined,
      };
      await (await openQuestionLog(backend.location)).close();
    },
    clear: () => clearLog(backend.location),
    stop: async () => {
      if (backend.location.dataDir !== '') {
        await rm(backend.location.dataDir, { recursive: true, force: true });
      }
    },
  };
  return backend;
}

/** A real Postgres server started for the spec file. */
export function postgresBackend(): Backend {
  let server: PostgresServer | undefined;
  const backend: Backend = {
    name: 'a real Postgres server',
    location: { dataDir: '', databaseUrl: undefined },
    start: async () => {
      server = await startPostgresServer();
      // The data folder must go unused when DATABASE_URL is set: point it nowhere useful.
      backend.location = {
        dataDir: path.join(tmpdir(), 'storydesk-qlog-must-stay-unused'),
        databaseUrl: server.url,
      };
    },
    clear: () => clearLog(backend.location),
    stop: async () => {
      await server?.stop();
    },
  };
  return backend;
}

async function clearLog(location: QuestionLogLocation): Promise<void> {
  const log = await openQuestionLog(location);
  try {
    await sql`truncate asked_questions, question_picks, answer_feedback, rejected_questions`.execute(
      log.db,
    );
  } finally {
    await log.close();
  }
}

/** Both backends, for `describe.each(BACKENDS)('… on $name', ({ make }) => …)`. */
export const BACKENDS = [
  { name: 'PGlite', make: pgliteBackend },
  { name: 'a real Postgres server', make: postgresBackend },
] as const;

/** A logger whose lines a test can read. */
export function recordingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  return {
    logger: createLogger('debug', (line) => lines.push(JSON.parse(line))),
    lines,
  };
}
