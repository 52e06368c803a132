import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../src/config.ts';
import { generateJsonSchemas, JSON_SCHEMA_DIR } from '../../src/knowledge/json-schemas.ts';
import { SOURCES_DIR } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_FILES } from '../../src/knowledge/schema.ts';

const SCHEMA_DIR = path.join(BUNDLED_KNOWLEDGE_DIR, JSON_SCHEMA_DIR);
const KIND_BY_FILE = new Map<string, string>(
  Object.entries(KNOWLEDGE_FILES).map(([kind, { file }]) => [file, kind]),
);

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Every .json file of the bundled knowledge outside the schema folder. */
async function knowledgeJsonFiles(): Promise<string[]> {
  const entries = await readdir(BUNDLED_KNOWLEDGE_DIR, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => path.dirname(file) !== SCHEMA_DIR)
    .sort();
}

describe('the JSON Schemas in knowledge/schemas', () => {
  // Compared as parsed JSON: the committed files are formatted by Biome,
  // which lays out short arrays differently from JSON.stringify.
  it('match what generateJsonSchemas() makes from the zod schemas', async () => {
    for (const [name, text] of generateJsonSchemas()) {
      expect(await readJson(path.join(SCHEMA_DIR, name)), name).toEqual(JSON.parse(text));
    }
  });

  it('include no schema that the zod schemas no longer make', async () => {
    const committed = (await readdir(SCHEMA_DIR)).sort();
    expect(committed).toEqual([...generateJsonSchemas().keys()].sort());
  });
});

describe('every knowledge file', () => {
  it('is one of the known kinds: story, lexicon, or a source file', async () => {
    const files = await knowledgeJsonFiles();
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      expect(KIND_BY_FILE.has(path.basename(file)), file).toBe(true);
    }
    expect(
      files.filter((f) => path.dirname(f) === BUNDLED_KNOWLEDGE_DIR).map((f) => path.basename(f)),
    ).toEqual(['lexicon.json', 'story.json']);
    for (const file of files.filter((f) => path.dirname(f) !== BUNDLED_KNOWLEDGE_DIR)) {
      expect(path.relative(BUNDLED_KNOWLEDGE_DIR, file).split(path.sep)[0], file).toBe(SOURCES_DIR);
    }
  });

  it('has a $schema that points at the schema file for its kind', async () => {
    for (const file of await knowledgeJsonFiles()) {
      const json = (await readJson(file)) as { $schema?: unknown };
      const kind = KIND_BY_FILE.get(path.basename(file));
      expect(typeof json.$schema, file).toBe('string');
      expect(path.resolve(path.dirname(file), String(json.$schema)), file).toBe(
        path.join(SCHEMA_DIR, `${kind}.schema.json`),
      );
    }
  });
});
