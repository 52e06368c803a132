import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Bakery wins fight to keep its ovens lit

A family bakery on Mill Street will keep its wood-fired ovens after the council dropped a smoke complaint on Monday.

Dennis Harrowby, the bakery's owner, said the ovens had been lit every morning since 1962.

The council's environmental health officer visited twice in March. Mr Harrowby said he had never been told what the complaint was about.

A neighbour, Paula Greaves, said the smell of bread was "the best thing about the street".`;

describe('when asked "whats harrowby\'s first name"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('answers with the owner’s full name', () => {
    const answer = engine.ask("whats harrowby's first name");
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Dennis Harrowby');
  });

  it('does not take "Mr Harrowby" for a full name: the sentence giving his ranks above it', () => {
    const titles = engine.explain("whats harrowby's first name", 3).map((c) => c.title);
    const full = titles.findIndex((t) => t.startsWith('Dennis Harrowby, the bakery'));
    const titled = titles.findIndex((t) => t.startsWith('Mr Harrowby said'));
    expect(full).toBeGreaterThanOrEqual(0);
    expect(titled === -1 || full < titled).toBe(true);
  });
});

describe('when asked "whats greavess first name", the owner\'s "s" left off', () => {
  it('answers with the neighbour’s full name', async () => {
    const engine = await freshEngine(ARTICLE);
    const answer = engine.ask('whats greavess first name');
    expect(answer.answer).toContain('Paula Greaves');
  });
});

describe('when asked the first name of someone the article never names', () => {
  it('does not answer with someone else’s name', async () => {
    const engine = await freshEngine(ARTICLE);
    const answer = engine.ask("whats the health officer's first name");
    expect(answer.answer ?? '').not.toMatch(/Dennis|Paula/);
  });
});
