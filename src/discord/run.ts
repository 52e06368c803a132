import { setTimeout as sleep } from 'node:timers/promises';
import { type Client, Events } from 'discord.js';
import { type Config, ConfigError } from '../config.ts';
import { createEngine } from '../engine/engine.ts';
import { serveHttp } from '../http/run.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { createLogger, type Logger } from '../logger.ts';
import { DISABLED_RECORDER, type QuestionRecorder } from '../question-log/recorder.ts';
import { createBot } from './bot.ts';

/** The process the bot lives in; tests pass a stand-in so they keep running. */
export interface BotProcess {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  on(
    event: 'unhandledRejection' | 'uncaughtException',
    listener: (reason: unknown) => void,
  ): unknown;
  exit(code: number): void;
}

/** How long `client.destroy()` may take before the process exits anyway: inside a supervisor's 5 s. */
export const DESTROY_TIMEOUT_MS = 3000;

/** How long the question log may take to write its last batch on shutdown. */
const RECORDER_CLOSE_MS = 1000;

/** Exit codes a supervisor sees. */
export const EXIT = Object.freeze({
  /** Stopped on SIGTERM or SIGINT. */
  stopped: 0,
  /** Crashed (uncaught exception) or lost the gateway for good: restart it. */
  failed: 1,
});

/** Connecting failed for a reason other than configuration (network, Discord outage). */
export class DiscordLoginError extends Error {
  override readonly name = 'DiscordLoginError';
}

/**
 * Starts StoryDesk on Discord: loads the knowledge, builds the engine and
 * the bot, logs in. Resolves once connected; the process then lives until
 * SIGINT or SIGTERM, which close the gateway with 1000 and exit 0 within
 * {@link DESTROY_TIMEOUT_MS}. A gateway discord.js will not reconnect, or an
 * uncaught exception, exits 1 so a supervisor restarts the bot. Commands
 * are not registered here: that is `npm run deploy-commands`, run once.
 */
export async function runDiscordBot(
  config: Config,
  host: BotProcess = process,
  logger: Logger = createLogger(config.logLevel),
  recorder: QuestionRecorder = DISABLED_RECORDER,
): Promise<Client> {
  const token = config.discord.token;
  if (!token) {
    throw new ConfigError([
      'DISCORD_TOKEN: required to run on Discord (copy it from the Developer Portal → Bot)',
    ]);
  }
  const engine = createEngine(await loadKnowledge(config.knowledgeDir));
  const client = createBot({
    engine,
    logger,
    cooldown: config.cooldown,
    recorder,
    clientOptions: {
      rest: { api: config.discord.apiUrl },
      // One process, one shard, as discord.js defaults to; said outright so an
      // operator's SHARDS in the env is never read by discord.js as a shard id.
      ...(config.sharding.isShard ? {} : { shards: [0], shardCount: 1 }),
    },
  });

  // A stray rejection in a handler must cost one answer, not the whole bot.
  host.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { error: reason });
  });
  // After an uncaught exception the process state is unknown: leave it to the supervisor.
  host.on('uncaughtException', (error) => {
    logger.error('uncaught exception; exiting', { error });
    host.exit(EXIT.failed);
  });
  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { reason, exitCode: code });
    await closeGateway(client, logger);
    // The last queued questions, within what is left of the supervisor's 5 s.
    await recorder.close(RECORDER_CLOSE_MS);
    host.exit(code);
  };
  // `on`, not `once`: a group signal reaches the bot twice (from the supervisor
  // and from npm), and a second default SIGTERM would kill it mid-close.
  host.on('SIGINT', () => void stop('SIGINT', EXIT.stopped));
  host.on('SIGTERM', () => void stop('SIGTERM', EXIT.stopped));
  client.on(Events.ShardDisconnect, () => void stop('gateway lost', EXIT.failed));
  client.on(Events.Invalidated, () => void stop('gateway session invalidated', EXIT.failed));

  // While the gateway handshake waits on the network, not while a reader waits.
  setImmediate(() => engine.prepare());
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw loginFailure(error);
  }
  // Each shard process serves health and metrics on its own port (HTTP_PORT + shard id),
  // so shards on one host never fight over one port and each can be scraped.
  const shardOffset = client.shard?.ids[0] ?? 0;
  const port = config.http.port === undefined ? undefined : config.http.port + shardOffset;
  await serveHttp(config, { engine, logger, client, port, recorder });
  return client;
}

/** `client.destroy()` (close code 1000), bounded: a hung close must not keep the process alive. */
async function closeGateway(client: Client, logger: Logger): Promise<void> {
  const timeout = new AbortController();
  const outcome = await Promise.race([
    client.destroy().then(
      () => 'closed' as const,
      (error: unknown) => {
        logger.error('could not disconnect cleanly', { error });
        return 'failed' as const;
      },
    ),
    sleep(DESTROY_TIMEOUT_MS, 'timed out' as const, { signal: timeout.signal }).catch(
      () => 'closed' as const,
    ),
  ]);
  timeout.abort();
  if (outcome === 'timed out') {
    logger.error('gateway did not close in time; exiting anyway', {
      timeoutMs: DESTROY_TIMEOUT_MS,
    });
  }
}

/** A rejected token or intents is configuration the reader can fix; anything else is not. */
function loginFailure(error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  if (code === 'TokenInvalid') {
    return new ConfigError([
      'DISCORD_TOKEN: Discord rejected it; reset the token in the Developer Portal → Bot and update .env',
    ]);
  }
  if (code === 'DisallowedIntents') {
    return new ConfigError([
      'Discord refused the gateway intents; StoryDesk needs no privileged intents, so check the application in the Developer Portal → Bot',
    ]);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DiscordLoginError(`Could not connect to Discord: ${message}`, { cause: error });
}
