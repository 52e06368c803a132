/**
 * `npm run eval`: answer quality on the curated bundled story and on stories
 * made fresh by `ingest` (the bundled article, and a second article).
 *
 * Any set against any story, aggregate figures only (for held-out sets):
 *   npm run eval -- --set FILE (--story DIR | --article FILE (--meta META.json | --title … --outlet … [--author …] [--date …])) --quiet
 * `--verbose` lists every miss (never with `--quiet`).
 */
import path from 'node:path';
import { parseCommandArgs } from '../../src/cli/args.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { type EvalReport, type EvalSet, evaluate, TOP_UNIT_THRESHOLD } from './evaluate.ts';
import {
  ArticleMetaSchema,
  BUNDLED_DIR,
  bundledFresh,
  CURATED_READER_SETS,
  FIXTURE_ARTICLES,
  fixtureStory,
  freshStory,
  REPO,
  readEvalSet,
  readMeta,
} from './stories.ts';
import { misspelt, SEEDED_TYPO_ARTICLES } from './typos.ts';

const USAGE = `usage: npm run eval [-- --set FILE (--story DIR | --article FILE (--meta META.json | --title … --outlet … [--author …] [--date …])) [--quiet | --verbose]]`;

/** The options, or the usage and exit code 2 on an unknown or malformed one. */
function parsedOptions() {
  try {
    return parseCommandArgs(process.argv.slice(2), {
      options: {
        set: { type: 'string' },
        story: { type: 'string' },
        article: { type: 'string' },
        meta: { type: 'string' },
        title: { type: 'string' },
        outlet: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        quiet: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
}

const values = parsedOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

// `npm run eval | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(title: string, r: EvalReport): void {
  console.log(title);
  console.log(`  answerable              ${r.answerable}`);
  console.log(`    right directly        ${pct(r.hitAt1)} (${r.correct})`);
  console.log(`    right within 1 click  ${pct(r.withinOneClickRate)} (${r.withinOneClick})`);
  console.log(`    wrong                 ${pct(r.wrongRate)} (${r.wrong})`);
  console.log(`    abstained             ${r.abstainedOnAnswerable}`);
  console.log(
    `  off-topic               ${r.offTopic}, abstained ${pct(r.offTopicAbstentionRate)} (${r.offTopicAbstained})`,
  );
  console.log(
    `  not in article          ${r.unanswerable}, abstained ${pct(r.unanswerableAbstentionRate)} (${r.unanswerableAbstained})`,
  );
  if (values.verbose && !values.quiet) {
    for (const miss of r.misses) {
      const click = miss.rightInOneClick ? ' (right in one click)' : '';
      console.log(
        `  - [${miss.category}] ${miss.outcome}${click}: ${JSON.stringify(miss.question)} -> ${miss.got}`,
      );
    }
  }
}

function run(title: string, kb: KnowledgeBase, set: EvalSet): void {
  const engine = createEngine(kb);
  print(
    title,
    evaluate(set, (q) => engine.ask(q)),
  );
  // The ranking alone, whatever the answer-or-abstain decision: an engine
  // that always answers with its best unit.
  const ranking = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
  const top = evaluate(set, (q) => ranking.ask(q));
  console.log(`  top-ranked unit right   ${pct(top.hitAt1)} (${top.correct})`);
}

async function storyFromArgs(): Promise<KnowledgeBase> {
  if (values.story) return loadKnowledge(path.resolve(values.story));
  if (!values.article) throw new Error('--set needs --story DIR or --article FILE');
  const meta = values.meta
    ? await readMeta(path.resolve(values.meta))
    : ArticleMetaSchema.parse({
        title: values.title,
        outlet: values.outlet,
        author: values.author ?? null,
        date: values.date ?? null,
      });
  return freshStory(path.resolve(values.article), meta);
}

if (values.set) {
  const set = await readEvalSet(path.resolve(values.set));
  const label = values.story ?? values.article ?? '';
  run(`${path.basename(values.set)} on ${path.basename(label)}`, await storyFromArgs(), set);
} else {
  const bundledSet = await readEvalSet(path.join(REPO, 'test/eval/questions.json'));
  const curated = await loadKnowledge(BUNDLED_DIR);
  run('bundled story, curated (questions.json)', curated, bundledSet);
  const engine = createEngine(curated);
  print(
    'bundled story, curated, typos injected (seeded)',
    evaluate(misspelt(bundledSet), (q) => engine.ask(q)),
  );
  for (const name of CURATED_READER_SETS)
    run(
      `bundled story, curated (${name}.json)`,
      curated,
      await readEvalSet(path.join(REPO, 'test/eval', `${name}.json`)),
    );
  run(
    'bundled article ingested fresh, uncurated (questions.json)',
    await bundledFresh(),
    bundledSet,
  );
  for (const name of FIXTURE_ARTICLES) {
    const { kb, set } = await fixtureStory(name);
    run(`${name} ingested fresh, uncurated (${name}.json)`, kb, set);
    if (SEEDED_TYPO_ARTICLES.includes(name)) {
      const fresh = createEngine(kb);
      print(
        `${name} ingested fresh, typos injected (seeded)`,
        evaluate(misspelt(set), (q) => fresh.ask(q)),
      );
    }
  }
}
