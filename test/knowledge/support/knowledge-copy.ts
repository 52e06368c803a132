/**
 * Broken knowledge for tests, made fresh from the bundled knowledge: copy it
 * to a temp dir, then apply a recipe of small edits. Recipes live in
 * `test/fixtures/knowledge/*.json`, so a fixture is always "the real
 * knowledge, except this", and cannot drift from what ships.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll } from 'vitest';
import { z } from 'zod';
import { BUNDLED_KNOWLEDGE_DIR } from '../../../src/config.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { KnowledgeError, type KnowledgeProblem } from '../../../src/knowledge/problems.ts';
import { parseJsonPath } from './json-path.ts';

/** Where the edit recipes live. */
export const RECIPES_DIR = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'knowledge');

const FileName = z.string().min(1);
const JsonPath = z.string().startsWith('$');

/** One edit; each kind must find what it changes, or the recipe has gone stale. */
const EditSchema = z.union([
  z.strictObject({ file: FileName, path: JsonPath, set: z.unknown() }),
  z.strictObject({ file: FileName, path: JsonPath, copyFrom: JsonPath }),
  z.strictObject({ file: FileName, path: JsonPath, unset: z.literal(true) }),
  z.strictObject({ file: FileName, find: z.string().min(1), replace: z.string() }),
  z.strictObject({ file: FileName, remove: z.literal(true) }),
]);

const RecipeSchema = z.strictObject({
  /** What is wrong with the knowledge after the edits, in plain words. */
  about: z.string().min(1),
  edits: z.array(EditSchema).min(1),
});

/** A fixture recipe: the edits that break a copy of the bundled knowledge. */
export type Recipe = z.infer<typeof RecipeSchema>;
type Edit = z.infer<typeof EditSchema>;

const tempDirs: string[] = [];

/** Reads and checks a recipe from `test/fixtures/knowledge/<name>.json`. */
export async function readRecipe(name: string): Promise<Recipe> {
  const text = await readFile(path.join(RECIPES_DIR, `${name}.json`), 'utf8');
  return RecipeSchema.parse(JSON.parse(text));
}

/** A private copy of the bundled knowledge in a fresh temp dir. */
export async function copyOfBundledKnowledge(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'storydesk-knowledge-'));
  tempDirs.push(dir);
  await cp(BUNDLED_KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

/** A copy of the bundled knowledge with the named recipe applied. */
export async function brokenKnowledge(recipeName: string): Promise<string> {
  const dir = await copyOfBundledKnowledge();
  await applyRecipe(dir, await readRecipe(recipeName));
  return dir;
}

/** Applies every edit of a recipe to the knowledge in `dir`, in order. */
export async function applyRecipe(dir: string, recipe: Recipe): Promise<void> {
  for (const edit of recipe.edits) await applyEdit(dir, edit);
}

/** Deletes every temp dir made so far; call from `afterAll`. */
export async function removeKnowledgeCopies(): Promise<void> {
  const dirs = tempDirs.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * The `KnowledgeError` that `loadKnowledge` throws for `dir`. Fails loudly
 * when the knowledge loads, and rethrows any other error as it is.
 */
export async function knowledgeErrorFor(dir: string): Promise<KnowledgeError> {
  let thrown: unknown;
  try {
    await loadKnowledge(dir);
  } catch (error) {
    thrown = error;
  }
  if (thrown instanceof KnowledgeError) return thrown;
  throw thrown ?? new Error(`expected the knowledge in ${dir} to be rejected, but it loaded`);
}

/** The problems `loadKnowledge` reports for `dir`; see {@link knowledgeErrorFor}. */
export async function problemsLoading(dir: string): Promise<readonly KnowledgeProblem[]> {
  return (await knowledgeErrorFor(dir)).problems;
}

/**
 * Registers a `beforeAll` that loads the named broken fixture, and returns a
 * getter for its problems: one load per describe block.
 */
export function problemsOfRecipe(recipe: string): () => readonly KnowledgeProblem[] {
  let problems: readonly KnowledgeProblem[] = [];
  beforeAll(async () => {
    problems = await problemsLoading(await brokenKnowledge(recipe));
  });
  return () => problems;
}

/** The value at a JSON path of one bundled knowledge file, for expectations that follow the data. */
export async function bundledValue(file: string, jsonPath: string): Promise<unknown> {
  const json: unknown = JSON.parse(await readFile(path.join(BUNDLED_KNOWLEDGE_DIR, file), 'utf8'));
  return valueAt(json, parseJsonPath(jsonPath), `${file} ${jsonPath}`);
}

async function applyEdit(root: string, edit: Edit): Promise<void> {
  const target = path.join(root, edit.file);
  if ('remove' in edit) {
    await rm(target);
    return;
  }
  const text = await readFile(target, 'utf8');
  if ('find' in edit) {
    const occurrences = text.split(edit.find).length - 1;
    if (occurrences !== 1) {
      throw new Error(
        `recipe edit expects "${edit.find}" once in ${edit.file}, found ${occurrences}`,
      );
    }
    await writeFile(
      target,
      text.replace(edit.find, () => edit.replace),
    );
    return;
  }
  const json: unknown = JSON.parse(text);
  const where = `${edit.file} ${edit.path}`;
  const segments = parseJsonPath(edit.path);
  const key = segments.at(-1);
  if (key === undefined) throw new Error(`recipe edit cannot replace a whole file: ${where}`);
  const parent = valueAt(json, segments.slice(0, -1), where);
  if (typeof parent !== 'object' || parent === null) {
    throw new Error(`recipe edit's parent is not an object or array: ${where}`);
  }
  const container = parent as Record<string | number, unknown>;
  if ('unset' in edit) {
    if (!(key in container)) throw new Error(`recipe edit unsets a missing field: ${where}`);
    delete container[key];
  } else if (Array.isArray(container) && (typeof key !== 'number' || key >= container.length)) {
    throw new Error(`recipe edit sets past the end of an array: ${where}`);
  } else {
    container[key] =
      'copyFrom' in edit
        ? valueAt(json, parseJsonPath(edit.copyFrom), `${edit.file} ${edit.copyFrom}`)
        : edit.set;
  }
  await writeFile(target, `${JSON.stringify(json, null, 2)}\n`);
}

function valueAt(json: unknown, segments: readonly (string | number)[], where: string): unknown {
  let value = json;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null || !(segment in value)) {
      throw new Error(`no value at ${where}`);
    }
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
