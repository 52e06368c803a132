/**
 * Measures one knowledge base: engine build time, heap after build, warm
 * per-question latency, and the same questions against a plain Fuse.js
 * search over the same passages, the baseline the engine must beat.
 */
import Fuse from 'fuse.js';
import { createEngine } from '../../src/engine/engine.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { heapUsedMb, percentile, timeEach, timeOnce } from './measure.ts';
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
  p50_ms: number;
  p99_ms: number;
  baseline_p50_ms: number;
  baseline_p99_ms: number;
  heap_mb: number;
  /** Distinct questions timed against the engine. */
  questions: number;
  /** Timed asks behind p50 and p99: the mix, repeated while it is cheap (see {@link repeatedTimings}). */
  samples: number;
  /** Questions timed against the baseline: the first ones of the same mix. */
  baseline_questions: number;
  /** The engine's latency for each kind of question. */
  by_kind: Record<QuestionKind, Latency>;
}

/**
 * Questions run before timing, so that timings are of warm, optimized code.
 * The baseline warms up on its cheap one-word questions only: a long
 * question can take it seconds on a big corpus, and it is long warm by then.
 */
const ENGINE_WARMUP = 40;
const BASELINE_WARMUP = 4;

/**
 * A p99 over 200 asks is the second slowest ask, one stray GC pause away
 * from another figure. While the engine is fast, the mix is asked again
 * until there are this many samples, within {@link REPEAT_BUDGET_MS}.
 */
const MIN_SAMPLES = 1000;
const REPEAT_BUDGET_MS = 4000;

export function benchCorpus(
  name: string,
  kb: KnowledgeBase,
  questions: readonly BenchQuestion[],
  baselineCount: number,
): CorpusResult {
  const passages = kb.sources.flatMap((s) => s.source.passages);
  const build = timeOnce(() => createEngine(kb));
  const engine = build.value;
  const heap = heapUsedMb();

  const texts = questions.map((q) => q.text);
  for (const text of texts.slice(0, ENGINE_WARMUP)) engine.ask(text);
  const samples = repeatedTimings(texts, (text) => engine.ask(text));

  const fuse = new Fuse(passages, { keys: ['text'], ignoreLocation: true });
  const baselineTexts = texts.slice(0, Math.min(baselineCount, texts.length));
  const cheap = questions.filter((q) => q.kind === 'one-word').slice(0, BASELINE_WARMUP);
  for (const { text } of cheap) fuse.search(text);
  const baselineSamples = timeEach(baselineTexts, (text) => fuse.search(text));

  const byKind = Object.fromEntries(
    QUESTION_KINDS.map((kind) => {
      const ofKind = samples.filter((_, i) => questions[i % questions.length]?.kind === kind);
      return [kind, { p50_ms: percentile(ofKind, 50), p99_ms: percentile(ofKind, 99) }];
    }),
  ) as Record<QuestionKind, Latency>;

  return {
    name,
    passages: passages.length,
    build_ms: build.ms,
    p50_ms: percentile(samples, 50),
    p99_ms: percentile(samples, 99),
    baseline_p50_ms: percentile(baselineSamples, 50),
    baseline_p99_ms: percentile(baselineSamples, 99),
    heap_mb: heap,
    questions: questions.length,
    samples: samples.length,
    baseline_questions: baselineSamples.length,
    by_kind: byKind,
  };
}

/**
 * Times every input once, then again in whole rounds while there are fewer
 * than {@link MIN_SAMPLES} samples and another round fits in the budget.
 */
function repeatedTimings(inputs: readonly string[], run: (input: string) => unknown): number[] {
  const samples = timeEach(inputs, run);
  const roundMs = samples.reduce((sum, ms) => sum + ms, 0);
  let spentMs = roundMs;
  while (samples.length < MIN_SAMPLES && spentMs + roundMs <= REPEAT_BUDGET_MS) {
    samples.push(...timeEach(inputs, run));
    spentMs += roundMs;
  }
  return samples;
}
