/**
 * The bot as a supervisor runs it: a real process, a real discord.js
 * client on a loopback gateway, stopped and broken by signals and closes.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONSOLE, REPO_ROOT, startScript, testEnv } from '../cli/process.ts';
import { FakeDiscord } from '../fixtures/discord/fake-discord.ts';
import { FakeGateway } from '../fixtures/discord/fake-gateway.ts';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.lifecycle-token';
const CONNECT_MS = 60_000;
// Each case waits up to CONNECT_MS for its bot to connect, then up to 15 s for each
// thing it logs; under the suite's 30 s default, cases were cut off on a loaded
// machine while their bot was still allowed to be connecting.
vi.setConfig({ testTimeout: CONNECT_MS + 60_000 });

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

/** A running bot process, its log lines as they arrive, and how it ended. */
class BotUnderTest {
  readonly logs: Record<string, unknown>[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;

  constructor(readonly child: ChildProcess) {
    let buffered = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('{')) this.logs.push(JSON.parse(line));
      }
    });
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
  }

  /** Resolves with the first log line with this message, once it is written. */
  async logged(message: string, timeoutMs = 15_000): Promise<Record<string, unknown>> {
    await expect
      .poll(() => this.logs.find((l) => l.message === message), { timeout: timeoutMs })
      .toBeDefined();
    return this.logs.find((l) => l.message === message) ?? {};
  }
}

const running: BotUnderTest[] = [];
afterEach(() => {
  for (const bot of running.splice(0)) bot.child.kill('SIGKILL');
});

function botEnv(): NodeJS.ProcessEnv {
  return testEnv({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'info' });
}

/** `node --import tsx src/main.ts`, connected to the fake gateway. */
async function startBot(): Promise<BotUnderTest> {
  const bot = new BotUnderTest(startScript(CONSOLE, [], botEnv()));
  running.push(bot);
  await bot.logged('connected to Discord', CONNECT_MS);
  return bot;
}

describe('when the bot is sent SIGTERM', () => {
  it('closes the gateway with 1000 and exits 0 within 5 s', async () => {
    const bot = await startBot();
    const before = gateway.closeCodes.length;
    const sent = Date.now();
    bot.child.kill('SIGTERM');
    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    expect(at - sent).toBeLessThan(5000);
    expect(gateway.closeCodes.slice(before)).toEqual([1000]);
    expect(JSON.stringify(bot.logs)).not.toContain(TOKEN);
  });
});

describe('when the gateway drops and comes back', () => {
  it('logs the reconnect, the resume with its downtime, and an invalidated session', async () => {
    const bot = await startBot();
    expect(await bot.logged('gateway ready')).toMatchObject({ level: 'info', shard: 0 });
    gateway.drop(4000);
    expect(await bot.logged('gateway reconnecting')).toMatchObject({ level: 'warn', shard: 0 });
    const resumed = await bot.logged('gateway resumed');
    expect(resumed).toMatchObject({ level: 'info', shard: 0 });
    expect(resumed.downtimeMs).toBeGreaterThanOrEqual(0);

    const identifies = gateway.identifies;
    gateway.invalidateSessions();
    expect(await bot.logged('gateway session invalidated')).toMatchObject({
      level: 'warn',
      shard: 0,
      resumable: false,
    });
    await expect.poll(() => gateway.identifies, { timeout: 15_000 }).toBe(identifies + 1);

    bot.child.kill('SIGINT');
    expect((await bot.exited).code).toBe(0);
  });
});

describe('when the gateway closes in a way discord.js will not recover from', () => {
  it('logs an error and exits 1, so the supervisor restarts it', async () => {
    const bot = await startBot();
    gateway.drop(4004);
    const { code } = await bot.exited;
    expect(code).toBe(1);
    expect(bot.logs.find((l) => l.level === 'error')).toMatchObject({
      message: 'gateway disconnected for good; discord.js will not reconnect',
      shard: 0,
      code: 4004,
    });
  });
});

describe('when npm start is sent SIGTERM', () => {
  beforeAll(async () => {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--if-stale'], {
      cwd: REPO_ROOT,
    });
  }, 240_000);

  it('stops the bot it runs directly, leaves no process behind, and exits 0', async () => {
    const npm = spawn('npm', ['start', '--silent'], { cwd: REPO_ROOT, env: botEnv() });
    const bot = new BotUnderTest(npm);
    running.push(bot);
    await bot.logged('connected to Discord', CONNECT_MS);
    const { stdout } = await promisify(execFile)('ps', [
      '-o',
      'pid=,args=',
      '--ppid',
      String(npm.pid),
    ]);
    const children = stdout.trim().split('\n');
    // No shell in between: npm's only child is node running the bot.
    expect(children).toHaveLength(1);
    expect(children[0]).toMatch(/^\s*\d+ node dist\/main\.js$/);
    const botPid = Number.parseInt(children[0] ?? '', 10);

    const before = gateway.closeCodes.length;
    npm.kill('SIGTERM');
    const { code, signal } = await bot.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(gateway.closeCodes.slice(before)).toEqual([1000]);
    expect(() => process.kill(botPid, 0)).toThrow(/ESRCH/);
  });
});
