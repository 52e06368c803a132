/**
 * Which numbers are ages: a range "aged between 74 and 102" is, a sum of money
 * written with a thousands comma ("£94,000,") is not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Care home to close as costs climb
A care home in Wexcombe will close in April, its operator said on Thursday.
"Our agency bill rose by 41 per cent last year, our energy costs reached £94,000, and the fees we receive for council-funded residents simply do not cover the cost of care," said Gareth Pryce, the company's managing director.
The home has 38 residents. The residents are aged between 74 and 102.
Families said they were given five weeks' notice.
`;

describe('when asked "how old are the residents"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('answers with the ages given as a range', () => {
    const answer = engine.ask('how old are the residents');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('aged between 74 and 102');
  });

  it('does not take a sum of money for an age', () => {
    const [best] = engine.explain('how old are the residents');
    expect(best?.title).not.toContain('£94,000');
  });
});
