import type { Client } from 'discord.js';
import { type Config, ConfigError } from '../config.ts';
import { createEngine } from '../engine/engine.ts';
import { serveHttp } from '../http/run.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { createLogger, type Logger } from '../logger.ts';
import { createBot } from './bot.ts';

/** The process the bot lives in; tests pass a stand-in so they keep running. */
export interface BotProcess {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  exit(code: number): void;
}

/** Connecting failed for a reason other than configuration (network, Discord outage). */
export class DiscordLoginError extends Error {
  override readonly name = 'DiscordLoginError';
}

/**
 * Starts StoryDesk on Discord: loads the knowledge, builds the engine and
 * the bot, logs in. Resolves once connected; the process then lives until
 * SIGINT or SIGTERM, which disconnect cleanly and exit 0. Commands are not
 * registered here: that is `npm run deploy-commands`, run once.
 */
export async function runDiscordBot(
  config: Config,
  host: BotProcess = process,
  logger: Logger = createLogger(config.logLevel),
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
    clientOptions: { rest: { api: config.discord.apiUrl } },
  });

  // A stray rejection in a handler must cost one answer, not the whole bot.
  host.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { error: reason });
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    try {
      await client.destroy();
    } catch (error) {
      logger.error('could not disconnect cleanly', { error });
    }
    host.exit(0);
  };
  host.once('SIGINT', () => void stop('SIGINT'));
  host.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    await client.login(token);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw loginFailure(error);
  }
  await serveHttp(config, { engine, logger, client });
  return client;
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
