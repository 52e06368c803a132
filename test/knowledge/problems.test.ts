import { describe, expect, it } from 'vitest';
import {
  formatProblems,
  jsonPath,
  KnowledgeError,
  type KnowledgeProblem,
} from '../../src/knowledge/problems.ts';

const quoteProblem: KnowledgeProblem = {
  file: 'sources/a/quotes.json',
  path: '$.quotes[0].text',
  reason: 'quote is not verbatim in passage 3: "line one\nline two"',
};
const citationProblem: KnowledgeProblem = {
  file: 'sources/a/qa.json',
  path: '$.pairs[2].citations[0].passage',
  reason: 'passage 12 does not exist in source "a"',
};

describe('KnowledgeError', () => {
  it('is an Error named KnowledgeError that keeps the problems', () => {
    const error = new KnowledgeError([citationProblem]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('KnowledgeError');
    expect(error.problems).toEqual([citationProblem]);
  });

  it('counts one problem in the singular', () => {
    expect(new KnowledgeError([citationProblem]).message.split('\n')[0]).toBe(
      'Knowledge is invalid (1 problem):',
    );
  });

  it('lists every problem on its own line as file: path: reason', () => {
    const lines = new KnowledgeError([citationProblem, quoteProblem]).message.split('\n');
    expect(lines).toEqual([
      'Knowledge is invalid (2 problems):',
      `  ${citationProblem.file}: ${citationProblem.path}: ${citationProblem.reason}`,
      `  ${quoteProblem.file}: ${quoteProblem.path}: quote is not verbatim in passage 3: "line one\\nline two"`,
    ]);
  });
});

describe('formatProblems', () => {
  it('shows a line break inside a reason as \\n so one problem stays one line', () => {
    expect(formatProblems([quoteProblem]).split('\n')).toHaveLength(1);
    expect(formatProblems([quoteProblem])).toContain('line one\\nline two');
  });
});

describe('jsonPath', () => {
  it('writes the whole file as $', () => {
    expect(jsonPath([])).toBe('$');
  });

  it('writes names with dots and indexes with brackets', () => {
    expect(jsonPath(['pairs', 3, 'citations', 0, 'excerpt'])).toBe(
      '$.pairs[3].citations[0].excerpt',
    );
  });

  it('keeps $schema a plain name', () => {
    expect(jsonPath(['$schema'])).toBe('$.$schema');
  });

  it('quotes keys that are not plain names, so the path stays unambiguous', () => {
    expect(jsonPath(['synonyms', 'air base'])).toBe('$.synonyms["air base"]');
    expect(jsonPath(['synonyms', 'a.b'])).toBe('$.synonyms["a.b"]');
  });
});
