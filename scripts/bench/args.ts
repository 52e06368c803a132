/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

/** What one run of the bench measures and how it prints it. */
export interface BenchOptions {
  /** Passage counts of the generated corpora, run after the bundled story. */
  sizes: number[];
  /** Questions timed against the engine, per corpus, at least. */
  questions: number;
  /** Timed start-ups of a fresh process; the median is reported. */
  startupRuns: number;
  json: boolean;
  quick: boolean;
}

/** A bad command line: the message says what to type instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Help text, shown by --help and after a bad command line. */
export const USAGE = `usage: npm run bench -- [--sizes 1000,10000,50000] [--questions N] [--quick] [--json]

  --sizes      passage counts of the generated corpora (default 1000,10000,50000)
  --questions  questions timed per corpus (default 200; 40 with --quick); while the
               engine is fast, more of the same mix, up to 1000 in 4 s, for a steadier p99
  --quick      tiny run that proves the bench works: --sizes 200 --questions 40, 2 start-ups
  --json       print only the JSON report on stdout (progress goes to stderr)`;

const FULL = { sizes: [1000, 10_000, 50_000], questions: 200, startupRuns: 5 };
const QUICK = { sizes: [200], questions: 40, startupRuns: 2 };

/** Parses `argv` (without node and the script), or throws {@link UsageError}. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  let values: ReturnType<typeof parseFlags>['values'];
  try {
    values = parseFlags(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const defaults = values.quick ? QUICK : FULL;
  return {
    sizes: values.sizes === undefined ? defaults.sizes : sizesFrom(values.sizes),
    questions:
      values.questions === undefined
        ? defaults.questions
        : positiveInt(values.questions, '--questions'),
    startupRuns: defaults.startupRuns,
    json: values.json ?? false,
    quick: values.quick ?? false,
  };
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      sizes: { type: 'string' },
      questions: { type: 'string' },
      quick: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function sizesFrom(text: string): number[] {
  const sizes = text.split(',').map((part) => positiveInt(part.trim(), '--sizes'));
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function positiveInt(text: string, flag: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`${flag} takes whole numbers above zero, got "${text}"`);
  }
  return value;
}
