import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const BENCH = ['--expose-gc', '--import', 'tsx', 'scripts/bench/run.ts'];
const CORPUS_FIGURES = [
  'build_ms',
  'bot_ready_ms',
  'p50_ms',
  'p99_ms',
  'baseline_p50_ms',
  'baseline_p99_ms',
  'heap_mb',
] as const;

function isFinitePositive(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

describe('when the bench runs with --quick --json', () => {
  let stdout = '';
  let report: {
    startup_ms: unknown;
    built_startup_ms: unknown;
    corpora: Record<string, unknown>[];
  };

  beforeAll(async () => {
    ({ stdout } = await run(process.execPath, [...BENCH, '--quick', '--json'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    }));
    report = JSON.parse(stdout);
  }, 180_000);

  it('prints one JSON document and nothing else on stdout', () => {
    expect(stdout.trim().startsWith('{')).toBe(true);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('reports the start-up time as a finite positive number of milliseconds', () => {
    expect(isFinitePositive(report.startup_ms)).toBe(true);
  });

  it('leaves the start-up of the build unmeasured: building dist/ is no part of a quick run', () => {
    expect(report.built_startup_ms).toBeNull();
  });

  it('reports the bundled story first, then the tiny generated corpus', () => {
    expect(report.corpora.map((c) => c.name)).toEqual(['story', 'generated-200']);
    expect(report.corpora[1]?.passages).toBe(200);
  });

  it('gives every corpus finite positive build, latency, baseline and heap figures', () => {
    for (const corpus of report.corpora) {
      expect(isFinitePositive(corpus.passages)).toBe(true);
      for (const figure of CORPUS_FIGURES) {
        expect(isFinitePositive(corpus[figure]), `${corpus.name}.${figure}`).toBe(true);
      }
    }
  });

  it('times the bot ready to answer as the engine build and more', () => {
    for (const corpus of report.corpora) {
      expect(corpus.bot_ready_ms as number).toBeGreaterThanOrEqual(corpus.build_ms as number);
    }
  });

  it('never reports a p99 below its p50', () => {
    for (const corpus of report.corpora) {
      expect(corpus.p99_ms as number).toBeGreaterThanOrEqual(corpus.p50_ms as number);
      expect(corpus.baseline_p99_ms as number).toBeGreaterThanOrEqual(
        corpus.baseline_p50_ms as number,
      );
    }
  });

  it('reads the p99 on CPU as the asks less their wait for a CPU: never above the p99 as timed', () => {
    for (const corpus of report.corpora) {
      if (process.platform !== 'linux') {
        expect(corpus.p99_on_cpu_ms).toBeNull();
        continue;
      }
      expect(isFinitePositive(corpus.p99_on_cpu_ms), `${corpus.name}.p99_on_cpu_ms`).toBe(true);
      expect(corpus.p99_on_cpu_ms as number).toBeLessThanOrEqual(corpus.p99_ms as number);
      expect(corpus.p50_on_cpu_ms as number).toBeLessThanOrEqual(corpus.p50_ms as number);
    }
  });
});

describe('when the bench is given a size that is not a number', () => {
  it('exits with status 2 and says what --sizes takes', async () => {
    const failure = await run(process.execPath, [...BENCH, '--sizes', 'ten'], { cwd: root }).then(
      () => null,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('--sizes takes whole numbers above zero');
    expect(failure?.stdout).toBe('');
  }, 60_000);
});
