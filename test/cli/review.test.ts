import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openQuestionLog } from '../../src/question-log/database.ts';
import type { QuestionEvent } from '../../src/question-log/events.ts';
import { openInThreadWriter } from '../../src/question-log/log-writer.ts';
import { createQuestionRecorder } from '../../src/question-log/recorder.ts';
import type { Review } from '../../src/question-log/review.ts';
import { BACKEND_START_MS, pgliteBackend, recordingLogger } from '../question-log/backends.ts';
import { unansweredEvent } from '../question-log/sample-events.ts';
import { chatInConsole, copyOfBundledKnowledge, logEnv } from '../question-log/support.ts';
import { cli } from './in-process.ts';

interface QaPair {
  id: string;
  questions: string[];
  gap?: boolean;
}

const backend = pgliteBackend();
let knowledge: Awaited<ReturnType<typeof copyOfBundledKnowledge>>;
let qaFile: string;
let pairs: QaPair[];

const unknown = (question: string, more: Partial<QuestionEvent> = {}): QuestionEvent =>
  unansweredEvent(question, { source: 'mention', ...more });

/** Writes entries the way the bot would, and waits until they are in the log. */
async function recordAll(write: (recorder: ReturnType<typeof createQuestionRecorder>) => void) {
  const recorder = createQuestionRecorder({
    open: () => openInThreadWriter(backend.location),
    logger: recordingLogger().logger,
    retentionDays: 90,
  });
  write(recorder);
  await recorder.close();
  expect(recorder.droppedCount()).toBe(0);
}

