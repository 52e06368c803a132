/**
 * The embedded database's folder. PGlite would happily initialise a new
 * database over whatever it finds, so the folder is checked first: empty or
 * missing (a new log), or a Postgres data folder. Anything else is refused,
 * untouched. A lock file keeps a second process out, since PGlite has one
 * writer and two would corrupt it.
 */
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { QuestionLogError } from './errors.ts';

/** The Postgres data folder inside `STORYDESK_DATA_DIR`. */
export const EMBEDDED_DB_DIR = 'question-log';
const LOCK_FILE = 'question-log.lock';

/** Lock files this process holds: a second PGlite on the same folder in one process is refused too. */
const held = new Set<string>();

/** Where the embedded database of a data folder lives. */
export function embeddedDatabaseDir(dataDir: string): string {
  return path.join(dataDir, EMBEDDED_DB_DIR);
}

/**
 * Checks the folder and takes the lock; returns the function that releases
 * it. Throws {@link QuestionLogError} naming the folder, having changed nothing.
 */
export async function claimDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const dbDir = embeddedDatabaseDir(dataDir);
  await ensureFolder(dataDir, dataDir);
  const entries = await listOrNull(dbDir);
  if (entries !== null && entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new QuestionLogError(
      `${dbDir} is not a question log database (it has files but no PG_VERSION); nothing was changed. Move it away, or set STORYDESK_DATA_DIR to another folder.`,
    );
  }
  return takeLock(path.join(dataDir, LOCK_FILE), dbDir);
}

async function ensureFolder(dir: string, named: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (error) {
    throw new QuestionLogError(`cannot use the data folder ${named}: ${describe(error)}`);
  }
}

async function listOrNull(dir: string): Promise<string[] | null> {
  try {
    return await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new QuestionLogError(`cannot read the question log folder ${dir}: ${describe(error)}`);
  }
}

async function takeLock(lockFile: string, dbDir: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      held.add(lockFile);
      return async () => {
        held.delete(lockFile);
        await rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new QuestionLogError(`cannot lock ${lockFile}: ${describe(error)}`);
      }
    }
    const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
    const alive = holder === process.pid ? held.has(lockFile) : isRunning(holder);
    if (Number.isInteger(holder) && alive) {
      throw new QuestionLogError(
        `the question log in ${dbDir} is in use by process ${holder}. The embedded database takes one process at a time: stop it first, or share a Postgres server through DATABASE_URL.`,
      );
    }
    // Left behind by a process that is gone: take it over.
    await rm(lockFile, { force: true });
  }
  throw new QuestionLogError(`cannot lock ${lockFile}: another process keeps taking it`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'it is a file, not a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
