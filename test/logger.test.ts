import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-that-must-not-leak';

function capture(level: Parameters<typeof createLogger>[0] = 'debug') {
  const raw: string[] = [];
  const logger = createLogger(level, (line) => raw.push(line));
  const lines = () => raw.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, raw, lines };
}

describe('when logging an event', () => {
  it('writes one JSON object per line with time, level, message, context and fields', () => {
    const { logger, lines } = capture();
    logger.child({ command: 'ask', guild: '1' }).info('answered', { ms: 3 });
    const [line] = lines();
    expect(line).toMatchObject({ level: 'info', message: 'answered', command: 'ask', ms: 3 });
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time);
  });

  it('drops lines below the configured level, and everything when silent', () => {
    const warn = capture('warn');
    warn.logger.info('not shown');
    warn.logger.warn('shown');
    expect(warn.lines().map((l) => l.message)).toEqual(['shown']);
    const silent = capture('silent');
    silent.logger.error('never');
    expect(silent.raw).toEqual([]);
  });
});

describe('when a line carries the token or an authorization header', () => {
  it('redacts them wherever they sit', () => {
    const { logger, raw } = capture();
    logger.error('request failed', {
      token: TOKEN,
      authorization: `Bot ${TOKEN}`,
      headers: { authorization: `Bot ${TOKEN}` },
      request: { headers: { authorization: `Bot ${TOKEN}` }, token: TOKEN },
    });
    logger.child({ token: TOKEN }).warn('child');
    expect(raw.join('\n')).not.toContain(TOKEN);
    expect(raw.join('\n')).toContain('[redacted]');
  });
});

describe('when logging an error', () => {
  it('includes its name, message, code, stack and the cause behind it', () => {
    const { logger, lines } = capture();
    const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    logger.error('login failed', { error: new TypeError('could not log in', { cause }) });
    const error = lines()[0]?.error as Record<string, unknown>;
    expect(error).toMatchObject({ name: 'TypeError', message: 'could not log in' });
    expect(String(error.stack)).toMatch(/TypeError: could not log in/);
    expect(error.cause).toMatchObject({ message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' });
  });

  it('logs anything else thrown as its text', () => {
    const { logger, lines } = capture();
    logger.error('odd', { error: 'a string' });
    expect(lines()[0]?.error).toEqual({ message: 'a string' });
  });
});
