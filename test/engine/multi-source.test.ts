/**
 * A story told by two articles: the real Caliber.Az one and a fictional
 * follow-up (test data only, marked as such in its title and outlet) that
 * dates the end of the Tartous lease, which the real article only calls "recent".
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import type { TimelineEntry } from '../../src/engine/views.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { KNOWLEDGE_DIR } from '../support/story.ts';

const REAL_ID = 'caliber-az-russia-syria-bases';
const FICTIONAL_ID = 'fixture-news-tartous-follow-up';
const FICTIONAL_SOURCE = path.resolve(
  import.meta.dirname,
  '..',
  'fixtures',
  'multi-source',
  FICTIONAL_ID,
);

// The bundled knowledge plus the fictional source, assembled per run so the
// real article's knowledge is never a stale copy.
const FIXTURE_DIR = mkdtempSync(path.join(tmpdir(), 'storydesk-multi-source-'));
cpSync(KNOWLEDGE_DIR, FIXTURE_DIR, { recursive: true });
cpSync(FICTIONAL_SOURCE, path.join(FIXTURE_DIR, 'sources', FICTIONAL_ID), { recursive: true });
afterAll(() => rmSync(FIXTURE_DIR, { recursive: true, force: true }));

const articleText = (id: string) =>
  readFileSync(path.join(FIXTURE_DIR, 'sources', id, 'article.txt'), 'utf8');

let kb: KnowledgeBase;
let engine: StoryEngine;

beforeAll(async () => {
  kb = await loadKnowledge(FIXTURE_DIR);
  engine = createEngine(kb);
});

/** Coarse chronological position: known dates by value, unknown ones after all of them. */
const chronology = (entry: TimelineEntry) => entry.date.value ?? '\uffff';

describe('the multi-source fixture', () => {
  it('is marked as fictional test data wherever a reader would see it', () => {
    const fictional = kb.sources.find((s) => s.source.id === FICTIONAL_ID)?.source;
    expect(fictional?.outlet).toMatch(/fictional test data/i);
    expect(fictional?.title).toMatch(/test fixture, not news/i);
  });
});

describe('when the timeline merges two articles', () => {
  it('lists the events of both articles', () => {
    const sourceIds = new Set(engine.timeline().map((e) => e.citation.sourceId));
    expect(sourceIds).toEqual(new Set([REAL_ID, FICTIONAL_ID]));
    const total = kb.sources.reduce((n, s) => n + s.events.length, 0);
    expect(engine.timeline()).toHaveLength(total);
  });

  it('puts them in date order, with undated events last', () => {
    const timeline = engine.timeline();
    const positions = timeline.map(chronology);
    for (let i = 1; i < positions.length; i++) {
      const previous = positions[i - 1] ?? '';
      const current = positions[i] ?? '';
      // A year sorts before its months and a month before its days, so compare by the shorter prefix.
      const width = Math.min(previous.length, current.length);
      expect(previous.slice(0, width) <= current.slice(0, width)).toBe(true);
    }
    const firstUnknown = timeline.findIndex((e) => e.date.value === null);
    expect(timeline.slice(firstUnknown).every((e) => e.date.value === null)).toBe(true);
  });

  it('keeps both conflicting accounts of the Tartous lease, each attributed to its article', () => {
    const leaseEnded = engine
      .timeline()
      .filter((e) => /lease/i.test(e.summary) && /Tartous/.test(e.summary));
    const real = leaseEnded.find((e) => e.citation.sourceId === REAL_ID);
    const fictional = leaseEnded.find((e) => e.citation.sourceId === FICTIONAL_ID);
    expect(real?.citation.outlet).toBe('Caliber.Az');
    expect(fictional?.citation.outlet).toMatch(/fictional test data/i);
    expect(real?.date).not.toEqual(fictional?.date);
    expect(fictional?.date.precision).toBe('day');
  });

  it('places the follow-up’s dated lease ending among the real article’s dated events', () => {
    const timeline = engine.timeline();
    const fictionalIndex = timeline.findIndex(
      (e) => e.citation.sourceId === FICTIONAL_ID && /lease/i.test(e.summary),
    );
    const lateJanuaryIndex = timeline.findIndex(
      (e) =>
        e.citation.sourceId === REAL_ID && e.date.part === 'late' && e.date.value?.endsWith('-01'),
    );
    const december8Index = timeline.findIndex(
      (e) => e.citation.sourceId === REAL_ID && e.date.precision === 'day',
    );
    expect(december8Index).toBeGreaterThanOrEqual(0);
    expect(fictionalIndex).toBeGreaterThan(december8Index);
    expect(fictionalIndex).toBeLessThan(lateJanuaryIndex);
  });
});

describe('when asked who Tartous is', () => {
  it('describes it from both articles, each description with its own citation', () => {
    const card = engine.who('Tartous');
    const citedSources = card?.descriptions.map((d) => d.citation.sourceId) ?? [];
    expect(new Set(citedSources)).toEqual(new Set([REAL_ID, FICTIONAL_ID]));
    for (const description of card?.descriptions ?? []) {
      const passage = engine.passage(description.citation.sourceId, description.citation.passage);
      expect(passage?.text).toBeTruthy();
    }
  });

  it('finds mentions in both articles', () => {
    const mentioned = new Set(engine.who('Tartous')?.mentions.map((m) => m.citation.sourceId));
    expect(mentioned).toEqual(new Set([REAL_ID, FICTIONAL_ID]));
  });
});

describe('when asked for the story’s sources', () => {
  it('lists both articles with their outlets', () => {
    const sources = engine.story().sources;
    expect(sources.map((s) => s.id).sort()).toEqual([REAL_ID, FICTIONAL_ID].sort());
    expect(sources.find((s) => s.id === FICTIONAL_ID)?.outlet).toMatch(/fictional test data/i);
  });
});

describe('when asked what the port director said about the Tartous naval base', () => {
  it('answers from the follow-up and cites the follow-up', () => {
    const answer = engine.ask('What did the port director say about the Tartous naval base?');
    expect(answer.status).toBe('answered');
    expect(answer.citation?.sourceId).toBe(FICTIONAL_ID);
    expect(answer.citation?.outlet).toMatch(/fictional test data/i);
    expect(articleText(FICTIONAL_ID)).toContain(answer.quote?.text);
  });
});

describe('when asked about something only the real article says', () => {
  it('still cites the real article', () => {
    const answer = engine.ask('Where does Russia operate an air base?');
    expect(answer.status).toBe('answered');
    expect(answer.citation?.sourceId).toBe(REAL_ID);
    expect(articleText(REAL_ID)).toContain(answer.quote?.text);
  });
});

describe('when asked something neither article says', () => {
  it('does not speak for one outlet only', () => {
    const answer = engine.ask('What is the weather in Paris tomorrow?');
    expect(answer.status).toBe('unknown');
    const outlets = kb.sources.map((s) => s.source.outlet);
    const named = outlets.filter((outlet) => answer.answer.includes(outlet));
    expect(named.length === 0 || named.length === outlets.length).toBe(true);
  });
});
