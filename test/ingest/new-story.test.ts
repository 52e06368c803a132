import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { ingestArticle } from '../../src/ingest/write.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { HALDEN_ARTICLE_FILE, HALDEN_META as META } from '../support/halden.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'storydesk-new-story-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function ingestInto(knowledgeDir: string, file = HALDEN_ARTICLE_FILE, meta = META) {
  return ingestArticle({ file, knowledgeDir, meta, id: null, force: false });
}

describe('ingest into a folder that does not exist yet', () => {
  it('creates a whole story there that loads and answers', async () => {
    const dir = path.join(scratch, 'missing', 'halden');
    const result = await ingestInto(dir);
    expect(result.newStory).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['lexicon.json', 'sources', 'story.json']);
    const kb = await loadKnowledge(dir);
    expect(kb.story.title).toBe(META.title);
    expect(kb.story.scope).toContain(META.outlet);
    expect(kb.lexicon.synonyms).toEqual({});
    expect(kb.sources.map((s) => s.source.id)).toEqual([result.id]);
    expect(createEngine(kb).ask('when did the problem first surface').status).toBe('answered');
  });

  it('leaves no hidden staging folder behind', () => {
    expect(readdirSync(path.join(scratch, 'missing'))).toEqual(['halden']);
  });
});

describe('ingest into an empty folder', () => {
  it('fills it with a new story', async () => {
    const dir = path.join(scratch, 'empty');
    mkdirSync(dir);
    const result = await ingestInto(dir);
    expect(result.newStory).toBe(true);
    expect((await loadKnowledge(dir)).sources).toHaveLength(1);
  });
});

describe('ingest of an article with no quotes, no dates and no names', () => {
  it('makes a story with what it has', async () => {
    const file = path.join(scratch, 'plain.txt');
    writeFileSync(
      file,
      'the water tasted odd for a while.\n\nit is fine now, the utility thinks.\n',
    );
    const dir = path.join(scratch, 'plain');
    const result = await ingestInto(dir, file, {
      title: 'Water',
      outlet: 'A Blog',
      author: null,
      date: null,
      url: null,
    });
    expect(result.summary).toMatchObject({ passages: 2, quotes: 0, events: 0, newEntities: 0 });
    const engine = createEngine(await loadKnowledge(dir));
    expect(engine.ask('how did the water taste').status).toBe('answered');
  });
});
