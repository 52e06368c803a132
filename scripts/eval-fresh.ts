/**
 * `npx tsx scripts/eval-fresh.ts`: the development questions against the
 * bundled article ingested fresh (no curated Q&A, no story lexicon), where
 * only general resources and the article's own words can help.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createEngine } from '../src/engine/engine.ts';
import { EvalSetSchema, evaluate } from '../test/eval/evaluate.ts';
import { freshBundledStory } from '../test/support/fresh-story.ts';

const root = path.resolve(import.meta.dirname, '..');
const set = EvalSetSchema.parse(
  JSON.parse(await readFile(path.join(root, 'test/eval/questions.json'), 'utf8')),
);
const engine = createEngine(await freshBundledStory());
const r = evaluate(set, (q) => engine.ask(q));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log('fresh ingest of the bundled article (no curated Q&A, no story lexicon)');
console.log(
  `  hit@1 ${pct(r.hitAt1)} (${r.correct}/${r.answerable}), wrong ${r.wrong}, abstained ${r.abstainedOnAnswerable}`,
);
console.log(
  `  off-topic abstained ${pct(r.offTopicAbstentionRate)}, not in article abstained ${pct(r.unanswerableAbstentionRate)}`,
);
if (process.argv.includes('--verbose')) {
  for (const m of r.misses)
    console.log(`- [${m.category}] ${m.outcome}: ${JSON.stringify(m.question)} -> ${m.got}`);
}
