/**
 * Which condition of the answer-or-abstain decision keeps back each
 * question whose best unit falls below the answer threshold, tabulated by
 * what giving that unit would be: right, wrong, an answer to a question the
 * article does not answer, or an answer to an off-topic message. A gate
 * that holds back many right answers for few of the others is where the
 * decision may give more; none does so far (see docs/fresh-articles.md).
 *
 *   npx tsx scripts/decision-gates.ts [--own DIR] [--dump samples.jsonl]
 *
 * The development articles are the bundled article and every fixture
 * article, each ingested fresh with its development set. `--own DIR` adds
 * each made-up article of a folder: NAME.txt, NAME.meta.json and its
 * question set NAME.json. Rows by where the questions come from: the
 * bundled article, the fixture articles, the made-up ones.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { clearSentenceBlock, isGivenWordForWord } from '../src/engine/clear-sentence.ts';
import type { DecisionFeatures } from '../src/engine/decision-features.ts';
import { createEngine } from '../src/engine/engine.ts';
import { DECISION } from '../src/engine/tuning.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { type EvalSet, isRight, TOP_UNIT_THRESHOLD } from '../test/eval/evaluate.ts';
import { uncuratedStories } from '../test/eval/stories.ts';

const { values } = parseArgs({
  options: { dump: { type: 'string' }, own: { type: 'string' } },
});

/** What giving the best unit would be. */
type Outcome = 'right' | 'wrong' | 'notIn' | 'offTopic';
const OUTCOMES: readonly Outcome[] = ['right', 'wrong', 'notIn', 'offTopic'];

interface Sample {
  source: 'bundled' | 'fixtures' | 'own';
  article: string;
  question: string;
  outcome: Outcome;
  /** `answered`, or what keeps the best unit back. */
  gate: string;
  features: DecisionFeatures | null;
  top: string;
}

/** Where a question ends up: answered, or held back by which condition. */
function gateOf(answered: boolean, ranked: boolean, f: DecisionFeatures | null): string {
  if (answered) return 'answered';
  if (!ranked || f === null) return 'nothing ranked';
  // A gap pair answers "unknown" with its explanation whatever its score.
  if (f.score >= DECISION.answerThreshold) return 'gap or other';
  if (isGivenWordForWord(f)) return 'gap or other';
  return clearSentenceBlock(f) ?? 'gap or other';
}

function collect(source: Sample['source'], article: string, kb: KnowledgeBase, set: EvalSet) {
  const engine = createEngine(kb);
  const ranking = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
  const sample = (kind: Outcome, question: string, expect: readonly string[]): Sample => {
    const top = ranking.ask(question);
    const features = engine.explainDecision(question);
    const outcome = kind === 'right' ? (isRight(top, expect) ? 'right' : 'wrong') : kind;
    const gate = gateOf(
      engine.ask(question).status === 'answered',
      top.status === 'answered',
      features,
    );
    return { source, article, question, outcome, gate, features, top: top.answer.slice(0, 200) };
  };
  return [
    ...set.answerable.map(({ q, expect }) => sample('right', q, expect)),
    ...set.unanswerable.map((q) => sample('notIn', q, [])),
    ...set.offTopic.map((q) => sample('offTopic', q, [])),
  ];
}

const samples: Sample[] = [];
for await (const { source, name, kb, set } of uncuratedStories(values.own)) {
  samples.push(...collect(source, name, kb, set));
}
if (values.dump) {
  await writeFile(values.dump, samples.map((s) => JSON.stringify(s)).join('\n'));
}

const sources = [...new Set(samples.map((s) => s.source))];
const counts = new Map<string, Map<string, Record<Outcome, number>>>();
for (const s of samples) {
  const bySource = counts.get(s.gate) ?? new Map<string, Record<Outcome, number>>();
  const row = bySource.get(s.source) ?? { right: 0, wrong: 0, notIn: 0, offTopic: 0 };
  row[s.outcome]++;
  bySource.set(s.source, row);
  counts.set(s.gate, bySource);
}
const rightOf = (gate: string) =>
  [...(counts.get(gate)?.values() ?? [])].reduce((sum, row) => sum + row.right, 0);
console.log(
  'Per source: right / wrong / not in the article / off-topic, had the best unit been given.',
);
console.log(`${'gate'.padEnd(18)}${sources.map((s) => s.padStart(26)).join('')}`);
for (const gate of [...counts.keys()].sort((a, b) => rightOf(b) - rightOf(a))) {
  const cells = sources.map((source) => {
    const row = counts.get(gate)?.get(source);
    return (row ? OUTCOMES.map((o) => row[o]).join(' / ') : '-').padStart(26);
  });
  console.log(`${gate.padEnd(18)}${cells.join('')}`);
}
