import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuoteEntry, StoryInfo, TimelineEntry, WhoCard } from '../../src/engine/views.ts';
import { type CliResult, cli } from './in-process.ts';
import {
  ANSI_ESCAPE,
  articleTexts,
  isVerbatim,
  KNOWLEDGE_ROOT,
  outputLines,
  sourceDirs,
  sourceFiles,
} from './process.ts';

interface Entity {
  id: string;
  name: string;
  aliases: string[];
}
interface Quote {
  id: string;
  speaker: string | null;
  topics: string[];
}

const articles = articleTexts();
const entities = sourceFiles<{ entities: Entity[] }>('entities.json').flatMap((f) => f.entities);
const quotes = sourceFiles<{ quotes: Quote[] }>('quotes.json').flatMap((f) => f.quotes);
const firstQuote = quotes.find((quote) => quote.speaker !== null && quote.topics.length > 0);
const speaker = entities.find((entity) => entity.id === firstQuote?.speaker);
/** The speaker as a reader would type them: last name, lower case. */
const typedSpeaker = speaker?.name.split(' ').at(-1)?.toLowerCase() ?? '';

function onlyJson<T>(result: CliResult): T {
  const lines = outputLines(result.stdout);
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] ?? '') as T;
}

/** Dates of different precision compare on what both say: "2024-12" is not before "2024-12-08". */
function notBefore(later: string, earlier: string): boolean {
  const n = Math.min(later.length, earlier.length);
  return later.slice(0, n) >= earlier.slice(0, n);
}

describe('storydesk timeline', () => {
  let json: CliResult;
  let text: CliResult;

  beforeAll(async () => {
    [json, text] = await Promise.all([cli(['timeline', '--json']), cli(['timeline'])]);
  });

  it('--json lists every event with a citation', () => {
    expect(json.code).toBe(0);
    const { events } = onlyJson<{ events: TimelineEntry[] }>(json);
    const curated = sourceFiles<{ events: unknown[] }>('timeline.json').flatMap((f) => f.events);
    expect(events).toHaveLength(curated.length);
    for (const event of events) expect(event.citation.passage).toBeGreaterThan(0);
  });

  it('--json puts dated events in date order', () => {
    const dated = onlyJson<{ events: TimelineEntry[] }>(json).events.flatMap((event) =>
      event.date.value ? [event.date.value] : [],
    );
    for (let i = 1; i < dated.length; i += 1) {
      expect(notBefore(dated[i] ?? '', dated[i - 1] ?? '')).toBe(true);
    }
  });

  it('as text shows each event with its paragraph, without colour', () => {
    expect(text.code).toBe(0);
    const { events } = onlyJson<{ events: TimelineEntry[] }>(json);
    for (const event of events) expect(text.stdout).toContain(event.when);
    expect(text.stdout.match(/¶\d+/g)).toHaveLength(events.length);
    expect(text.stdout).not.toContain(ANSI_ESCAPE);
  });
});

describe(`storydesk quote --speaker ${typedSpeaker}`, () => {
  let result: CliResult;

  beforeAll(async () => {
    result = await cli(['quote', '--speaker', typedSpeaker, '--json']);
  });

  it("returns every one of the speaker's quotes, attributed to them by name", () => {
    expect(result.code).toBe(0);
    const found = onlyJson<{ quotes: QuoteEntry[] }>(result).quotes;
    const theirs = quotes.filter((quote) => quote.speaker === speaker?.id);
    expect(found.map((entry) => entry.id).sort()).toEqual(theirs.map((quote) => quote.id).sort());
    for (const entry of found) {
      expect(entry.quote.kind).toBe('direct');
      expect(entry.quote.speaker).toBe(speaker?.name);
    }
  });

  it('quotes them verbatim', () => {
    for (const entry of onlyJson<{ quotes: QuoteEntry[] }>(result).quotes) {
      expect(isVerbatim(entry.quote.text, articles), entry.quote.text).toBe(true);
    }
  });
});

describe('storydesk quote --about <a curated topic>', () => {
  it('finds the quote tagged with that topic', async () => {
    const topic = firstQuote?.topics[0] ?? '';
    const result = await cli(['quote', '--about', topic, '--json']);
    expect(result.code).toBe(0);
    const found = onlyJson<{ about: string; quotes: QuoteEntry[] }>(result);
    expect(found.about).toBe(topic);
    expect(found.quotes.map((entry) => entry.id)).toContain(firstQuote?.id);
  });
});

describe('storydesk quote --speaker <nobody in the story>', () => {
  it('finds nothing and exits 1', async () => {
    const result = await cli(['quote', '--speaker', 'Qwxyz Zzyzx', '--json']);
    expect(result.code).toBe(1);
    expect(onlyJson<{ quotes: QuoteEntry[] }>(result).quotes).toEqual([]);
  });
});

describe(`storydesk who ${typedSpeaker}`, () => {
  it('returns the card of the person the article names', async () => {
    const result = await cli(['who', typedSpeaker, '--json']);
    expect(result.code).toBe(0);
    const card = onlyJson<WhoCard & { found: boolean }>(result);
    expect(card.found).toBe(true);
    expect(card.name).toBe(speaker?.name);
    expect(card.descriptions.length).toBeGreaterThan(0);
  });
});

describe('storydesk who <a name the article does not mention>', () => {
  let json: CliResult;
  let text: CliResult;

  beforeAll(async () => {
    [json, text] = await Promise.all([
      cli(['who', 'Qwxyz', 'Zzyzx', '--json']),
      cli(['who', 'Qwxyz', 'Zzyzx']),
    ]);
  });

  it('--json says not found, lists the names it knows, and exits 1', () => {
    expect(json.code).toBe(1);
    const reply = onlyJson<{ name: string; found: boolean; known: string[] }>(json);
    expect(reply.name).toBe('Qwxyz Zzyzx');
    expect(reply.found).toBe(false);
    expect(reply.known).toEqual(expect.arrayContaining(entities.map((entity) => entity.name)));
  });

  it('as text says so in plain words', () => {
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Qwxyz Zzyzx');
    expect(text.stdout).toContain(speaker?.name ?? '');
  });
});

describe('storydesk source', () => {
  let json: CliResult;
  let text: CliResult;
  const story = JSON.parse(readFileSync(path.join(KNOWLEDGE_ROOT, 'story.json'), 'utf8'));
  const sources = sourceFiles<{ id: string; title: string }>('source.json');

  beforeAll(async () => {
    [json, text] = await Promise.all([cli(['source', '--json']), cli(['source'])]);
  });

  it('--json describes the story and every article', () => {
    expect(json.code).toBe(0);
    const info = onlyJson<StoryInfo>(json);
    expect(info.title).toBe(story.title);
    expect(info.sources).toHaveLength(sourceDirs().length);
    expect(info.sources.map((s) => s.id).sort()).toEqual(sources.map((s) => s.id).sort());
  });

  it('as text names the story and its articles', () => {
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(story.title);
    for (const source of sources) expect(text.stdout).toContain(source.title);
  });
});
