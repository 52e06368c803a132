/** The benchmark's report: its JSON shape and its table for people. */
import type { CorpusResult } from './corpus-bench.ts';
import { QUESTION_KINDS } from './questions.ts';
import { checkTargets, formatFigure, speedUp } from './targets.ts';

/** What `npm run bench -- --json` prints. */
export interface BenchReport {
  /** Spawn → ready from the TypeScript sources under tsx (`node --import tsx`). */
  startup_ms: number;
  /**
   * Spawn → ready from the compiled `dist/`, as `npm start` runs the bot: what
   * a restart in service pays. Null when not measured (`--quick`) or not buildable.
   */
  built_startup_ms: number | null;
  corpora: CorpusResult[];
}

/**
 * The same report with every figure cut to 4 significant digits: enough to
 * compare runs, and never rounded down to a zero that a sub-microsecond
 * figure does not deserve.
 */
export function roundedReport(report: BenchReport): BenchReport {
  return JSON.parse(
    JSON.stringify(report, (_, value) =>
      typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value,
    ),
  ) as BenchReport;
}

/** What else ran on the machine: latency figures mean little on a machine busy with other work. */
export interface MachineLoad {
  cpus: number;
  /** One-minute load average when the run started and when it ended. */
  loadAtStart: number;
  loadAtEnd: number;
}

/** Plain-text tables: figures per corpus, latency per kind of question, targets. */
export function renderTable(report: BenchReport, machine: MachineLoad): string {
  const corpusRows = report.corpora.map((c) => [
    c.name,
    String(c.passages),
    formatFigure(c.build_ms),
    formatFigure(c.bot_ready_ms),
    formatFigure(c.heap_mb),
    formatFigure(c.p50_ms),
    formatFigure(c.p99_ms),
    c.p99_on_cpu_ms === null ? 'n/a' : formatFigure(c.p99_on_cpu_ms),
    formatFigure(c.first_p99_ms),
    `${formatFigure(c.baseline_p50_ms)}`,
    `${formatFigure(c.baseline_p99_ms)}`,
    `${c.baseline_questions}/${c.questions}`,
    `${formatFigure(speedUp(c))}×`,
  ]);
  const kindRows = report.corpora.map((c) => [
    c.name,
    ...QUESTION_KINDS.map(
      (kind) => `${formatFigure(c.by_kind[kind].p50_ms)} / ${formatFigure(c.by_kind[kind].p99_ms)}`,
    ),
  ]);
  const targetRows = checkTargets(report).map((t) => [
    t.pass ? 'PASS' : 'FAIL',
    t.target,
    t.actual,
  ]);

  return [
    table(
      [
        'corpus',
        'passages',
        'build ms',
        'bot ready ms',
        'heap MB',
        'p50 ms',
        'p99 ms',
        'p99 on CPU',
        'first p99',
        'fuse p50 ms',
        'fuse p99 ms',
        'fuse qs',
        'p50 speed-up',
      ],
      corpusRows,
    ),
    '',
    'engine latency by kind of question, p50 / p99 ms',
    table(['corpus', ...QUESTION_KINDS], kindRows),
    '',
    `start-up (spawn → "ready": load, validate, index the bundled story), median: ${report.built_startup_ms === null ? 'n/a' : formatFigure(report.built_startup_ms)} ms from dist/ as npm start runs it${report.built_startup_ms === null ? ' (not measured with --quick)' : ''}; ${formatFigure(report.startup_ms)} ms from the sources under tsx`,
    '',
    table(['', 'target', 'measured'], targetRows),
    '',
    'bot ready: loaded knowledge → engine → createBot, ready to answer (not logged in); build: the engine alone.',
    `p50/p99: warm asks, in-process, over ${report.corpora.map((c) => `${c.questions} (${c.name})`).join(', ')} questions of the mix; more than --questions while the engine is fast. They follow prepare() (as the bot calls it once ready) and a warm-up of other questions of the same kinds (4,000: after the first 1,000, as many as 4 s allow; 100 with --quick), as a bot in service has answered: "first p99" is the p99 of the warm-up's first 1,000, the first questions after a build, while V8 still compiles.`,
    'p99 on CPU: the same asks less the time the thread waited for a CPU while other processes ran (Linux schedstat), garbage collection included; the story target is read against it.',
    'fuse = baseline: new Fuse(passages, { keys: ["text"], ignoreLocation: true }).search(question).',
    'fuse qs: baseline questions / engine questions. The baseline times the first ones of the same mix (all kinds in equal shares), fewer on bigger corpora to keep the run bounded: a long question costs Fuse.js seconds there.',
    `machine: ${machine.cpus} CPUs, one-minute load average ${machine.loadAtStart.toFixed(1)} at start and ${machine.loadAtEnd.toFixed(1)} at end${machine.loadAtStart > machine.cpus / 2 || machine.loadAtEnd > machine.cpus / 2 ? ' (other work shared the CPUs: expect noisier p99 and start-up)' : ''}.`,
  ].join('\n');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
