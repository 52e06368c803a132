/**
 * Measures one knowledge base: engine build time, heap after build, warm
 * per-question latency, and the same questions against a plain Fuse.js
 * search over the same passages, the baseline the engine must beat.
 */
import Fuse from 'fuse.js';
import { createBot } from '../../src/discord/bot.ts';
import { createEngine } from '../../src/engine/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { createLogger } from '../../src/logger.ts';
import { heapUsedMb, percentile, timeEach, timeEachSplit, timeOnce } from './measure.ts';
import { type BenchQuestion, QUESTION_KINDS, type QuestionKind } from './questions.ts';

/** Latency figures of one set of questions, in milliseconds. */
export interface Latency {
  p50_ms: number;
  p99_ms: number;
}

/** What the benchmark reports for one knowledge base; snake_case because it is the JSON output. */
export interface CorpusResult {
  name: string;
  passages: number;
  build_ms: number;
  /** Loaded knowledge → engine → Discord bot ready to answer (`createBot`, not logged in). */
  bot_ready_ms: number;
  p50_ms: number;
  p99_ms: number;
  /**
   * p50 and p99 of the same asks less the time the thread waited for a CPU
   * while other processes ran (Linux; null elsewhere): the engine's own
   * latency, garbage collection included, which the story target is read
   * against. On a machine shared with other work the single-pass `p99_ms`
   * is mostly that wait.
   */
  p50_on_cpu_ms: number | null;
  p99_on_cpu_ms: number | null;
  /**
   * p99 of the warm-up's first thousand: the first questions a freshly built engine answers,
   * while V8 is still compiling the heavy paths.
   */
  first_p99_ms: number;
  baseline_p50_ms: number;
  baseline_p99_ms: number;
  heap_mb: number;
  /** Questions timed against the engine, behind p50 and p99. */
  questions: number;
  /** Questions timed against the baseline: the first ones of the same mix. */
  baseline_questions: number;
  /** The engine's latency for each kind of question. */
  by_kind: Record<QuestionKind, Latency>;
}

/**
 * The baseline warms up on its cheap one-word questions only: a long
 * question can take it seconds on a big corpus, and it is long warm by then.
 * The engine warms up on a mix of its own (see `run.ts`).
 */
const BASELINE_WARMUP = 4;

/**
 * A p99 over 200 asks is the second slowest ask, one stray GC pause away
 * from another figure. While the engine is fast, more questions of the same
 * mix are asked, until there are this many samples or the budget is spent.
 */
export const MIN_SAMPLES = 1000;
const EXTRA_BUDGET_MS = 4000;

/** The first questions after a build, whose own p99 is `first_p99_ms`. */
const FIRST_QUESTIONS = 1000;
/**
 * Warm-up questions after the first thousand are asked while they take less
 * than this: all of them on the story and small corpora, fewer on a corpus
 * where each question costs milliseconds.
 */
const WARMUP_BUDGET_MS = 4000;

const SILENT = createLogger('silent');

/** How many questions of the mix to time. */
export interface QuestionPlan {
  /** Timed against the engine at least; more while it is fast, up to {@link MIN_SAMPLES}. */
  engine: number;
  /** Timed against the baseline: the first ones of the mix. */
  baseline: number;
}

/**
 * Builds the engine for one knowledge base and times it, then the baseline,
 * on the same questions. `mix` must hold at least `plan.engine` questions.
 */
export function benchCorpus(
  name: string,
  kb: KnowledgeBase,
  mix: readonly BenchQuestion[],
  plan: QuestionPlan,
  warmup: readonly BenchQuestion[],
): CorpusResult {
  const passages = kb.sources.flatMap((s) => s.source.passages);
  let build_ms = 0;
  const ready = timeOnce(() => {
    const build = timeOnce(() => createEngine(kb));
    build_ms = build.ms;
    return { engine: build.value, bot: createBot({ engine: build.value, logger: SILENT }) };
  });
  const { engine, bot } = ready.value;
  // Never logged in: destroying only stops its cache sweepers.
  void bot.destroy();
  const heap = heapUsedMb();

  // As the bot does once it is ready and before its first reader: the lazy
  // indexes are built and the engine has asked itself a few questions.
  engine.prepare();
  // A bot in service has answered other questions before these: the timed
  // ones come after a warm-up mix of the same kinds, timed on its own.
  // The first thousand are the first questions after a build (`first_p99_ms`);
  // more warm the engine further while the budget lasts.
  const firstSamples = timeEach(warmup.slice(0, FIRST_QUESTIONS), ({ text }) => engine.ask(text));
  const warmStarted = performance.now();
  for (let at = FIRST_QUESTIONS; at < warmup.length; at += FIRST_QUESTIONS) {
    if (performance.now() - warmStarted > WARMUP_BUDGET_MS) break;
    for (const { text } of warmup.slice(at, at + FIRST_QUESTIONS)) engine.ask(text);
  }
  const timed = timeEachSplit(mix.slice(0, plan.engine), ({ text }) => engine.ask(text));
  const samples = timed.wall;
  const onCpu = timed.onCpu;
  const roundMs = samples.reduce((sum, ms) => sum + ms, 0);
  for (let spentMs = roundMs; samples.length < Math.min(MIN_SAMPLES, mix.length); ) {
    if (spentMs + roundMs > EXTRA_BUDGET_MS) break;
    const more = mix.slice(samples.length, samples.length + plan.engine);
    const extra = timeEachSplit(more, ({ text }) => engine.ask(text));
    samples.push(...extra.wall);
    if (onCpu && extra.onCpu) onCpu.push(...extra.onCpu);
    spentMs += extra.wall.reduce((sum, ms) => sum + ms, 0);
  }

  const fuse = new Fuse(passages, { keys: ['text'], ignoreLocation: true });
  const cheap = mix.filter((q) => q.kind === 'one-word').slice(0, BASELINE_WARMUP);
  for (const { text } of cheap) fuse.search(text);
  const baselineSamples = timeEach(mix.slice(0, plan.baseline), ({ text }) => fuse.search(text));

  const byKind = Object.fromEntries(
    QUESTION_KINDS.map((kind) => {
      const ofKind = samples.filter((_, i) => mix[i]?.kind === kind);
      return [kind, { p50_ms: percentile(ofKind, 50), p99_ms: percentile(ofKind, 99) }];
    }),
  ) as Record<QuestionKind, Latency>;

  return {
    name,
    passages: passages.length,
    build_ms,
    bot_ready_ms: ready.ms,
    p50_ms: percentile(samples, 50),
    p99_ms: percentile(samples, 99),
    p50_on_cpu_ms: onCpu && percentile(onCpu, 50),
    p99_on_cpu_ms: onCpu && percentile(onCpu, 99),
    first_p99_ms: percentile(firstSamples, 99),
    baseline_p50_ms: percentile(baselineSamples, 50),
    baseline_p99_ms: percentile(baselineSamples, 99),
    heap_mb: heap,
    questions: samples.length,
    baseline_questions: baselineSamples.length,
    by_kind: byKind,
  };
}
