import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { type HttpProcess, runHttpInteractions } from '../../src/http/run.ts';
import { createLogger } from '../../src/logger.ts';
import { chatInput } from '../fixtures/discord/gateway.ts';
import { postSigned, testKeys } from '../fixtures/http/signed.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const KEY = 'a'.repeat(64);

describe('when HTTP_PORT or DISCORD_PUBLIC_KEY is wrong', () => {
  it('refuses to start, listing every problem at once', () => {
    const attempt = () =>
      parseConfig({ HTTP_PORT: '70000', DISCORD_PUBLIC_KEY: 'not-a-key', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/HTTP_PORT: must be a port number from 1 to 65535/);
      expect(problems.join('\n')).toMatch(/DISCORD_PUBLIC_KEY: must be the 64 hex characters/);
      expect(problems.join('\n')).not.toContain('not-a-key');
    }
  });

  for (const bad of ['0', '-1', '80.5', 'http', '65536']) {
    it(`refuses HTTP_PORT=${bad}`, () => {
      expect(() => parseConfig({ HTTP_PORT: bad })).toThrow(/HTTP_PORT/);
    });
  }

  it('asks for HTTP_PORT when a public key is set without one', () => {
    expect(() => parseConfig({ DISCORD_PUBLIC_KEY: KEY })).toThrow(
      /HTTP_PORT: required when DISCORD_PUBLIC_KEY is set/,
    );
  });

  it('accepts a port and a public key in either case', () => {
    const config = parseConfig({ HTTP_PORT: '8080', DISCORD_PUBLIC_KEY: KEY.toUpperCase() });
    expect(config.http.port).toBe(8080);
    expect(config.discord.publicKey).toBe(KEY);
  });
});

describe('when the HTTP mode is told to stop', () => {
  it('closes the server and exits 0 on SIGTERM', async () => {
    const keys = testKeys();
    const listeners = new Map<string, () => void>();
    const exits: number[] = [];
    const host: HttpProcess = {
      once: (signal, listener) => listeners.set(signal, listener),
      exit: (code) => void exits.push(code),
    };
    const config = parseConfig({
      HTTP_PORT: String(await freePort()),
      HTTP_HOST: '127.0.0.1',
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    });
    const running = await runHttpInteractions(config, host, createLogger('silent'));
    expect((await postSigned(running.url, keys, { type: 1 })).body).toEqual({ type: 1 });
    listeners.get('SIGTERM')?.();
    await expect.poll(() => exits).toEqual([0]);
    expect(running.server.listening).toBe(false);
  });
});

describe('when `npm start` has DISCORD_PUBLIC_KEY and no DISCORD_TOKEN', () => {
  it('serves signed interactions over HTTP, then exits 0 on SIGTERM', async () => {
    const keys = testKeys();
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: '',
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        HTTP_PORT: String(port),
        HTTP_HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await expect
        .poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status, {
          timeout: 20_000,
          interval: 200,
        })
        .toBe(200);
      const answer = await postSigned(
        base,
        keys,
        chatInput('ask', { question: 'where are the bases?' }),
      );
      expect(answer.status).toBe(200);
      expect((answer.body as { type: number }).type).toBe(4);
      child.kill('SIGTERM');
      expect(await exitCode(child)).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});

function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
