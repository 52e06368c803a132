/**
 * `npx tsx scripts/question-log-load.ts [--questions 10000] [--rounds 2] [--database-url URL]`:
 * what recording costs answers. A burst of questions is answered one per
 * turn of the event loop, as a bot handles them, once with the question log
 * off and once on (alternating, `--rounds` times each); each answer's latency runs from
 * the moment its turn was scheduled to the moment it was answered and
 * recorded, so time the recorder's writes take from the loop shows up in it.
 * Then every recorded row is counted. The log is embedded PGlite in a scratch
 * folder, or a server on this machine given by --database-url.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { BUNDLED_KNOWLEDGE_DIR } from '../src/config.ts';
import { createEngine, type StoryEngine } from '../src/engine/engine.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { createLogger } from '../src/logger.ts';
import { openQuestionLog, type QuestionLogLocation } from '../src/question-log/database.ts';
import { questionEvent } from '../src/question-log/events.ts';
import {
  createQuestionRecorder,
  DISABLED_RECORDER,
  type QuestionRecorder,
} from '../src/question-log/recorder.ts';
import { openWorkerWriter } from '../src/question-log/worker-writer.ts';
import { percentile } from './bench/measure.ts';
import { questionMix } from './bench/questions.ts';

interface RunResult {
  label: string;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  burstMs: number;
}

async function burst(
  engine: StoryEngine,
  questions: readonly string[],
  recorder: QuestionRecorder,
  label: string,
): Promise<RunResult> {
  const latencies = new Float64Array(questions.length);
  const started = performance.now();
  for (const [i, question] of questions.entries()) {
    const scheduled = performance.now();
    await new Promise<void>((resolve) => setImmediate(resolve));
    const answer = engine.ask(question);
    recorder.record(questionEvent(question, answer, { source: 'cli', guildId: null }));
    latencies[i] = performance.now() - scheduled;
  }
  const burstMs = performance.now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    label,
    meanMs: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    burstMs,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string' },
      rounds: { type: 'string' },
      'database-url': { type: 'string' },
    },
  });
  const count = Number(values.questions ?? 10_000);
  const rounds = Number(values.rounds ?? 2);
  const databaseUrl = values['database-url'];
  if (databaseUrl && !/@(127\.\d+\.\d+\.\d+|localhost|\[::1\])[:/]/.test(databaseUrl)) {
    throw new Error('--database-url must point at this machine (loopback only)');
  }
  const kb = await loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
  const engine = createEngine(kb);
  const questions = questionMix(kb, count).map((q) => q.text);
  for (const question of questions) engine.ask(question); // warm caches and the JIT

  const scratch = await mkdtemp(path.join(tmpdir(), 'storydesk-load-'));
  const location: QuestionLogLocation = { dataDir: scratch, databaseUrl };
  const logger = createLogger('warn');
  try {
    // Create and migrate the log first: a one-time initdb is not an answer's cost.
    const setup = await openQuestionLog(location);
    await sql`truncate asked_questions`.execute(setup.db);
    await setup.close();

    const results: RunResult[] = [];
    let written = 0;
    let dropped = 0;
    let drainMs = 0;
    for (let round = 1; round <= rounds; round += 1) {
      results.push(await burst(engine, questions, DISABLED_RECORDER, `off #${round}`));
      const recorder = createQuestionRecorder({
        open: () => openWorkerWriter(location),
        logger,
        retentionDays: 90,
      });
      // One question before the burst opens the database, as a running bot has it open.
      recorder.record(
        questionEvent('warm-up', engine.ask('warm-up'), { source: 'cli', guildId: null }),
      );
      await recorder.flush();
      results.push(await burst(engine, questions, recorder, `on  #${round}`));
      const drainStart = performance.now();
      await recorder.close(120_000);
      drainMs += performance.now() - drainStart;
      written += recorder.writtenCount();
      dropped += recorder.droppedCount();
    }

    const check = await openQuestionLog(location);
    const rows = await check.db
      .selectFrom('asked_questions')
      .select(sql<number>`count(*)::int`.as('rows'))
      .executeTakeFirstOrThrow();
    await check.close();

    const mean = (prefix: string, pick: (r: RunResult) => number) => {
      const runs = results.filter((r) => r.label.startsWith(prefix));
      return runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
    };
    const off = mean('off', (r) => r.meanMs);
    const on = mean('on', (r) => r.meanMs);
    const fmt = (ms: number) => ms.toFixed(4);
    console.log(
      `question log load: ${count} questions per burst, ${databaseUrl ? 'Postgres server' : 'PGlite'}`,
    );
    console.log('run     mean ms   p50 ms    p99 ms    burst ms');
    for (const r of results) {
      console.log(
        `${r.label}  ${fmt(r.meanMs)}  ${fmt(r.p50Ms)}  ${fmt(r.p99Ms)}  ${r.burstMs.toFixed(0)}`,
      );
    }
    console.log(
      `answer latency, log on vs off: ${fmt(on)} vs ${fmt(off)} ms mean, ${(((on - off) / off) * 100).toFixed(1)}% added`,
    );
    console.log(
      `recorded ${written} of ${rounds * (count + 1)} (each burst plus one warm-up), dropped ${dropped}, rows in the log ${rows.rows}; writes drained ${drainMs.toFixed(0)} ms after the bursts`,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
