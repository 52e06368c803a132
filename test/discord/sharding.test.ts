/**
 * SHARDS: parsed once in config.ts, then discord.js's ShardingManager runs
 * one real process per shard against a loopback gateway.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { CONSOLE, startScript, testEnv } from '../cli/process.ts';
import { FakeDiscord } from '../fixtures/discord/fake-discord.ts';
import { FakeGateway } from '../fixtures/discord/fake-gateway.ts';

describe('when SHARDS is configured', () => {
  it('runs one process when unset or empty, and reads auto or a number otherwise', () => {
    expect(parseConfig({}).sharding).toEqual({ shards: undefined, isShard: false });
    expect(parseConfig({ SHARDS: ' ' }).sharding.shards).toBeUndefined();
    expect(parseConfig({ SHARDS: 'Auto' }).sharding.shards).toBe('auto');
    expect(parseConfig({ SHARDS: '4' }).sharding.shards).toBe(4);
  });

  it('refuses anything else, listed with the other problems', () => {
    for (const bad of ['0', '-2', 'two', '1.5', '1001']) {
      expect(() => parseConfig({ SHARDS: bad }), bad).toThrow(
        /SHARDS: must be auto or a whole number of shards from 1 to 1000/,
      );
    }
    const failure = (() => {
      try {
        parseConfig({ SHARDS: 'x', LOG_LEVEL: 'loud' });
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).problems).toHaveLength(2);
  });

  it('reads SHARDS as discord.js’s shard id, not a setting, inside a shard process', () => {
    expect(
      parseConfig({ SHARDING_MANAGER: 'true', SHARDS: '0', SHARD_COUNT: '2' }).sharding,
    ).toEqual({ shards: undefined, isShard: true });
  });
});

describe('when the bot runs with SHARDS=2', () => {
  let discord: FakeDiscord;
  let gateway: FakeGateway;
  beforeAll(async () => {
    discord = await new FakeDiscord().start();
    gateway = await new FakeGateway().start(discord);
  });
  afterAll(async () => {
    await gateway.stop();
    await discord.stop();
  });

  it('connects one shard process per shard, and stops them all on SIGTERM', async () => {
    const httpPort = await twoFreePorts();
    const manager = startScript(
      CONSOLE,
      [],
      testEnv({
        DISCORD_TOKEN: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.sharding-token',
        DISCORD_API_URL: discord.apiUrl,
        LOG_LEVEL: 'info',
        SHARDS: '2',
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(httpPort),
      }),
    );
    const logs: Record<string, unknown>[] = [];
    manager.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.startsWith('{')) logs.push(JSON.parse(line));
    });
    const exited = new Promise<number | null>((resolve) => manager.on('exit', resolve));
    try {
      await expect
        .poll(() => logs.some((l) => l.message === 'all shards started'), { timeout: 90_000 })
        .toBe(true);
      expect(logs.filter((l) => l.message === 'shard process started').map((l) => l.shard)).toEqual(
        [0, 1],
      );
      // A shard's own log line may reach the manager's stderr after 'all shards started'.
      await expect
        .poll(() => logs.filter((l) => l.message === 'connected to Discord').length, {
          timeout: 10_000,
        })
        .toBe(2);
      expect(gateway.connections).toBe(2);
      // Each shard serves its own health on HTTP_PORT + its shard id.
      for (const port of [httpPort, httpPort + 1]) {
        await expect.poll(() => healthStatus(port), { timeout: 10_000 }).toBe(200);
      }

      manager.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(gateway.closeCodes.filter((code) => code === 1000)).toHaveLength(2);
    } finally {
      manager.kill('SIGKILL');
    }
  }, 120_000);
});

/** A port whose next port is free too, for the two shards' HTTP servers. */
async function twoFreePorts(): Promise<number> {
  for (;;) {
    const port = await listenOnce(0);
    if (port < 65535 && (await listenOnce(port + 1).catch(() => null)) !== null) return port;
  }
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as { port: number };
      server.close(() => resolve(bound));
    });
  });
}

async function healthStatus(port: number): Promise<number | null> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
  } catch {
    return null;
  }
}
