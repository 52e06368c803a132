/**
 * Knowledge files that cannot be read or parsed at all. Each case is the
 * bundled knowledge with one recipe from test/fixtures/knowledge applied,
 * except a knowledge folder that is not there.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeProblem } from '../../src/knowledge/problems.ts';
import {
  copyOfBundledKnowledge,
  problemsLoading,
  problemsOfRecipe,
  removeKnowledgeCopies,
} from './support/knowledge-copy.ts';
import { sourceFile } from './support/source-files.ts';

afterAll(removeKnowledgeCopies);

describe('when a file is not valid JSON', () => {
  const problems = problemsOfRecipe('invalid-json');

  it('names the file, the whole-file path and says the JSON is invalid', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('timeline.json'),
        path: '$',
        reason: expect.stringMatching(/^invalid JSON: /),
      },
    ]);
  });
});

describe('when the JSON parser gives a position', () => {
  const problems = problemsOfRecipe('invalid-json-position');

  it('turns it into the line and column an editor shows', () => {
    expect(problems()).toEqual([
      {
        file: 'story.json',
        path: '$',
        reason: expect.stringMatching(/^invalid JSON: .*\(line 3, column 3\)$/),
      },
    ]);
  });
});

describe('when a knowledge file is missing', () => {
  const problems = problemsOfRecipe('missing-file');

  it('names the missing file and says it was not found', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('entities.json'),
        path: '$',
        reason: 'cannot read: file or folder not found',
      },
    ]);
  });
});

describe('when the article file is missing', () => {
  const problems = problemsOfRecipe('missing-article');

  it('names the article file and says it was not found', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('article.txt'),
        path: '$',
        reason: 'cannot read: file or folder not found',
      },
    ]);
  });
});

describe('when the knowledge folder does not exist', () => {
  let problems: readonly KnowledgeProblem[] = [];
  beforeAll(async () => {
    const copy = await copyOfBundledKnowledge();
    problems = await problemsLoading(path.join(copy, 'no-such-folder'));
  });

  it('reports each top-level file and the sources folder as not found', () => {
    expect(problems.map((p) => [p.file, p.path])).toEqual([
      ['story.json', '$'],
      ['lexicon.json', '$'],
      ['sources', '$'],
    ]);
    for (const problem of problems) expect(problem.reason).toContain('not found');
  });
});

describe('when a file gives the same key twice', () => {
  const problems = problemsOfRecipe('duplicate-lexicon-key');

  it('names the key and the lines of both, rather than keeping the last in silence', () => {
    expect(problems()).toEqual([
      {
        file: 'lexicon.json',
        path: '$.synonyms.airport',
        reason: expect.stringMatching(/^key written twice \(lines 14 and 15\)/),
      },
    ]);
  });
});
