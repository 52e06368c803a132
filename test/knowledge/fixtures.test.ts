/**
 * The broken-knowledge fixtures themselves: each recipe must still apply to
 * the bundled knowledge and still break it, or the specs that use it would
 * be testing nothing.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { jsonPath } from '../../src/knowledge/problems.ts';
import { parseJsonPath } from './support/json-path.ts';
import {
  applyRecipe,
  brokenKnowledge,
  copyOfBundledKnowledge,
  problemsLoading,
  RECIPES_DIR,
  readRecipe,
  removeKnowledgeCopies,
} from './support/knowledge-copy.ts';

const RECIPE_NAMES = readdirSync(RECIPES_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => path.basename(name, '.json'));

afterAll(removeKnowledgeCopies);

describe('an unedited copy of the bundled knowledge', () => {
  it('loads, so every problem a fixture shows comes from its edits', async () => {
    const kb = await loadKnowledge(await copyOfBundledKnowledge());
    expect(kb.sources.length).toBeGreaterThan(0);
  });
});

describe.each(RECIPE_NAMES)('the %s recipe', (name) => {
  it('says what it breaks and still breaks the knowledge', async () => {
    expect((await readRecipe(name)).about).not.toBe('');
    expect((await problemsLoading(await brokenKnowledge(name))).length).toBeGreaterThan(0);
  });
});

describe('a recipe whose target is gone', () => {
  it('fails loudly instead of leaving the knowledge unbroken', async () => {
    const dir = await copyOfBundledKnowledge();
    await expect(
      applyRecipe(dir, {
        about: 'stale',
        edits: [{ file: 'story.json', find: 'words no file holds', replace: 'x' }],
      }),
    ).rejects.toThrow(/once in story.json, found 0/);
    await expect(
      applyRecipe(dir, {
        about: 'stale',
        edits: [{ file: 'story.json', path: '$.no.such.field', set: 1 }],
      }),
    ).rejects.toThrow(/no value at story.json/);
  });
});

describe('recipe paths', () => {
  it('read the same JSON paths that problems write', () => {
    for (const segments of [[], ['pairs', 3, 'id'], ['synonyms', 'Air Base'], ['$schema']]) {
      expect(parseJsonPath(jsonPath(segments))).toEqual(segments);
    }
  });
});