async function reviewJson(): Promise<Review> {
  const { code, stdout, stderr } = await cli(['review', '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Review;
}

beforeAll(async () => {
  await backend.start();
  knowledge = await copyOfBundledKnowledge();
  qaFile = path.join(knowledge.dir, 'sources', 'caliber-az-russia-syria-bases', 'qa.json');
  pairs = (JSON.parse(await readFile(qaFile, 'utf8')) as { pairs: QaPair[] }).pairs;
  for (const [key, value] of Object.entries(logEnv(backend.location, knowledge.dir))) {
    vi.stubEnv(key, value);
  }
}, BACKEND_START_MS);
afterAll(async () => {
  vi.unstubAllEnvs();
  await knowledge?.remove();
  await backend.stop();
});
beforeEach(() => backend.clear());

const answerable = () => pairs.filter((pair) => !pair.gap);
const gapPair = () => pairs.find((pair) => pair.gap);

describe('storydesk review accept', () => {
  const refusals: [string, () => string[], RegExp][] = [
    ['an unknown pair', () => ['--pair', 'no-such-pair'], /no Q&A pair "no-such-pair"/],
    ['a gap pair', () => ['--pair', String(gapPair()?.id)], /gap pair/],
  ];
  for (const [what, flags, message] of refusals) {
    it(`refuses ${what} with exit 2, and writes nothing`, async () => {
      const before = await readFile(qaFile, 'utf8');
      const result = await cli([
        'review',
        'accept',
        '--question',
        'What is a flurble?',
        ...flags(),
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/nothing was written/);
      expect(await readFile(qaFile, 'utf8')).toBe(before);
    });
  }

  it('refuses a question the knowledge already has, in any case or punctuation', async () => {
    const [first, second] = answerable();
    const existing = String(first?.questions[1]);
    const before = await readFile(qaFile, 'utf8');
    const result = await cli([
      'review',
      'accept',
      '--question',
      `${existing.toUpperCase()}!!`,
      '--pair',
      String(second?.id),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`already a phrasing of another pair, "${first?.id}"`);
    expect(await readFile(qaFile, 'utf8')).toBe(before);
  });

  it('needs both --question and --pair (usage, exit 2)', async () => {
    const result = await cli(['review', 'accept', '--question', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs --pair/);
  });
});

describe('storydesk review --json', () => {
  it('offers the pair readers picked after asking, and lists the pick', async () => {
    const target = answerable()[2] as QaPair;
    await recordAll((recorder) => {
      recorder.record(unknown('how is the qwertyuiop going'));
      recorder.recordPick({
        question: 'How is the qwertyuiop going?',
        pairId: target.id,
        guildId: '123456789012345678',
        source: 'button',
      });
    });
    const review = await reviewJson();
    expect(review.unanswered).toEqual([
      expect.objectContaining({
        question: 'how is the qwertyuiop going',
        count: 1,
        candidate: { pair: target.id, question: target.questions[0] },
      }),
    ]);
    expect(review.picked).toEqual([
      expect.objectContaining({
        pair: target.id,
        count: 1,
        question: 'How is the qwertyuiop going?',
      }),
    ]);
  });

  it('counts gaps hit and answers judged unhelpful', async () => {
    const gap = gapPair() as QaPair;
    const answered = answerable()[0] as QaPair;
    await recordAll((recorder) => {
      for (let i = 0; i < 2; i += 1) {
        recorder.record(
          unknown(gap.questions[0] ?? '', { outcome: 'gap', unit: { kind: 'qa', id: gap.id } }),
        );
      }
      for (const helpful of [false, false, true]) {
        recorder.recordFeedback({ unit: { kind: 'qa', id: answered.id }, helpful, guildId: null });
      }
    });
    const review = await reviewJson();
    expect(review.gaps).toEqual([expect.objectContaining({ pair: gap.id, count: 2 })]);
    expect(review.unhelpful).toEqual([
      expect.objectContaining({ unit: { kind: 'qa', id: answered.id }, count: 2, helpful: 1 }),
    ]);
    expect(review.unanswered).toEqual([]);
  });
});

describe('storydesk review reject', () => {
  it('hides the question, in every near-identical wording, from later reviews', async () => {
    await recordAll((recorder) => {
      recorder.record(unknown('Is the bot a robot?'));
      recorder.record(unknown('is the bot a ROBOT'));
      recorder.record(unknown('what about the qwertyuiop'));
    });
    const rejected = await cli(['review', 'reject', '--question', 'is the bot a robot?']);
    expect(rejected.code).toBe(0);
    const review = await reviewJson();
    expect(review.unanswered.map((u) => u.question)).toEqual(['what about the qwertyuiop']);
  });
});

describe('storydesk review without --json', () => {
  it('prints the same review as text, with the commands to act on it', async () => {
    await recordAll((recorder) => {
      recorder.record(unknown('what about the qwertyuiop'));
      recorder.record(unknown('what about the qwertyuiop'));
    });
    const { code, stdout } = await cli(['review']);
    expect(code).toBe(0);
    expect(stdout).toContain('Unanswered questions');
    expect(stdout).toContain('2× “what about the qwertyuiop”');
    expect(stdout).toContain('review accept --question');
  });
});

describe('storydesk ask', () => {
  it('records only with --log', async () => {
    await cli(['ask', '--json', 'what about the qwertyuiop']);
    expect((await reviewJson()).unanswered).toEqual([]);
    await cli(['ask', '--json', '--log', 'what about the qwertyuiop']);
    expect((await reviewJson()).unanswered).toEqual([
      expect.objectContaining({ question: 'what about the qwertyuiop', count: 1 }),
    ]);
  });
});

describe('the console chat with QUESTION_LOG=off', () => {
  it('answers and records nothing', async () => {
    vi.stubEnv('QUESTION_LOG', 'off');
    try {
      expect(await chatInConsole(['what about the qwertyuiop'])).toMatch(/does not say/);
    } finally {
      vi.stubEnv('QUESTION_LOG', 'on');
    }
    expect((await reviewJson()).unanswered).toEqual([]);
  });
});

describe('when the database cannot be reached', () => {
  const unreachable = 'postgres://editor:s3cret-pw@127.0.0.1:9/storydesk';

  it('review exits 1 with the reason, and never prints the password', async () => {
    vi.stubEnv('DATABASE_URL', unreachable);
    try {
      const result = await cli(['review', '--json']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /cannot use the question log database at postgres:\/\/editor:\*\*\*@127\.0\.0\.1:9/,
      );
      expect(result.stderr).not.toContain('s3cret-pw');
    } finally {
      vi.stubEnv('DATABASE_URL', backend.location.databaseUrl ?? '');
    }
  });

  it('the console still answers; the recorder drops and counts, warning once', async () => {
    const { logger, lines } = recordingLogger();
    const recorder = createQuestionRecorder({
      open: () =>
        openInThreadWriter({ dataDir: backend.location.dataDir, databaseUrl: unreachable }),
      logger,
      retentionDays: 90,
    });
    for (let i = 0; i < 3; i += 1) {
      recorder.record(unknown(`question ${i}`));
      await recorder.flush();
    }
    await recorder.close();
    expect(recorder.droppedCount()).toBe(3);
    const warnings = lines.filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings)).not.toContain('s3cret-pw');
  });
});

describe('when the data folder is corrupt', () => {
  it('review names the folder, exits 1 and changes nothing', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'storydesk-corrupt-'));
    try {
      const dbDir = path.join(dataDir, 'question-log');
      await mkdir(dbDir);
      await writeFile(path.join(dbDir, 'notes.txt'), 'not a database');
      vi.stubEnv('STORYDESK_DATA_DIR', dataDir);
      const result = await cli(['review', '--json']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(dbDir);
      expect(result.stderr).toMatch(/nothing was changed/);
      expect(await readdir(dbDir)).toEqual(['notes.txt']);
    } finally {
      vi.stubEnv('STORYDESK_DATA_DIR', backend.location.dataDir);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('a second opener of the embedded log is refused while the first holds it', async () => {
    const first = await openQuestionLog(backend.location);
    try {
      const result = await cli(['review', '--json']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/in use by process \d+/);
    } finally {
      await first.close();
    }
  });
});
