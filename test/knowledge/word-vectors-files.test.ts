import { cp, mkdtemp, readFile, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GENERAL_RESOURCES_DIR,
  loadGeneralLanguage,
  WORD_VECTOR_DIMENSIONS,
  WORD_VECTORS_BINARY,
  WORD_VECTORS_REACH,
  WORD_VECTORS_WORDS,
} from '../../src/knowledge/general.ts';
import { KnowledgeError } from '../../src/knowledge/problems.ts';

describe('the word vectors (resources/english/word-vectors.*)', () => {
  let words: string[];
  beforeAll(async () => {
    const text = await readFile(path.join(GENERAL_RESOURCES_DIR, WORD_VECTORS_WORDS), 'utf8');
    words = text.trimEnd().split('\n');
  });

  it('lists each word once, in lower case, as readers type it', () => {
    expect(new Set(words).size).toBe(words.length);
    const bad = words.filter((word) => !/^[a-z](?:[a-z'-]*[a-z])?$/.test(word));
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('holds a row of bytes and a reach for every word', async () => {
    const rows = await readFile(path.join(GENERAL_RESOURCES_DIR, WORD_VECTORS_BINARY));
    const reaches = await readFile(path.join(GENERAL_RESOURCES_DIR, WORD_VECTORS_REACH));
    expect(rows.length).toBe(words.length * WORD_VECTOR_DIMENSIONS);
    expect(reaches.length).toBe(words.length);
  });

  it("keeps readers' everyday words and news words, not only the commonest", () => {
    for (const word of ['cops', 'scrapped', 'boss', 'blaze', 'jailed']) {
      expect(words).toContain(word);
    }
  });
});

describe('when the word vectors do not fit their word list', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'storydesk-vectors-'));
    await cp(GENERAL_RESOURCES_DIR, dir, { recursive: true });
    await truncate(path.join(dir, WORD_VECTORS_BINARY), 1000);
    await truncate(path.join(dir, WORD_VECTORS_REACH), 10);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names both files, what they hold and how to rebuild them, at once', async () => {
    const failure = await loadGeneralLanguage([], dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KnowledgeError);
    const problems = (failure as KnowledgeError).problems;
    expect(problems.map((p) => p.file)).toEqual([
      path.join(dir, WORD_VECTORS_BINARY),
      path.join(dir, WORD_VECTORS_REACH),
    ]);
    expect(problems[0]?.reason).toMatch(/holds 1000 bytes .*npm run vectors/);
    expect(problems[1]?.reason).toMatch(/holds 10 bytes/);
  });
});
