/**
 * Several unrelated mistakes at once: the loader must list them all, from the
 * schema checks and the cross-checks alike, so one run shows everything to fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeError } from '../../src/knowledge/problems.ts';
import {
  brokenKnowledge,
  knowledgeErrorFor,
  removeKnowledgeCopies,
} from './support/knowledge-copy.ts';
import { sourceFile } from './support/source-files.ts';

afterAll(removeKnowledgeCopies);

describe('when four files each have a different problem', () => {
  let error: KnowledgeError;
  beforeAll(async () => {
    error = await knowledgeErrorFor(await brokenKnowledge('several-problems'));
  });

  it('lists every problem, not just the first', () => {
    expect(error.problems).toHaveLength(4);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { file: 'story.json', path: '$.scope', reason: 'must not be empty' },
        expect.objectContaining({
          file: sourceFile('timeline.json'),
          path: '$.events[1].date.value',
        }),
        expect.objectContaining({ file: sourceFile('quotes.json'), path: '$.quotes[3].text' }),
        expect.objectContaining({
          file: sourceFile('qa.json'),
          path: '$.pairs[0].citations[0].passage',
        }),
      ]),
    );
  });

  it('still cross-checks the files that parsed when another file of the source did not', () => {
    const kinds = error.problems.map((p) => p.reason);
    expect(kinds).toContainEqual(expect.stringContaining('quote is not verbatim'));
    expect(kinds).toContainEqual(expect.stringContaining('does not exist in source'));
  });

  it('puts the count on the first line of the message and each problem on a line of its own', () => {
    const [heading, ...lines] = error.message.split('\n');
    expect(heading).toBe('Knowledge is invalid (4 problems):');
    expect(lines).toHaveLength(4);
    for (const problem of error.problems) {
      expect(lines).toContain(`  ${problem.file}: ${problem.path}: ${problem.reason}`);
    }
  });
});

describe('when a problem’s reason spans several lines', () => {
  let error: KnowledgeError;
  beforeAll(async () => {
    error = await knowledgeErrorFor(await brokenKnowledge('invalid-json'));
  });

  it('still shows that problem on a single line of the message', () => {
    expect(error.problems).toHaveLength(1);
    expect(error.message.split('\n')).toHaveLength(2);
    expect(error.message).toContain(`${sourceFile('timeline.json')}: $: invalid JSON`);
  });
});
