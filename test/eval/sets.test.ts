/**
 * The development sets themselves, and what docs/answer-quality.md says of them: a
 * question listed twice is counted twice, and a figure copied into prose
 * goes stale unseen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EvalSet, EvalSetSchema } from './evaluate.ts';
import { CURATED_READER_SETS, FIXTURE_ARTICLES } from './stories.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const readSet = (name: string): EvalSet =>
  EvalSetSchema.parse(
    JSON.parse(readFileSync(path.join(import.meta.dirname, `${name}.json`), 'utf8')),
  );

/** Every development set `npm run eval` reads, by name. */
const SETS = new Map<string, EvalSet>(
  ['questions', ...CURATED_READER_SETS, ...FIXTURE_ARTICLES].map((name) => [name, readSet(name)]),
);
const QUALITY_DOC = readFileSync(path.join(REPO, 'docs', 'answer-quality.md'), 'utf8');

/** The questions listed more than once in a list. */
function repeated(questions: readonly string[]): string[] {
  return questions.filter((q, i) => questions.indexOf(q) !== i);
}

describe('the development sets', () => {
  it.each([...SETS])('list each question of %s once', (_, set) => {
    expect(repeated(set.answerable.map((a) => a.q))).toEqual([]);
    expect(repeated(set.offTopic)).toEqual([]);
    expect(repeated(set.unanswerable)).toEqual([]);
  });
});

describe("docs/answer-quality.md's figures about the development sets", () => {
  it('count the small-talk messages every set shares as the sets hold them', () => {
    // The messages copied into the off-topic list of the curated set and of
    // every fixture article (the readers' set has its own off-topic list).
    const lists = ['questions', ...FIXTURE_ARTICLES].map((name) => SETS.get(name)?.offTopic ?? []);
    const [first = [], ...rest] = lists;
    const shared = first.filter((q) => rest.every((list) => list.includes(q)));
    const stated = /include the same (\d+) Discord\s+small-talk/.exec(QUALITY_DOC)?.[1];
    expect(stated).toBeDefined();
    expect(Number(stated)).toBe(shared.length);
  });

  it('give each set in the development figures table its sizes', () => {
    const sizes = new Set(
      [...SETS.values()].map(
        (set) => `${set.answerable.length} / ${set.offTopic.length} / ${set.unanswerable.length}`,
      ),
    );
    // The table follows the paragraph opening "Development figures".
    const table =
      QUALITY_DOC.slice(QUALITY_DOC.indexOf('Development figures (')).split('\n\n')[1] ?? '';
    const stated = [...table.matchAll(/^\| [^|(]*\((\d+ \/ \d+ \/ \d+)\)/gm)].map((m) => m[1]);
    expect(stated).toHaveLength(SETS.size);
    for (const figure of stated) expect(sizes, figure).toContain(figure);
  });
});
