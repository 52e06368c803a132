import { setTimeout as sleep } from 'node:timers/promises';
import { type Shard, ShardingManager } from 'discord.js';
import { type Config, ConfigError } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { type BotProcess, DESTROY_TIMEOUT_MS, EXIT } from './run.ts';

/** The script each shard process runs (this program's entry) and the node flags it needs. */
export interface ShardEntry {
  file: string;
  execArgv: readonly string[];
}

// Shards get their own destroy timeout, and then a little more, before they are killed.
const SHARD_EXIT_GRACE_MS = DESTROY_TIMEOUT_MS + 1000;

/**
 * Runs the bot as discord.js's ShardingManager does, as in the discord.js
 * guide: this process holds no gateway connection; it starts one process
 * per shard (each the same entry point, which sees it is a shard from the
 * environment) and restarts a shard process that dies. SIGTERM or SIGINT
 * passes SIGTERM to every shard, waits for them to close their gateways,
 * and exits 0.
 */
export async function runShardManager(
  config: Config,
  entry: ShardEntry,
  host: BotProcess = process,
  logger: Logger = createLogger(config.logLevel),
): Promise<ShardingManager> {
  const token = config.discord.token;
  const shards = config.sharding.shards;
  if (!token || shards === undefined) {
    throw new ConfigError(['SHARDS and DISCORD_TOKEN: both are needed to run shard processes']);
  }
  const manager = new ShardingManager(entry.file, {
    token,
    totalShards: shards,
    mode: 'process',
    respawn: true,
    execArgv: [...entry.execArgv],
  });
  manager.on('shardCreate', (shard) => watchShard(shard, logger));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down shards', { signal, shards: manager.shards.size });
    await stopShards([...manager.shards.values()]);
    host.exit(EXIT.stopped);
  };
  host.on('SIGINT', () => void stop('SIGINT'));
  host.on('SIGTERM', () => void stop('SIGTERM'));

  await manager.spawn();
  logger.info('all shards started', { shards: manager.totalShards });
  return manager;
}

function watchShard(shard: Shard, logger: Logger): void {
  logger.info('shard process started', { shard: shard.id });
  shard.on('death', (child) => {
    const exitCode = 'exitCode' in child ? child.exitCode : null;
    logger.error('shard process exited; restarting it', { shard: shard.id, exitCode });
  });
}

/** SIGTERM to every shard process, then SIGKILL to any still running after the grace period. */
async function stopShards(shards: readonly Shard[]): Promise<void> {
  const children = shards.flatMap((shard) => (shard.process ? [shard.process] : []));
  const exited = children.map((child) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve())),
  );
  for (const shard of shards) shard.kill();
  const grace = new AbortController();
  await Promise.race([
    Promise.all(exited),
    sleep(SHARD_EXIT_GRACE_MS, undefined, { signal: grace.signal }).catch(() => undefined),
  ]);
  grace.abort();
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
}
