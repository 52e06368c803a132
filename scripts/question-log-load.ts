/**
 * `npx tsx scripts/question-log-load.ts [--questions 10000] [--rounds 21] [--database-url URL] [--no-defer]`:
 * what recording costs answers. A burst of questions is answered one per
 * turn of the event loop, as a bot handles them; each answer's latency runs
 * from the moment its turn was scheduled to the moment it was answered and
 * recorded, so whatever the recorder takes from the loop shows up in it.
 *
 * One invocation, one open log (a running bot keeps it open): first a
 * warm-up pair of bursts (log off, log on) that is reported but not counted,
 * then `--rounds` pairs in alternating order (off-on, on-off, …) so slow
 * drift in the machine's load falls on both sides alike. Between bursts the
 * log is flushed, so a burst never competes with the previous one's writes.
 * The figures are the median of the per-burst means, on against off, with
 * their spread, and the median of each round's on/off ratio; then every
 * recorded row is counted: nothing may be lost. The log is embedded PGlite
 * in a scratch folder, or a server on this machine given by --database-url.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
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
import { median, percentile } from './bench/measure.ts';
import { questionMix } from './bench/questions.ts';

interface BurstResult {
  label: string;
  log: 'off' | 'on';
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  burstMs: number;
  /** CPU the answering (main) thread used during the burst. */
  mainCpuMs: number;
  /** CPU every other thread of the process used: the log's worker, GC helpers, compilers. */
  otherCpuMs: number;
  /** Time the main thread spent in garbage collection pauses. */
  gcMs: number;
  /** Entries still waiting to be written when the burst ended. */
  pendingAtEnd: number;
  /** Time spent building and recording the log's entries, per question, in microseconds. */
  recordUs: number;
}

/** Linux clock ticks per second for /proc's utime and stime (USER_HZ, 100 on every common build). */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds used so far by the main thread and by all the other threads, from /proc. */
function threadCpu(): { main: number; other: number } {
  let main = 0;
  let other = 0;
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the parenthesised name: state is field 3, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
      if (Number(tid) === process.pid) main += ms;
      else other += ms;
    }
  } catch {
    return { main: Number.NaN, other: Number.NaN };
  }
  return { main, other };
}

let gcMs = 0;
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as PerformanceEntry[]) gcMs += entry.duration;
});
gcObserver.observe({ entryTypes: ['gc'] });

