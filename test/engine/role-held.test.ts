/**
 * "What role does she hold": the role someone holds is who they are, so
 * their card answers it, not a pair of what they said, though that pair
 * holds their full name beside a quotation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Library hours cut as council looks for savings

Brambleford's central library will close on Mondays from June, the borough council said on Thursday.

"Nobody wanted to make this choice," said Councillor Deborah Achterberg, the council's cabinet member for culture.

Ms Achterberg said she would "look again at the opening hours" once the budget for next year was set.

"But the library is not closing," she added.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe.each(['what role does deborah achterberg hold', 'what post does achterberg hold'])(
  'when asked "%s"',
  (question) => {
    it('answers with her card', () => {
      expect(engine.ask(question)).toMatchObject({
        status: 'answered',
        match: { kind: 'entity', id: 'deborah-achterberg' },
      });
    });
  },
);
