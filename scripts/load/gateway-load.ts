/**
 * A burst through the real discord.js client, never logged in: raw
 * INTERACTION_CREATE payloads fed to its own action handler, REST pointed
 * at a loopback server that notes when each interaction's callback arrives.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from 'discord.js';
import { createBot } from '../../src/discord/bot.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { createLogger } from '../../src/logger.ts';
import { Metrics } from '../../src/metrics.ts';
import type { Outcome } from './http-load.ts';

const CALLBACK = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/;

/** Feeds every interaction at once; latency counts from the burst's start to its callback. */
export async function gatewayBurst(
  engine: StoryEngine,
  interactions: readonly { id: string }[],
  timeoutMs: number,
): Promise<Outcome[]> {
  const arrived = new Map<string, number>();
  let done: () => void = () => undefined;
  const allArrived = new Promise<void>((resolve) => {
    done = resolve;
  });
  const server = createServer((req, res) => {
    const id = CALLBACK.exec(req.url?.split('?')[0] ?? '')?.[1];
    req.resume();
    req.on('end', () => {
      if (id) arrived.set(id, performance.now());
      res.writeHead(204).end();
      if (arrived.size === interactions.length) done();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = createBot({
    engine,
    // Failures show as unanswered interactions in the figures.
    logger: createLogger('silent'),
    metrics: new Metrics(),
    clientOptions: { rest: { api: `http://127.0.0.1:${port}/api` } },
  });
  const actions = (
    client as unknown as { actions: { InteractionCreate: { handle(raw: unknown): void } } }
  ).actions;
  const start = performance.now();
  for (const raw of interactions) actions.InteractionCreate.handle(raw);
  const timer = setTimeout(done, timeoutMs);
  await allArrived;
  clearTimeout(timer);
  await stop(client);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return interactions.map((raw) => {
    const at = arrived.get(raw.id);
    return at === undefined
      ? { ok: false, ms: Number.NaN, failure: 'no callback' }
      : { ok: true, ms: at - start };
  });
}

async function stop(client: Client): Promise<void> {
  await client.destroy();
}
