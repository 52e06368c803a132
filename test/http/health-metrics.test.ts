import { Events, RESTEvents } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { type RunningHttp, serveHttp } from '../../src/http/run.ts';
import { createLogger } from '../../src/logger.ts';
import { Metrics } from '../../src/metrics.ts';
import { chatInput, messageCreate } from '../fixtures/discord/gateway.ts';
import { bundledEngine, type Harness, startHarness } from '../fixtures/discord/harness.ts';
import { BOT_USER, CHANNEL_ID } from '../fixtures/discord/ids.ts';
import { postSigned, testKeys } from '../fixtures/http/signed.ts';

async function get(url: string) {
  const response = await fetch(url);
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/** The value of one sample in Prometheus text, or undefined when absent. */
function sample(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('when StoryDesk runs on the gateway with HTTP_PORT set', () => {
  let bot: Harness;
  let http: RunningHttp;
  const metrics = new Metrics();

  beforeAll(async () => {
    bot = await startHarness({ metrics, cooldown: { questions: 1, windowMs: 10_000 } });
    const running = await serveHttp(parseConfig({ HTTP_PORT: '8080' }), {
      engine: bot.engine,
      logger: createLogger('silent'),
      client: bot.client,
      metrics,
      host: '127.0.0.1',
      port: 0,
    });
    if (!running) throw new Error('no HTTP server started');
    http = running;
  });
  afterAll(async () => {
    await http.close();
    await bot.stop();
  });

  it('reports 503 with a JSON body until the gateway is ready', async () => {
    const response = await get(`${http.url}/healthz`);
    expect(response.status).toBe(503);
    expect(response.contentType).toBe('application/json');
    expect(JSON.parse(response.text)).toEqual({
      status: 'unavailable',
      knowledge: 'loaded',
      gateway: 'connecting',
      interactions: 'off',
    });
  });

  it('reports 200 once the gateway is ready, and 503 while it reconnects', async () => {
    bot.client.emit(Events.ShardReady, 0, undefined);
    const ready = await get(`${http.url}/healthz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({ status: 'ok', gateway: 'ready' });
    bot.client.emit(Events.ShardReconnecting, 0);
    expect((await get(`${http.url}/healthz`)).status).toBe(503);
    bot.client.emit(Events.ShardResume, 0, 3);
    expect((await get(`${http.url}/healthz`)).status).toBe(200);
  });

  it('counts questions by source and outcome, interactions by command, and answer time', async () => {
    await bot.discord.callback(
      bot.interact(chatInput('ask', { question: 'where are the bases?' })),
    );
    bot.clock.now += 60_000;
    await bot.discord.callback(bot.interact(chatInput('timeline')));
    const response = await get(`${http.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^text\/plain/);
    const { text } = response;
    expect(
      sample(text, 'storydesk_questions_total', { source: 'slash', outcome: 'answered' }),
    ).toBe(1);
    expect(
      sample(text, 'storydesk_interactions_total', { command: 'ask', transport: 'gateway' }),
    ).toBe(1);
    expect(sample(text, 'storydesk_interactions_total', { command: 'timeline' })).toBe(1);
    expect(sample(text, 'storydesk_answer_seconds_count')).toBe(1);
    expect(sample(text, 'storydesk_answer_seconds_bucket', { le: '+Inf' })).toBe(1);
  });

  it('counts cooldown refusals by source', async () => {
    bot.clock.now += 60_000;
    const mention = `<@${BOT_USER.id}> where are the bases?`;
    bot.post(messageCreate(mention));
    bot.post(messageCreate(mention));
    await bot.discord.waitFor((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    await expect
      .poll(async () =>
        sample((await get(`${http.url}/metrics`)).text, 'storydesk_cooldown_refusals_total', {
          source: 'mention',
        }),
      )
      .toBe(1);
  });

  it('counts REST rate limits from discord.js', async () => {
    bot.client.rest.emit(RESTEvents.RateLimited, {
      global: false,
      scope: 'user',
      method: 'POST',
      url: '/x',
      route: '/interactions/:id/:token/callback',
      majorParameter: 'global',
      hash: 'h',
      limit: 5,
      timeToReset: 100,
      retryAfter: 100,
      sublimitTimeout: 0,
    });
    const { text } = await get(`${http.url}/metrics`);
    expect(
      sample(text, 'storydesk_rest_rate_limits_total', { scope: 'user', global: 'false' }),
    ).toBe(1);
  });

  it('reports the gateway ping once discord.js has measured one', async () => {
    expect(
      sample((await get(`${http.url}/metrics`)).text, 'storydesk_gateway_ping_seconds'),
    ).toBeUndefined();
    const shard = { ping: 42, id: 0 };
    (bot.client.ws as unknown as { shards: Map<number, unknown> }).shards.set(0, shard);
    expect(sample((await get(`${http.url}/metrics`)).text, 'storydesk_gateway_ping_seconds')).toBe(
      0.042,
    );
  });

  it('answers 404 on other paths and 405 on other methods, with JSON', async () => {
    const missing = await get(`${http.url}/nope`);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toEqual({ error: 'not found' });
    const wrong = await fetch(`${http.url}/healthz`, { method: 'POST' });
    expect(wrong.status).toBe(405);
    // No public key: there is no interactions endpoint.
    expect((await postSigned(http.url, testKeys(), { type: 1 })).status).toBe(404);
  });
});

/** An HTTP-only StoryDesk (no gateway) on loopback, with its own metrics and key pair. */
async function httpOnly(engine: StoryEngine) {
  const keys = testKeys();
  const config = parseConfig({ HTTP_PORT: '8080', DISCORD_PUBLIC_KEY: keys.publicKeyHex });
  const http = await serveHttp(config, {
    engine,
    logger: createLogger('silent'),
    metrics: new Metrics(),
    host: '127.0.0.1',
    port: 0,
  });
  if (!http) throw new Error('no HTTP server started');
  return { http, keys };
}

describe('when StoryDesk serves HTTP interactions without a gateway', () => {
  it('is healthy as soon as it listens, and counts HTTP interactions', async () => {
    const { http, keys } = await httpOnly(await bundledEngine());
    try {
      const health = await get(`${http.url}/healthz`);
      expect(health.status).toBe(200);
      expect(JSON.parse(health.text)).toEqual({
        status: 'ok',
        knowledge: 'loaded',
        gateway: 'absent',
        interactions: 'serving',
      });
      await postSigned(http.url, keys, chatInput('ask', { question: 'how many troops' }));
      const { text } = await get(`${http.url}/metrics`);
      expect(
        sample(text, 'storydesk_interactions_total', { command: 'ask', transport: 'http' }),
      ).toBe(1);
      expect(
        sample(text, 'storydesk_questions_total', { source: 'slash', outcome: 'unknown' }),
      ).toBe(1);
    } finally {
      await http.close();
    }
  });
});

describe('when a handler fails on a bug', () => {
  it('counts it in storydesk_errors_total', async () => {
    const engine = await bundledEngine();
    const broken: StoryEngine = {
      ...engine,
      ask: () => {
        throw new Error('engine exploded');
      },
    };
    const { http, keys } = await httpOnly(broken);
    try {
      const response = await postSigned(http.url, keys, chatInput('ask', { question: 'where?' }));
      expect(response.status).toBe(200);
      const { text } = await get(`${http.url}/metrics`);
      expect(sample(text, 'storydesk_errors_total', { where: 'handler' })).toBe(1);
    } finally {
      await http.close();
    }
  });
});
