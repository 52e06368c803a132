import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { BUNDLED_KNOWLEDGE_DIR } from '../config.ts';
import { generateJsonSchemas, JSON_SCHEMA_DIR } from '../knowledge/json-schemas.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KnowledgeError, type KnowledgeProblem } from '../knowledge/problems.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';

/** How much a story holds, for the one-line "knowledge OK" report. */
export interface KnowledgeCounts {
  sources: number;
  passages: number;
  quotes: number;
  pairs: number;
  events: number;
  entities: number;
}

/** What `check` found: counts when the knowledge loaded, and every problem. */
export interface KnowledgeCheck {
  counts: KnowledgeCounts | null;
  problems: KnowledgeProblem[];
}

/**
 * Runs the load-time checks on a knowledge folder, plus the JSON Schema
 * freshness check where schemas belong: always for the bundled knowledge, and
 * for any other folder that has a `schemas/` folder of its own.
 */
export async function checkKnowledge(dir: string): Promise<KnowledgeCheck> {
  const root = path.resolve(dir);
  const problems: KnowledgeProblem[] = [];
  let counts: KnowledgeCounts | null = null;
  try {
    counts = countKnowledge(await loadKnowledge(root));
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    problems.push(...error.problems);
  }
  const schemaFiles = await listSchemaFiles(root);
  if (root === BUNDLED_KNOWLEDGE_DIR || schemaFiles !== null) {
    problems.push(
      ...(await staleJsonSchemas(root, schemaFiles ?? [], root === BUNDLED_KNOWLEDGE_DIR)),
    );
  }
  return { counts, problems };
}

/** Totals over every source. */
export function countKnowledge(kb: KnowledgeBase): KnowledgeCounts {
  const sum = (count: (source: KnowledgeBase['sources'][number]) => number) =>
    kb.sources.reduce((total, source) => total + count(source), 0);
  return {
    sources: kb.sources.length,
    passages: sum((s) => s.source.passages.length),
    quotes: sum((s) => s.quotes.length),
    pairs: sum((s) => s.pairs.length),
    events: sum((s) => s.events.length),
    entities: sum((s) => s.entities.length),
  };
}

/** Names in `<root>/schemas/`, or null when there is no such folder. */
async function listSchemaFiles(root: string): Promise<string[] | null> {
  try {
    return await readdir(path.join(root, JSON_SCHEMA_DIR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Compares content, not text: the formatter may lay the committed files out
 * differently from `JSON.stringify`, and that is not staleness.
 */
async function sameJson(file: string, expected: string): Promise<boolean> {
  try {
    return isDeepStrictEqual(JSON.parse(await readFile(file, 'utf8')), JSON.parse(expected));
  } catch {
    return false;
  }
}

/** A generated schema file that is missing, differs from the zod schemas, or no longer generated. */
async function staleJsonSchemas(
  root: string,
  present: readonly string[],
  bundled: boolean,
): Promise<KnowledgeProblem[]> {
  const fix = bundled ? 'run `npm run schemas`' : 'regenerate it from the zod schemas';
  const expected = generateJsonSchemas();
  const problems: KnowledgeProblem[] = [];
  for (const [name, text] of expected) {
    const file = `${JSON_SCHEMA_DIR}/${name}`;
    if (!present.includes(name)) {
      problems.push({ file, path: '$', reason: `missing: ${fix}` });
    } else if (!(await sameJson(path.join(root, file), text))) {
      problems.push({ file, path: '$', reason: `out of date with the zod schemas: ${fix}` });
    }
  }
  for (const name of present) {
    if (name.endsWith('.schema.json') && !expected.has(name)) {
      problems.push({
        file: `${JSON_SCHEMA_DIR}/${name}`,
        path: '$',
        reason: 'no zod schema generates this file any more: delete it',
      });
    }
  }
  return problems;
}
