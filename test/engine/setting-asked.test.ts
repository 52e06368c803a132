/**
 * "What town is this in" (`setting-asked.ts`): the reader asks the town,
 * village or city the article is about, which its headline and lead name
 * though they seldom call it a town; a later sentence saying "the town's
 * football club", naming none, does not tell which.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { asksArticleSetting } from '../../src/engine/setting-asked.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Crowds cheer as Marlow Quay's old gasholder comes down
A 60-metre gasholder that had loomed over Marlow Quay since 1931 was brought down by a controlled explosion on Sunday morning, watched by hundreds of people along the harbour wall.
The demolition was carried out by Tressle Demolition, which said about 200 kilograms of explosives had been used.
Some residents said the dust had settled on cars in Dock Road well into the afternoon.
Councillor Amir Shah said the site would become a park, and that the town's football club had asked for a new pitch there.
`;

describe("a question asking the article's setting", () => {
  it('reads "what town is this in", "which village is this about", "what town did this happen in"', () => {
    expect(asksArticleSetting('what town is this in')).toBe(true);
    expect(asksArticleSetting('ok so which village is this even about')).toBe(true);
    expect(asksArticleSetting('what town did this happen in?')).toBe(true);
  });

  it('reads none where "this" goes on to name something', () => {
    expect(asksArticleSetting('what town is this school in')).toBe(false);
    expect(asksArticleSetting('which town is the factory near')).toBe(false);
  });
});

describe('on an article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  describe('when asked "what town is this in"', () => {
    it('answers with the headline and lead naming Marlow Quay, not "the town\'s football club"', () => {
      const answer = engine.ask('what town is this in');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Marlow Quay');
      expect(answer.answer).not.toContain('football club');
    });
  });

  describe('when asked "which town is this about"', () => {
    it('answers with the lead too', () => {
      const answer = engine.ask('which town is this about');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Marlow Quay');
    });
  });
});
