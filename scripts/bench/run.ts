/**
 * `npm run bench [-- --sizes 1000,10000,50000 --questions N --quick --json]`:
 * how the engine scales. Builds the bundled story and generated corpora,
 * times warm questions against the engine and against a plain Fuse.js
 * search, measures heap after build and the start-up of a fresh process.
 * Targets are reported as PASS/FAIL; they never fail the process.
 */
import { availableParallelism, loadavg } from 'node:os';
import { BUNDLED_KNOWLEDGE_DIR } from '../../src/config.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { formatProblems, KnowledgeError } from '../../src/knowledge/problems.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { type BenchOptions, parseBenchArgs, USAGE, UsageError } from './args.ts';
import { DEFAULT_SEED, generateKnowledge } from './corpus.ts';
import { benchCorpus, type CorpusResult, MIN_SAMPLES, type QuestionPlan } from './corpus-bench.ts';
import { canCollectGarbage } from './measure.ts';
import { type BenchQuestion, questionMix } from './questions.ts';
import { renderTable, roundedReport } from './report.ts';
import { measureBuiltStartup, measureStartup } from './startup.ts';
import { generatedName } from './targets.ts';

/**
 * Passage × question pairs the baseline may search per corpus. Fuse.js
 * scans every passage for every question, and a long question costs it
 * seconds on 10,000 passages, so big corpora get a prefix of the mix.
 */
const BASELINE_BUDGET = 80_000;

async function main(argv: readonly string[]): Promise<number> {
  let parsed: BenchOptions | 'help';
  try {
    parsed = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parsed;
  const loadAtStart = loadavg()[0] ?? 0;
  if (!canCollectGarbage()) {
    progress('note: run with node --expose-gc (as npm run bench does) for heap after a full GC');
  }

  progress(`start-up: ${options.startupRuns} fresh processes…`);
  const startupMs = await measureStartup(options.startupRuns);
  // Building dist/ can take half a minute: --quick only proves the bench works.
  let builtStartupMs: number | null = null;
  if (!options.quick) {
    progress(
      `start-up of the build: dist/ (built if stale), ${options.startupRuns} fresh processes…`,
    );
    builtStartupMs = await measureBuiltStartup(options.startupRuns);
  }

  const corpora: CorpusResult[] = [];
  progress('story: bundled knowledge…');
  const story = await loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
  corpora.push(
    benchCorpus(
      'story',
      story,
      mixFor(story, options),
      planFor(passageCount(story), options),
      warmupFor(story, options),
    ),
  );
  for (const size of options.sizes) {
    progress(`${generatedName(size)}: generating, building, asking…`);
    const kb = generateKnowledge(size);
    corpora.push(
      benchCorpus(
        generatedName(size),
        kb,
        mixFor(kb, options),
        planFor(size, options),
        warmupFor(kb, options),
      ),
    );
  }

  const report = roundedReport({
    startup_ms: startupMs,
    built_startup_ms: builtStartupMs,
    corpora,
  });
  process.stdout.write(
    options.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${renderTable(report, { cpus: availableParallelism(), loadAtStart, loadAtEnd: loadavg()[0] ?? 0 })}\n`,
  );
  return 0;
}

function passageCount(kb: KnowledgeBase): number {
  return kb.sources.reduce((sum, s) => sum + s.source.passages.length, 0);
}

/**
 * Questions a freshly built engine answers before any is timed: the same
 * kinds as the mix, from another seed, so none of them is timed again. A
 * bot in service has answered many; the first ones pay for V8 compiling the
 * heavy paths, reported apart as `first_p99_ms`. A thousand was too few: V8
 * still finished some 110 optimisations in the thousand timed after them
 * and 80 in the next, and each thousand asked cost less CPU than the one
 * before (0.35, 0.33, 0.29, 0.27 ms a question on the story), so the "warm"
 * p99 still timed the engine warming up. Four thousand, or as many as
 * `WARMUP_BUDGET_MS` allows on a large corpus (`corpus-bench.ts`).
 */
function warmupFor(kb: KnowledgeBase, options: BenchOptions): BenchQuestion[] {
  return questionMix(kb, options.quick ? QUICK_WARMUP : WARMUP, DEFAULT_SEED + 1);
}

const WARMUP = 4000;
const QUICK_WARMUP = 100;

function mixFor(kb: KnowledgeBase, options: BenchOptions): BenchQuestion[] {
  return questionMix(kb, Math.max(options.questions, MIN_SAMPLES));
}

/** The baseline gets a multiple of the four kinds of question, so its sample keeps the mix's shares. */
function planFor(passages: number, options: BenchOptions): QuestionPlan {
  const affordable = Math.floor(BASELINE_BUDGET / passages / 4) * 4;
  return {
    engine: options.questions,
    baseline: Math.min(options.questions, Math.max(4, affordable)),
  };
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof KnowledgeError) {
    process.stderr.write(
      `bench: the bundled knowledge does not load:\n${formatProblems(error.problems)}\n`,
    );
  } else {
    process.stderr.write(
      `bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exitCode = 1;
}
