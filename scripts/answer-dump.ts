/**
 * `npx tsx scripts/answer-dump.ts OUT.jsonl`: every answer object the engine
 * gives over every development set, one JSON line per question, so a change
 * meant to leave answers alone (a faster load, a cheaper index) can be shown
 * to: dump before and after, then `cmp` the two files. Each story is asked
 * its own set, the same set with typos injected, and the off-topic and
 * not-in-the-article sets written for every story; each question is asked of
 * the engine as it decides and of one that always answers with its best unit,
 * and its five best candidates are kept with their scores.
 */
import { createWriteStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createEngine } from '../src/engine/engine.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { type EvalSet, TOP_UNIT_THRESHOLD } from '../test/eval/evaluate.ts';
import {
  BUNDLED_DIR,
  bundledFresh,
  FIXTURE_ARTICLES,
  fixtureStory,
  REPO,
  readEvalSet,
} from '../test/eval/stories.ts';
import { misspelt } from '../test/eval/typos.ts';

const EVAL_DIR = path.join(REPO, 'test', 'eval');
/** Sets written for any story: off-topic chat and questions no article answers. */
const SHARED_SETS = /^(offtopic-helper|notin-fresh)/;
/** Sets written for the curated bundled story. */
const BUNDLED_SETS = /^(questions|readers-bundled.*)\.json$/;

const out = process.argv[2];
if (out === undefined) {
  process.stderr.write('usage: npx tsx scripts/answer-dump.ts OUT.jsonl\n');
  process.exit(2);
}
const sink = createWriteStream(out);

const files = (await readdir(EVAL_DIR)).filter((f) => f.endsWith('.json')).sort();
const shared = await Promise.all(
  files.filter((f) => SHARED_SETS.test(f)).map(async (f) => [f, await readSet(f)] as const),
);

function readSet(file: string): Promise<EvalSet> {
  return readEvalSet(path.join(EVAL_DIR, file));
}

function questionsOf(set: EvalSet): string[] {
  return [...set.answerable.map((a) => a.q), ...set.offTopic, ...set.unanswerable];
}

function dump(story: string, kb: KnowledgeBase, sets: (readonly [string, EvalSet])[]): void {
  const engine = createEngine(kb);
  const ranking = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
  for (const [name, set] of sets) {
    for (const q of questionsOf(set)) {
      const line = {
        story,
        set: name,
        answer: engine.ask(q),
        top: ranking.ask(q),
        candidates: engine.explain(q, 5),
      };
      sink.write(`${JSON.stringify(line)}\n`);
    }
  }
  process.stderr.write(`answer-dump: ${story}\n`);
}

/** A story's own sets, each also with typos injected, then the shared ones. */
function withShared(own: (readonly [string, EvalSet])[]): (readonly [string, EvalSet])[] {
  return [...own, ...own.map(([n, s]) => [`${n} (typos)`, misspelt(s)] as const), ...shared];
}

const bundledSets = await Promise.all(
  files.filter((f) => BUNDLED_SETS.test(f)).map(async (f) => [f, await readSet(f)] as const),
);
dump('bundled curated', await loadKnowledge(BUNDLED_DIR), withShared(bundledSets));
const questions = bundledSets.filter(([f]) => f === 'questions.json');
dump('bundled fresh', await bundledFresh(), withShared(questions));
for (const name of FIXTURE_ARTICLES) {
  const { kb, set } = await fixtureStory(name);
  dump(name, kb, withShared([[`${name}.json`, set]]));
}
sink.end();
