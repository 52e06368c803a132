import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { draftedEntities, freshEngine } from '../support/one-off.ts';

const ARTICLE = `Quarry blasting halted after cracks appear in homes
Blasting at the Orrin quarry was halted on Monday after cracks appeared in homes nearby.
"We will not resume until every house has been surveyed," said Dr. Ines Mora, the county's chief engineer.
Tomas Fell, who owns a bakery on Mill Lane, said his walls had split.
`;

describe('a person the article first calls with a title ("Dr. Ines Mora")', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('is known by the title and surname as well', () => {
    const mora = draftedEntities(...ARTICLE.split('\n')).find((e) => e.name === 'Ines Mora');
    expect(mora?.aliases).toContain('Dr. Mora');
  });

  describe('when asked "what did dr mora say"', () => {
    it('gives her quote with her title, as the article writes her name', () => {
      const answer = engine.ask('what did dr mora say');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Dr\. Ines Mora, the county's chief engineer, said:/);
      expect(answer.answer).toContain('every house has been surveyed');
    });
  });

  describe('when asked "who is dr mora"', () => {
    it('answers with her role', () => {
      const answer = engine.ask('who is dr mora');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('chief engineer');
    });
  });
});
