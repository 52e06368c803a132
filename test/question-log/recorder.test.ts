import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openQuestionLog, type QuestionLogDatabase } from '../../src/question-log/database.ts';
import type { QuestionEvent } from '../../src/question-log/events.ts';
import { createQuestionRecorder } from '../../src/question-log/recorder.ts';
import { openWorkerWriter } from '../../src/question-log/worker-writer.ts';
import { BACKEND_START_MS, BACKENDS, recordingLogger } from './backends.ts';

const event = (question: string, more: Partial<QuestionEvent> = {}): QuestionEvent => ({
  question,
  guildId: '123456789012345678',
  source: 'slash',
  outcome: 'unknown',
  unit: null,
  confidence: 0.12,
  suggestions: ['Where are the bases?'],
  alternatives: [],
  ...more,
});

describe.each(BACKENDS)('the question log on $name', ({ make }) => {
  const backend = make();
  beforeAll(() => backend.start(), BACKEND_START_MS);
  afterAll(() => backend.stop());
  beforeEach(() => backend.clear());

  const withLog = async (run: (log: QuestionLogDatabase) => Promise<void>) => {
    const log = await openQuestionLog(backend.location);
    try {
      await run(log);
    } finally {
      await log.close();
    }
  };

  const recorderOn = async (retentionDays = 90, now?: () => Date) => {
    const { location } = backend;
    const { logger, lines } = recordingLogger();
    const recorder = createQuestionRecorder({
      open: () => openWorkerWriter(location),
      logger,
      retentionDays,
      ...(now ? { now } : {}),
    });
    return { recorder, lines, location };
  };

  describe('when a question is recorded', () => {
    it('stores the question, where it came from and what the reader was shown', async () => {
      const { recorder, location } = await recorderOn();
      recorder.record(
        event('<@123456789012345678> when   did Russia leave?', {
          outcome: 'answered',
          unit: { kind: 'qa', id: 'withdrawal' },
          confidence: 0.87,
          suggestions: [],
          alternatives: ['Where are the bases?'],
        }),
      );
      await recorder.close();
      expect(recorder.writtenCount()).toBe(1);
      const log = await openQuestionLog(location);
      try {
        const rows = await log.db.selectFrom('asked_questions').selectAll().execute();
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({
          question: 'when did Russia leave?',
          normalized: 'when did russia leave',
          guild_id: '123456789012345678',
          source: 'slash',
          outcome: 'answered',
          unit_kind: 'qa',
          unit_id: 'withdrawal',
          alternatives: ['Where are the bases?'],
          suggestions: [],
        });
        expect(rows[0]?.confidence).toBeCloseTo(0.87, 5);
      } finally {
        await log.close();
      }
    });

    it('stores a 6,000-character question with control characters cut to 1,000 clean characters', async () => {
      const { recorder, location } = await recorderOn();
      const runaway = `why\u0000 did\u0007 they\u202e ${'x'.repeat(6000)}`;
      recorder.record(event(runaway));
      await recorder.close();
      const log = await openQuestionLog(location);
      try {
        const [row] = await log.db.selectFrom('asked_questions').select('question').execute();
        expect(row?.question).toHaveLength(1000);
        expect(row?.question.startsWith('why did they x')).toBe(true);
        expect(row?.question).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      } finally {
        await log.close();
      }
    });

    it('has nowhere to store a user id, a user name or a message id', async () => {
      await withLog(async (log) => {
        const columns = await sql<{ column_name: string }>`
          select column_name from information_schema.columns
          where table_schema = current_schema() and table_name not like 'storydesk_migrations%'
        `.execute(log.db);
        const names = columns.rows.map((row) => row.column_name);
        expect(names).toContain('guild_id');
        expect(names.filter((name) => /user|author|member|message|name$/.test(name))).toEqual([]);
      });
    });
  });

  describe('when entries are older than QUESTION_LOG_DAYS', () => {
    it('purges them when the log starts, keeping the recent ones', async () => {
      const now = new Date('2026-12-01T12:00:00Z');
      const { recorder, location } = await recorderOn(30, () => now);
      const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
      recorder.record(event('an old question', { askedAt: daysAgo(31) }));
      recorder.record(event('a recent question', { askedAt: daysAgo(29) }));
      recorder.recordFeedback({
        unit: { kind: 'qa', id: 'bases' },
        helpful: false,
        guildId: null,
        judgedAt: daysAgo(40),
      });
      await recorder.close();

      // The next start purges what the first one wrote.
      const again = createQuestionRecorder({
        open: () => openWorkerWriter(location),
        logger: recordingLogger().logger,
        retentionDays: 30,
        now: () => now,
      });
      again.record(event('today'));
      await again.close();
      const log = await openQuestionLog(location);
      try {
        const rows = await log.db.selectFrom('asked_questions').select('question').execute();
        expect(rows.map((row) => row.question).sort()).toEqual(['a recent question', 'today']);
        const feedback = await log.db.selectFrom('answer_feedback').selectAll().execute();
        expect(feedback).toEqual([]);
      } finally {
        await log.close();
      }
    });
  });

  describe('when two processes write at once', () => {
    it('loses no row', async () => {
      const { location } = backend;
      if (location.databaseUrl === undefined) return; // PGlite admits one process; see data-folder specs.
      const writers = [1, 2].map(() =>
        createQuestionRecorder({
          open: () => openWorkerWriter(location),
          logger: recordingLogger().logger,
          retentionDays: 90,
          batchSize: 100,
        }),
      );
      for (let i = 0; i < 3000; i += 1) {
        for (const [n, writer] of writers.entries())
          writer.record(event(`writer ${n} question ${i}`));
      }
      await Promise.all(writers.map((writer) => writer.close(60_000)));
      expect(writers.map((writer) => writer.droppedCount())).toEqual([0, 0]);
      const log = await openQuestionLog(location);
      try {
        const counted = await log.db
          .selectFrom('asked_questions')
          .select((eb) => eb.fn.count<string>('id').as('rows'))
          .executeTakeFirstOrThrow();
        expect(Number(counted.rows)).toBe(6000);
      } finally {
        await log.close();
      }
    });
  });
});

describe('a recorder with nothing to write', () => {
  it('flushes and closes at once, without opening the database', async () => {
    let opened = 0;
    const recorder = createQuestionRecorder({
      open: async () => {
        opened += 1;
        throw new Error('not needed');
      },
      logger: recordingLogger().logger,
      retentionDays: 90,
    });
    await recorder.flush();
    await recorder.close();
    expect(opened).toBe(0);
    expect(recorder.droppedCount()).toBe(0);
  });
});
