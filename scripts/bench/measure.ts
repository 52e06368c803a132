/** Timing and memory primitives of the benchmark. */

/** Milliseconds each call took, one sample per input, in input order. */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown): number[] {
  const samples: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    run(input);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Milliseconds one call took, and what it returned. */
export function timeOnce<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** Nearest-rank percentile (`p` in 0..100) of samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** The middle sample (nearest rank). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** True when the process runs with `--expose-gc`, so heap figures are after a full collection. */
export function canCollectGarbage(): boolean {
  return typeof globalThis.gc === 'function';
}

/** Heap in use in MB, after a full collection when the process allows one. */
export function heapUsedMb(): number {
  if (typeof globalThis.gc === 'function') {
    // Two passes: the first can leave objects that only die once their finalizers ran.
    globalThis.gc();
    globalThis.gc();
  }
  return process.memoryUsage().heapUsed / (1024 * 1024);
}
