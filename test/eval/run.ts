/**
 * `npm run eval [-- --verbose]`: hit@1 on answerable questions, wrong answers,
 * and abstention rates, on test/eval/questions.json and the bundled story.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { EvalSetSchema, evaluate } from './evaluate.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const set = EvalSetSchema.parse(
  JSON.parse(await readFile(path.join(root, 'test/eval/questions.json'), 'utf8')),
);
const engine = createEngine(await loadKnowledge(path.join(root, 'knowledge')));
const report = evaluate(set, (q) => engine.ask(q));

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`answerable        ${report.answerable}`);
console.log(`  hit@1           ${pct(report.hitAt1)} (${report.correct}/${report.answerable})`);
console.log(`  wrong answers   ${report.wrong}`);
console.log(`  abstained       ${report.abstainedOnAnswerable}`);
console.log(
  `off-topic         ${report.offTopic}, abstained ${pct(report.offTopicAbstentionRate)} (${report.offTopicAbstained})`,
);
console.log(
  `not in article    ${report.unanswerable}, abstained ${pct(report.unanswerableAbstentionRate)} (${report.unanswerableAbstained})`,
);
if (process.argv.includes('--verbose')) {
  for (const miss of report.misses) {
    console.log(
      `- [${miss.category}] ${miss.outcome}: ${JSON.stringify(miss.question)} -> ${miss.got}`,
    );
  }
}
