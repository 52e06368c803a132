import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Client, Events, RESTEvents } from 'discord.js';
import type { Config } from '../config.ts';
import { createBotContext } from '../discord/context.ts';
import { createEngine, type StoryEngine } from '../engine/engine.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { createLogger, type Logger } from '../logger.ts';
import { type Metrics, processMetrics } from '../metrics.ts';
import { DISABLED_RECORDER, type QuestionRecorder } from '../question-log/recorder.ts';
import { HealthState } from './health.ts';
import { createInteractionEndpoint } from './interactions.ts';
import { createHttpServer } from './server.ts';
import { SignatureVerifier } from './signature.ts';

/** The name /help uses when no gateway connection tells us the bot user's. */
export const DEFAULT_BOT_NAME = 'StoryDesk';

/** What the HTTP side is built from. */
export interface ServeHttpOptions {
  engine: StoryEngine;
  logger: Logger;
  /** The gateway client, when this process has one: health follows it, metrics read it. */
  client?: Client;
  metrics?: Metrics;
  health?: HealthState;
  /** Overrides HTTP_HOST, the interface to listen on (all of them by default). */
  host?: string;
  /** Overrides HTTP_PORT (tests pass 0 for an ephemeral port). */
  port?: number;
  /** The question log for answers given here; records nothing when left out. */
  recorder?: QuestionRecorder;
  /** The signature clock, in seconds; tests move it to send stale requests. */
  nowSeconds?: () => number;
}

/** A listening HTTP server and where it listens. */
export interface RunningHttp {
  server: Server;
  url: string;
  health: HealthState;
  close(): Promise<void>;
}

/**
 * Starts the HTTP server when HTTP_PORT is set: health and metrics, and
 * with DISCORD_PUBLIC_KEY the interactions endpoint. Resolves once it
 * listens; null when no port is configured. The gateway start-up calls
 * this with its client, the HTTP-only mode without one.
 */
export async function serveHttp(
  config: Config,
  options: ServeHttpOptions,
): Promise<RunningHttp | null> {
  const port = options.port ?? config.http.port;
  if (port === undefined) return null;
  const metrics = options.metrics ?? processMetrics;
  const health = options.health ?? new HealthState();
  const logger = options.logger.child({ component: 'http' });
  health.knowledgeReady();
  if (options.client) watchClient(options.client, health, metrics);
  if (options.recorder?.enabled) metrics.watchQuestionLog(options.recorder);

  const publicKey = config.discord.publicKey;
  const interactions = publicKey
    ? createInteractionEndpoint({
        verifier: new SignatureVerifier(publicKey, options.nowSeconds),
        context: createBotContext({
          engine: options.engine,
          logger: options.logger,
          cooldown: config.cooldown,
          metrics,
          mentions: options.client !== undefined,
          recorder: options.recorder,
        }),
        botName: () => options.client?.user?.username ?? DEFAULT_BOT_NAME,
      })
    : undefined;
  const server = createHttpServer({ health, metrics, logger, interactions });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, options.host ?? config.http.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  if (interactions) health.interactionsServing(true);
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.info('http server listening', { url, interactions: interactions !== undefined });
  return {
    server,
    url,
    health,
    close: () =>
      new Promise<void>((resolve) => {
        health.interactionsServing(false);
        server.closeIdleConnections();
        server.close(() => resolve());
      }),
  };
}

/** Health follows the gateway; metrics count REST rate limits and read the ping. */
function watchClient(client: Client, health: HealthState, metrics: Metrics): void {
  health.gatewayReady(client.isReady());
  client.on(Events.ClientReady, () => health.gatewayReady(true));
  client.on(Events.ShardReady, () => health.gatewayReady(true));
  client.on(Events.ShardResume, () => health.gatewayReady(true));
  client.on(Events.ShardReconnecting, () => health.gatewayReady(false));
  client.on(Events.ShardDisconnect, () => health.gatewayReady(false));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    metrics.rateLimits.inc({ scope: info.scope, global: String(info.global) }),
  );
  metrics.watchPing(() => [...client.ws.shards.values()].map((s) => [s.id, s.ping] as const));
}

/** The process the HTTP mode lives in; tests pass a stand-in. */
export interface HttpProcess {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

// Discord waits 3 s for an answer; in-flight requests get that long to finish.
const SHUTDOWN_GRACE_MS = 3_000;
// What is left of the grace for the question log's last batch.
const RECORDER_CLOSE_MS = 1_000;

/**
 * `npm start` with DISCORD_PUBLIC_KEY and no token: interactions over HTTP
 * only, no gateway (so no @mentions). Loads the knowledge, listens, and on
 * SIGINT or SIGTERM stops taking requests, lets in-flight ones finish
 * (bounded), and exits 0.
 */
export async function runHttpInteractions(
  config: Config,
  host: HttpProcess = process,
  logger: Logger = createLogger(config.logLevel),
  recorder: QuestionRecorder = DISABLED_RECORDER,
): Promise<RunningHttp> {
  const engine = createEngine(await loadKnowledge(config.knowledgeDir));
  const running = await serveHttp(config, { engine, logger, recorder });
  if (!running) throw new Error('HTTP interactions need HTTP_PORT (checked by the config)');
  // Listening already; the first interaction need not pay for the lazy indexes.
  setImmediate(() => engine.prepare());
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const forced = setTimeout(() => host.exit(0), SHUTDOWN_GRACE_MS);
    forced.unref();
    void running
      .close()
      .then(() => recorder.close(RECORDER_CLOSE_MS))
      .then(() => {
        clearTimeout(forced);
        host.exit(0);
      });
  };
  host.once('SIGINT', () => stop('SIGINT'));
  host.once('SIGTERM', () => stop('SIGTERM'));
  return running;
}