async function burst(
  engine: StoryEngine,
  questions: readonly string[],
  recorder: QuestionRecorder,
  label: string,
): Promise<BurstResult> {
  const latencies = new Float64Array(questions.length);
  let recordMs = 0;
  const cpuBefore = threadCpu();
  const gcBefore = gcMs;
  const started = performance.now();
  for (const [i, question] of questions.entries()) {
    const scheduled = performance.now();
    await new Promise<void>((resolve) => setImmediate(resolve));
    const answer = engine.ask(question);
    const answered = performance.now();
    if (recorder.enabled) {
      recorder.record(questionEvent(question, answer, { source: 'cli', guildId: null }));
    }
    const done = performance.now();
    recordMs += done - answered;
    latencies[i] = done - scheduled;
  }
  const burstMs = performance.now() - started;
  const pendingAtEnd = recorder.pendingCount();
  // Let the observer's queued entries arrive before reading the GC total.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const cpuAfter = threadCpu();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    label,
    log: recorder.enabled ? 'on' : 'off',
    meanMs: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    burstMs,
    mainCpuMs: cpuAfter.main - cpuBefore.main,
    otherCpuMs: cpuAfter.other - cpuBefore.other,
    gcMs: gcMs - gcBefore,
    pendingAtEnd,
    recordUs: (recordMs * 1000) / questions.length,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string' },
      rounds: { type: 'string' },
      'database-url': { type: 'string' },
      'no-defer': { type: 'boolean' },
    },
  });
  const count = Number(values.questions ?? 10_000);
  const rounds = Number(values.rounds ?? 21);
  const databaseUrl = values['database-url'];
  if (databaseUrl && !/@(127\.\d+\.\d+\.\d+|localhost|\[::1\])[:/]/.test(databaseUrl)) {
    throw new Error('--database-url must point at this machine (loopback only)');
  }
  const loadBefore = loadavg();
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

    const recorder = createQuestionRecorder({
      open: () => openWorkerWriter(location),
      logger,
      retentionDays: 90,
      // Writes during the burst instead of after it: what a burst costs when it outlasts the deferral.
      ...(values['no-defer'] ? { idleMs: 0 } : {}),
    });
    // One question before the bursts opens the database, as a running bot has it open.
    recorder.record(
      questionEvent('warm-up', engine.ask('warm-up'), { source: 'cli', guildId: null }),
    );
    await recorder.flush();

    const results: BurstResult[] = [];
    let drainMs = 0;
    const run = async (log: 'off' | 'on', label: string) => {
      results.push(
        await burst(engine, questions, log === 'on' ? recorder : DISABLED_RECORDER, label),
      );
      const drainStart = performance.now();
      await recorder.flush();
      if (log === 'on') drainMs = Math.max(drainMs, performance.now() - drainStart);
      await sleep(250); // let the worker and the collector settle before the next burst
    };
    await run('off', 'warm-up off');
    await run('on', 'warm-up on ');
    for (let round = 1; round <= rounds; round += 1) {
      const order: Array<'off' | 'on'> = round % 2 === 1 ? ['off', 'on'] : ['on', 'off'];
      for (const log of order) await run(log, `${log.padEnd(3)} #${round}`.padEnd(11));
    }
    await recorder.close(120_000);
    const loadAfter = loadavg();

    const check = await openQuestionLog(location);
    const rows = await check.db
      .selectFrom('asked_questions')
      .select(sql<number>`count(*)::int`.as('rows'))
      .executeTakeFirstOrThrow();
    await check.close();

    const counted = results.filter((r) => !r.label.startsWith('warm-up'));
    const means = (log: 'off' | 'on') => counted.filter((r) => r.log === log).map((r) => r.meanMs);
    const off = median(means('off'));
    const on = median(means('on'));
    // Each round's two bursts ran back to back: their ratio is the least exposed to drift in load.
    const ratios = Array.from({ length: rounds }, (_, i) => {
      const pair = counted.slice(2 * i, 2 * i + 2);
      const offMean = pair.find((r) => r.log === 'off')?.meanMs ?? Number.NaN;
      const onMean = pair.find((r) => r.log === 'on')?.meanMs ?? Number.NaN;
      return (onMean / offMean - 1) * 100;
    });
    const pct = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
    const fmt = (ms: number) => ms.toFixed(4);
    const range = (samples: number[]) =>
      `${fmt(Math.min(...samples))}–${fmt(Math.max(...samples))}`;
    const sum = (log: 'off' | 'on', pick: (r: BurstResult) => number) =>
      counted.filter((r) => r.log === log).reduce((total, r) => total + pick(r), 0) /
      Math.max(1, counted.filter((r) => r.log === log).length);
    const recordedQuestions = (rounds + 1) * count + 1;

    console.log(
      `question log load: ${count} questions per burst, ${databaseUrl ? 'Postgres server' : 'PGlite'}, ` +
        `${rounds} counted rounds; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before`,
    );
    console.log(
      'burst        mean ms   p50 ms    p99 ms    burst ms  main cpu  other cpu  gc ms  pending',
    );
    for (const r of results) {
      console.log(
        `${r.label}  ${fmt(r.meanMs)}  ${fmt(r.p50Ms)}  ${fmt(r.p99Ms)}  ${r.burstMs.toFixed(0).padStart(8)}  ` +
          `${r.mainCpuMs.toFixed(0).padStart(8)}  ${r.otherCpuMs.toFixed(0).padStart(9)}  ${r.gcMs.toFixed(0).padStart(5)}  ${r.pendingAtEnd}`,
      );
    }
    console.log(
      `per-burst mean latency: off median ${fmt(off)} ms (range ${range(means('off'))}), ` +
        `on median ${fmt(on)} ms (range ${range(means('on'))})`,
    );
    console.log(
      `per burst on average: main-thread CPU ${sum('off', (r) => r.mainCpuMs).toFixed(0)} ms off, ${sum('on', (r) => r.mainCpuMs).toFixed(0)} ms on; ` +
        `other threads ${sum('off', (r) => r.otherCpuMs).toFixed(0)} ms off, ${sum('on', (r) => r.otherCpuMs).toFixed(0)} ms on; ` +
        `GC ${sum('off', (r) => r.gcMs).toFixed(0)} ms off, ${sum('on', (r) => r.gcMs).toFixed(0)} ms on`,
    );
    const recordUs = median(counted.filter((r) => r.log === 'on').map((r) => r.recordUs));
    console.log(
      `inside record() and building its event: ${recordUs.toFixed(2)} us per question (median of the bursts), ` +
        `${pct((recordUs / 1000 / off) * 100)} of the off bursts' median latency`,
    );
    console.log(
      `per round, on against off: ${ratios.map(pct).join(' ')}; median ${pct(median(ratios))}`,
    );
    console.log(
      `answer latency, log on vs off: ${fmt(on)} vs ${fmt(off)} ms (median of burst means), ${pct(((on - off) / off) * 100)} added; median of the rounds' ratios ${pct(median(ratios))}`,
    );
    console.log(
      `recorded ${recorder.writtenCount()} of ${recordedQuestions} (${rounds + 1} bursts with the log on, warm-up included, plus one opening question), ` +
        `dropped ${recorder.droppedCount()}, rows in the log ${rows.rows}; slowest catch-up after a burst ${drainMs.toFixed(0)} ms; ` +
        `load average ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`,
    );
    if (rows.rows !== recordedQuestions) {
      process.exitCode = 1;
      console.error(`LOST: ${recordedQuestions - rows.rows} questions are not in the log`);
    }
  } finally {
    gcObserver.disconnect();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
