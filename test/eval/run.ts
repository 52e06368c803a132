/**
 * `npm run eval [-- --verbose]`: hit@1 on answerable questions, wrong answers,
 * and abstention rates, on test/eval/questions.json and the bundled story.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { type EvalReport, EvalSetSchema, evaluate } from './evaluate.ts';
import { misspelt } from './typos.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const set = EvalSetSchema.parse(
  JSON.parse(await readFile(path.join(root, 'test/eval/questions.json'), 'utf8')),
);
const engine = createEngine(await loadKnowledge(path.join(root, 'knowledge')));
const report = evaluate(set, (q) => engine.ask(q));
const typoReport = evaluate(misspelt(set), (q) => engine.ask(q));

// `npm run eval | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const print = (title: string, r: EvalReport) => {
  console.log(title);
  console.log(`  answerable        ${r.answerable}`);
  console.log(`    hit@1           ${pct(r.hitAt1)} (${r.correct}/${r.answerable})`);
  console.log(`    wrong answers   ${r.wrong}`);
  console.log(`    abstained       ${r.abstainedOnAnswerable}`);
  console.log(
    `  off-topic         ${r.offTopic}, abstained ${pct(r.offTopicAbstentionRate)} (${r.offTopicAbstained})`,
  );
  console.log(
    `  not in article    ${r.unanswerable}, abstained ${pct(r.unanswerableAbstentionRate)} (${r.unanswerableAbstained})`,
  );
};
print('as written', report);
print('with typos injected (seeded)', typoReport);
if (process.argv.includes('--verbose')) {
  for (const miss of report.misses) {
    console.log(
      `- [${miss.category}] ${miss.outcome}: ${JSON.stringify(miss.question)} -> ${miss.got}`,
    );
  }
}
