/** Timing and memory primitives of the benchmark. */
import { closeSync, openSync, readSync } from 'node:fs';

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

/** Each call's milliseconds as timed, and the same less the time its thread waited for a CPU. */
export interface SplitSamples {
  wall: number[];
  /** Null where the platform does not say how long a thread waited (not Linux). */
  onCpu: number[] | null;
}

/**
 * Like {@link timeEach}, and also each call's time less the time the
 * thread sat runnable while another process had the CPU: on a machine
 * shared with other work (2 CPUs, other builds and tests), that wait is
 * most of a single-pass p99 and no property of the engine. Garbage
 * collection and the engine's own work stay in.
 */
export function timeEachSplit<T>(inputs: readonly T[], run: (input: T) => unknown): SplitSamples {
  const clock = CpuWaitClock.open();
  if (clock === null) return { wall: timeEach(inputs, run), onCpu: null };
  const wall: number[] = [];
  const onCpu: number[] = [];
  try {
    for (const input of inputs) {
      const waitedBefore = clock.waitedMs();
      const started = performance.now();
      run(input);
      const ms = performance.now() - started;
      const waited = clock.waitedMs() - waitedBefore;
      wall.push(ms);
      // The wait is read just outside the timed window: never below zero.
      onCpu.push(Math.max(0, ms - waited));
    }
  } finally {
    clock.close();
  }
  return { wall, onCpu };
}

/**
 * How long this thread has waited runnable for a CPU, from Linux's
 * `/proc/thread-self/schedstat` ("on-CPU ns, waiting ns, slices"), read
 * into one buffer so that reading it allocates nothing per call.
 */
class CpuWaitClock {
  private readonly buffer = Buffer.alloc(128);

  private constructor(private readonly fd: number) {}

  static open(): CpuWaitClock | null {
    try {
      const clock = new CpuWaitClock(openSync('/proc/thread-self/schedstat', 'r'));
      if (Number.isFinite(clock.waitedMs())) return clock;
      clock.close();
      return null;
    } catch {
      return null;
    }
  }

  waitedMs(): number {
    const length = readSync(this.fd, this.buffer, 0, this.buffer.length, 0);
    // The second of three space-separated decimal fields.
    let at = this.buffer.indexOf(0x20);
    if (at < 0 || at >= length) return Number.NaN;
    let ns = 0;
    for (at++; at < length; at++) {
      const digit = (this.buffer[at] as number) - 0x30;
      if (digit < 0 || digit > 9) break;
      ns = ns * 10 + digit;
    }
    return ns / 1e6;
  }

  close(): void {
    closeSync(this.fd);
  }
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
