import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, redactDatabaseUrl } from '../../src/config.ts';

describe('the question log settings', () => {
  it('default to on, 90 days, ./data and no server', () => {
    expect(parseConfig({}).questionLog).toEqual({
      enabled: true,
      retentionDays: 90,
      dataDir: path.resolve('data'),
      databaseUrl: undefined,
    });
  });

  it('read QUESTION_LOG=off, a retention and a server URL', () => {
    const { questionLog } = parseConfig({
      QUESTION_LOG: 'OFF',
      QUESTION_LOG_DAYS: '30',
      STORYDESK_DATA_DIR: '/srv/storydesk',
      DATABASE_URL: 'postgresql://bot:pw@db.internal:5432/storydesk',
    });
    expect(questionLog).toMatchObject({
      enabled: false,
      retentionDays: 30,
      dataDir: '/srv/storydesk',
      databaseUrl: 'postgresql://bot:pw@db.internal:5432/storydesk',
    });
  });

  it('report every bad value at once, never echoing a database password', () => {
    const secret = 'hunter2-secret';
    let error: unknown;
    try {
      parseConfig({
        QUESTION_LOG: 'maybe',
        QUESTION_LOG_DAYS: '-3',
        DATABASE_URL: `mysql://bot:${secret}@db:3306/x`,
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'DATABASE_URL',
      'QUESTION_LOG',
      'QUESTION_LOG_DAYS',
    ]);
    expect(message).not.toContain(secret);
  });

  it('print a server URL with its password masked', () => {
    expect(redactDatabaseUrl('postgres://bot:s3cret@127.0.0.1:5432/log')).toBe(
      'postgres://bot:***@127.0.0.1:5432/log',
    );
  });
});
