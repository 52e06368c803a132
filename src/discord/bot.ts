import { Client, type ClientOptions, Events, GatewayIntentBits } from 'discord.js';
import type { StoryEngine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { QuestionRecorder } from '../question-log/recorder.ts';
import { CACHE_OPTIONS } from './client-cache.ts';
import { createBotContext } from './context.ts';
import type { Clock, CooldownSettings } from './cooldown.ts';
import { logGatewayEvents } from './gateway-events.ts';
import { handleGatewayInteraction } from './gateway-interactions.ts';
import { handleMention } from './mention.ts';

/** Five questions per ten seconds, as in `.env.example`. */
export const DEFAULT_COOLDOWN: CooldownSettings = Object.freeze({ questions: 5, windowMs: 10_000 });

/** Everything the bot is built from. */
export interface BotOptions {
  engine: StoryEngine;
  logger: Logger;
  cooldown?: CooldownSettings;
  /** The cooldown's clock; tests pass one they can move. */
  clock?: Clock;
  /** Where counts go; the process's metrics by default. */
  metrics?: Metrics;
  /** discord.js options laid over StoryDesk's, e.g. `rest: { api, retries: 0 }`. */
  clientOptions?: Partial<ClientOptions>;
  /** The question log; records nothing when left out. */
  recorder?: QuestionRecorder;
}

/**
 * Guilds for slash commands in servers, GuildMessages for mentions. Not
 * MessageContent: Discord still sends the text of messages that mention
 * the bot, which is all StoryDesk reads.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];

/**
 * A discord.js client with every StoryDesk handler attached, not logged in.
 * Call `login(token)` to go live; tests feed it gateway payloads instead.
 */
export function createBot(options: BotOptions): Client {
  const { logger } = options;
  const client = new Client({
    intents: INTENTS,
    // A second net under the per-message setting: nothing the bot sends pings.
    allowedMentions: { parse: [], repliedUser: false },
    ...CACHE_OPTIONS,
    ...options.clientOptions,
  });
  const shared = createBotContext({
    ...options,
    cooldown: options.cooldown ?? DEFAULT_COOLDOWN,
    mentions: true,
  });

  client.on(Events.InteractionCreate, (interaction) => {
    void handleGatewayInteraction(interaction, shared);
  });
  client.on(Events.MessageCreate, (message) => {
    void handleMention(message, shared);
  });
  client.once(Events.ClientReady, (ready) => {
    logger.info('connected to Discord', { user: ready.user.tag, guilds: ready.guilds.cache.size });
  });
  client.on(Events.Error, (error) => logger.error('discord.js client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord.js warning', { detail: message }));
  client.on(Events.ShardError, (error, shardId) =>
    logger.error('gateway connection error', { error, shard: shardId }),
  );
  logGatewayEvents(client, logger);
  return client;
}
