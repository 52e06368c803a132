import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../src/config.ts';
import { loadKnowledge, SOURCES_DIR } from '../../src/knowledge/load.ts';
import type { KnowledgeBase, SourceBundle, TimelineEvent } from '../../src/knowledge/schema.ts';

const OPENING_QUOTE_MARKS = ['“', '"'];

let kb: KnowledgeBase;
let bundle: SourceBundle;
let articleText: string;

beforeAll(async () => {
  kb = await loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
  const [first] = kb.sources;
  if (first === undefined) throw new Error('the bundled knowledge has no source');
  bundle = first;
  const [sourceDir] = await readdir(path.join(BUNDLED_KNOWLEDGE_DIR, SOURCES_DIR));
  if (sourceDir === undefined) throw new Error('the bundled knowledge has no source folder');
  articleText = await readFile(
    path.join(BUNDLED_KNOWLEDGE_DIR, SOURCES_DIR, sourceDir, bundle.source.articleFile),
    'utf8',
  );
});

function speakerName(speakerId: string | null): string | undefined {
  return bundle.entities.find((entity) => entity.id === speakerId)?.name;
}

function eventWhen(pattern: RegExp): TimelineEvent {
  const matches = bundle.events.filter((event) => pattern.test(event.when));
  expect(matches, `events whose "when" matches ${pattern}`).toHaveLength(1);
  return matches[0] as TimelineEvent;
}

describe('the bundled knowledge', () => {
  it('loads, with its one source', () => {
    expect(kb.sources).toHaveLength(1);
  });
});

describe('the source', () => {
  it('has no publication date, because the article states none', () => {
    expect(bundle.source.date).toBeNull();
  });

  it('has passages ¶1–¶9 equal to the article’s paragraphs, in order', () => {
    const lines = articleText.split(/\r?\n/).filter((line) => line.trim() !== '');
    const body = lines.filter(
      (line) => line !== bundle.source.title && line !== `By ${bundle.source.author}`,
    );
    expect(lines.length - body.length, 'headline and byline set apart').toBe(2);
    expect(bundle.source.passages.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(bundle.source.passages.map((p) => p.text)).toEqual(body);
  });
});

describe('the quotes', () => {
  it('are the five direct quotes: Zakharova twice, Sharaa twice, the Foreign Ministry once', () => {
    const bySpeaker = new Map<string | undefined, number>();
    for (const quote of bundle.quotes) {
      const name = speakerName(quote.speaker);
      bySpeaker.set(name, (bySpeaker.get(name) ?? 0) + 1);
    }
    expect(bundle.quotes).toHaveLength(5);
    expect(Object.fromEntries(bySpeaker)).toEqual({
      'Maria Zakharova': 2,
      Sharaa: 2,
      'Russian Foreign Ministry': 1,
    });
  });

  it('credit the Foreign Ministry with the one word it is quoted on, "substantive"', () => {
    const ministry = bundle.quotes.filter((q) => speakerName(q.speaker)?.includes('Ministry'));
    expect(ministry.map((q) => q.text)).toEqual(['substantive']);
  });

  it('are each verbatim in the article file, right after an opening quotation mark', () => {
    for (const quote of bundle.quotes) {
      const at = articleText.indexOf(quote.text);
      expect(at, quote.id).toBeGreaterThan(0);
      expect(OPENING_QUOTE_MARKS, quote.id).toContain(articleText[at - 1]);
    }
  });

  it('each sit in the passage they cite', () => {
    for (const quote of bundle.quotes) {
      const passage = bundle.source.passages.find((p) => p.n === quote.passage);
      expect(passage?.text, quote.id).toContain(quote.text);
    }
  });
});

describe('the Q&A pairs', () => {
  it('number at least 40', () => {
    expect(bundle.pairs.length).toBeGreaterThanOrEqual(40);
  });

  it('each have at least 3 phrasings and at least 1 citation', () => {
    for (const pair of bundle.pairs) {
      expect(pair.questions.length, pair.id).toBeGreaterThanOrEqual(3);
      expect(pair.citations.length, pair.id).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the timeline', () => {
  it('dates Russia’s involvement to 2015, as stated', () => {
    expect(eventWhen(/2015/).date).toEqual({ value: '2015', precision: 'year', inferred: false });
  });

  it('dates Assad’s ousting to December 8, with 2024 inferred', () => {
    expect(eventWhen(/December 8/).date).toEqual({
      value: '2024-12-08',
      precision: 'day',
      inferred: true,
    });
  });

  it('places Sharaa’s remarks in late December 2024, year inferred', () => {
    expect(eventWhen(/late December/).date).toEqual({
      value: '2024-12',
      precision: 'part-of-month',
      part: 'late',
      inferred: true,
    });
  });

  it('places Bogdanov’s visit in late January 2025, year inferred', () => {
    expect(eventWhen(/late January/).date).toEqual({
      value: '2025-01',
      precision: 'part-of-month',
      part: 'late',
      inferred: true,
    });
  });

  it('keeps the "recently" ended lease and the briefing undated', () => {
    for (const event of [eventWhen(/recently/), eventWhen(/briefing/)]) {
      expect(event.date, event.id).toEqual({ value: null, precision: 'unknown', inferred: false });
    }
  });

  it('words each dated event’s "when" as the passage it cites does', () => {
    const dated = bundle.events.filter((event) => event.date.precision !== 'unknown');
    expect(dated.length).toBeGreaterThanOrEqual(4);
    for (const event of dated) {
      const cited = event.citations.map(
        (c) => bundle.source.passages.find((p) => p.n === c.passage)?.text ?? '',
      );
      const wording = event.when.replace(/^in /, '');
      expect(
        cited.some((text) => text.includes(wording)),
        event.id,
      ).toBe(true);
    }
  });
});
