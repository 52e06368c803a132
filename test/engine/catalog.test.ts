import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { dateSortKey } from '../../src/engine/timeline.ts';
import { ARTICLE_TEXT, bundledStory } from '../support/story.ts';

let engine: StoryEngine;
beforeAll(async () => {
  ({ engine } = await bundledStory());
});

describe('the timeline', () => {
  it('lists events in date order, undated ones last', () => {
    const keys = engine.timeline().map((event) => dateSortKey(event.date));
    expect(keys).toEqual([...keys].sort());
    expect(engine.timeline().at(-1)?.date.value).toBeNull();
  });

  it('marks a year deduced from context as inferred, and a year the article states as not', () => {
    const byWhen = new Map(engine.timeline().map((e) => [e.when, e]));
    expect(byWhen.get('December 8')?.date).toMatchObject({ value: '2024-12-08', inferred: true });
    expect(byWhen.get('in 2015')?.date).toMatchObject({ value: '2015', inferred: false });
  });

  it('words every date as the article does', () => {
    for (const event of engine.timeline()) {
      const words = event.when.replace(/\s*\(.*\)$/, '');
      expect(ARTICLE_TEXT).toContain(words);
    }
  });
});

describe('when pulling up quotes', () => {
  it('lists every quote of the story when given no filter', () => {
    expect(engine.quotes()).toHaveLength(5);
  });

  it('finds a speaker by a misspelt name', () => {
    const quotes = engine.quotes({ speaker: 'zakarova' });
    expect(quotes.length).toBe(2);
    for (const entry of quotes) expect(entry.quote.speaker).toBe('Maria Zakharova');
  });

  it('finds quotes by topic in words the article does not use', () => {
    const quotes = engine.quotes({ about: 'weapons' });
    expect(quotes[0]?.quote.text).toMatch(/arms/);
  });

  it('returns nothing for a speaker who is not in the story', () => {
    expect(engine.quotes({ speaker: 'Vladimir Putin' })).toEqual([]);
  });

  it('keeps every quote verbatim', () => {
    for (const entry of engine.quotes()) expect(ARTICLE_TEXT).toContain(entry.quote.text);
  });
});

describe('when asked who someone is', () => {
  it('finds a place by another spelling and lists the passages that mention it', () => {
    const card = engine.who('Khmeimim');
    expect(card?.name).toMatch(/Hmeimim/);
    expect(card?.mentions.length).toBeGreaterThan(0);
    for (const mention of card?.mentions ?? []) expect(mention.text).toMatch(/Hmeimim/);
  });

  it('returns null for a name the story does not have', () => {
    expect(engine.who('Angela Merkel')).toBeNull();
    expect(engine.who('')).toBeNull();
  });
});

describe('the source', () => {
  it('describes the article without inventing a publication date', () => {
    const [source] = engine.story().sources;
    expect(source).toMatchObject({ outlet: 'Caliber.Az', author: 'Tamilla Hasanova', date: null });
    expect(source?.passages).toBe(9);
  });
});

describe('when autocompleting a half-typed question', () => {
  it('completes the last word ("zakh") to questions about Zakharova', () => {
    const choices = engine.complete('zakh');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices[0]).toMatch(/Zakharova/);
  });

  it('offers featured questions before anything is typed, each one answerable', () => {
    const choices = engine.complete('');
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(engine.ask(choice).status).toBe('answered');
  });
});
