import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, ConfigError, parseConfig } from '../../src/config.ts';
import { type BotProcess, DiscordLoginError, runDiscordBot } from '../../src/discord/run.ts';
import { KnowledgeError } from '../../src/knowledge/problems.ts';
import { createLogger } from '../../src/logger.ts';
import { FakeDiscord } from '../fixtures/discord/fake-discord.ts';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-that-must-not-leak';

/** A stand-in for `process`: records listeners and exit codes instead of acting. */
function fakeProcess() {
  const listeners = new Map<string, (arg?: unknown) => void>();
  const exits: number[] = [];
  const host: BotProcess = {
    on: (event: string, listener: (arg?: unknown) => void) => listeners.set(event, listener),
    exit: (code) => {
      exits.push(code);
    },
  };
  return { host, listeners, exits };
}

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await new FakeDiscord().start();
});
afterEach(() => discord.reset());
afterAll(() => discord.stop());

function config(env: Record<string, string> = {}) {
  return parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    LOG_LEVEL: 'silent',
    ...env,
  });
}

describe('when starting the bot without a token', () => {
  it('refuses with a ConfigError naming DISCORD_TOKEN, before any network', async () => {
    const { host } = fakeProcess();
    await expect(runDiscordBot(config({ DISCORD_TOKEN: '' }), host)).rejects.toThrow(ConfigError);
    await expect(runDiscordBot(config({ DISCORD_TOKEN: '' }), host)).rejects.toThrow(
      /DISCORD_TOKEN/,
    );
    expect(discord.requests).toEqual([]);
  });
});

describe('when the knowledge is broken', () => {
  it('refuses with the KnowledgeError before connecting', async () => {
    const { host } = fakeProcess();
    await expect(
      runDiscordBot(config({ KNOWLEDGE_DIR: '/nonexistent/storydesk' }), host),
    ).rejects.toThrow(KnowledgeError);
    expect(discord.requests).toEqual([]);
  });
});

describe('when Discord rejects the token', () => {
  it('says to reset DISCORD_TOKEN, without printing it', async () => {
    discord.respondWith((r) =>
      r.path === '/gateway/bot'
        ? { status: 401, body: { message: '401: Unauthorized', code: 0 } }
        : undefined,
    );
    const { host } = fakeProcess();
    const failure = await runDiscordBot(config(), host).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect(String((failure as Error).message)).toMatch(/DISCORD_TOKEN: Discord rejected it/);
    expect(String((failure as Error).message)).not.toContain(TOKEN);
    const gateway = await discord.waitFor((r) => r.path === '/gateway/bot');
    expect(gateway.authorization).toBe(`Bot ${TOKEN}`);
  });
});

describe('when Discord cannot be reached properly', () => {
  it('fails with a DiscordLoginError', async () => {
    discord.respondWith((r) =>
      r.path === '/gateway/bot' ? { status: 500, body: { message: 'down', code: 0 } } : undefined,
    );
    const { host } = fakeProcess();
    await expect(runDiscordBot(config(), host)).rejects.toThrow(DiscordLoginError);
  });
});

/** Runs the bot until its login is refused, leaving its process listeners installed. */
async function startedWithListeners() {
  discord.respondWith((r) =>
    r.path === '/gateway/bot' ? { status: 401, body: { message: 'no', code: 0 } } : undefined,
  );
  const { host, listeners, exits } = fakeProcess();
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', (line) => logs.push(JSON.parse(line)));
  await runDiscordBot(config(), host, logger).catch(() => undefined);
  return { listeners, exits, logs };
}

describe('when the process is told to stop or a promise goes astray', () => {
  it('exits 0 on SIGTERM, and logs stray rejections instead of dying', async () => {
    const { listeners, exits, logs } = await startedWithListeners();
    expect([...listeners.keys()].sort()).toEqual([
      'SIGINT',
      'SIGTERM',
      'uncaughtException',
      'unhandledRejection',
    ]);
    listeners.get('unhandledRejection')?.(new Error('stray'));
    expect(logs.find((l) => l.message === 'unhandled rejection')).toMatchObject({ level: 'error' });
    expect(exits).toEqual([]);
    listeners.get('SIGTERM')?.();
    listeners.get('SIGTERM')?.();
    await expect.poll(() => exits).toEqual([0]);
  });

  it('logs an uncaught exception with its cause, then exits 1', async () => {
    const { listeners, exits, logs } = await startedWithListeners();
    listeners.get('uncaughtException')?.(new Error('boom', { cause: new Error('deeper') }));
    expect(exits).toEqual([1]);
    expect(logs.find((l) => l.level === 'error')).toMatchObject({
      message: 'uncaught exception; exiting',
      error: { message: 'boom', cause: { message: 'deeper' } },
    });
  });
});

describe('when .env.example is copied to .env as is', () => {
  it('parses into the documented defaults', () => {
    const example = parse(readFileSync(new URL('../../.env.example', import.meta.url)));
    expect(Object.keys(example).sort()).toEqual(
      [
        'ASK_COOLDOWN_QUESTIONS',
        'ASK_COOLDOWN_SECONDS',
        'DISCORD_API_URL',
        'DISCORD_APPLICATION_ID',
        'DISCORD_GUILD_ID',
        'DISCORD_PUBLIC_KEY',
        'DISCORD_TOKEN',
        'HTTP_HOST',
        'HTTP_PORT',
        'KNOWLEDGE_DIR',
        'LOG_LEVEL',
        'QUESTION_LOG',
        'QUESTION_LOG_DAYS',
        'STORYDESK_DATA_DIR',
        'DATABASE_URL',
      ].sort(),
    );
    const parsed = parseConfig(example);
    expect(parsed.discord).toEqual({
      token: undefined,
      applicationId: undefined,
      guildId: undefined,
      apiUrl: 'https://discord.com/api',
      publicKey: undefined,
    });
    expect(parsed.http).toEqual({ port: undefined, host: undefined });
    expect(parsed.cooldown).toEqual({ questions: 5, windowMs: 10_000 });
    expect(parsed.knowledgeDir).toBe(BUNDLED_KNOWLEDGE_DIR);
    expect(parsed.questionLog).toMatchObject({
      enabled: true,
      retentionDays: 90,
      databaseUrl: undefined,
    });
  });
});
