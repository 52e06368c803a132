import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { type CheckedSource, crossCheck } from './cross-check.ts';
import { duplicateKeys } from './duplicate-keys.ts';
import { loadGeneralLanguage, storyWords } from './general.ts';
import { knowledgeErrorMap, problemsFromIssues } from './issues.ts';
import { KnowledgeError, type KnowledgeProblem } from './problems.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase, type SourceBundle } from './schema.ts';

/** Folder under the knowledge root that holds one directory per source. */
export const SOURCES_DIR = 'sources';

/**
 * Reads, validates and cross-checks a whole story. Never returns half-loaded
 * knowledge: any problem, in any file, throws a {@link KnowledgeError} that
 * lists every problem found.
 */
export async function loadKnowledge(root: string): Promise<KnowledgeBase> {
  const problems: KnowledgeProblem[] = [];
  const reader = new FileReader(root, problems);

  const story = await reader.parsed('story.json', KNOWLEDGE_FILES.story.schema);
  const lexicon = await reader.parsed('lexicon.json', KNOWLEDGE_FILES.lexicon.schema);

  const sourceDirs = await listSourceDirs(root, problems);
  const checked: CheckedSource[] = [];
  const bundles: SourceBundle[] = [];
  for (const dir of sourceDirs) {
    const source = await reader.parsed(`${dir}/source.json`, KNOWLEDGE_FILES.source.schema);
    const quotes = await reader.parsed(`${dir}/quotes.json`, KNOWLEDGE_FILES.quotes.schema);
    const qa = await reader.parsed(`${dir}/qa.json`, KNOWLEDGE_FILES.qa.schema);
    const timeline = await reader.parsed(`${dir}/timeline.json`, KNOWLEDGE_FILES.timeline.schema);
    const entities = await reader.parsed(`${dir}/entities.json`, KNOWLEDGE_FILES.entities.schema);
    // Without source.json there are no passages to check anything against.
    if (!source) continue;
    const articleText = await reader.text(`${dir}/${source.articleFile}`);
    checked.push({
      dir,
      source,
      articleText,
      quotes: quotes?.quotes,
      pairs: qa?.pairs,
      events: timeline?.events,
      entities: entities?.entities,
    });
    if (quotes && qa && timeline && entities && articleText !== undefined) {
      bundles.push({
        source,
        quotes: quotes.quotes,
        pairs: qa.pairs,
        events: timeline.events,
        entities: entities.entities,
      });
    }
  }
  if (sourceDirs.length === 0 && problems.length === 0) {
    problems.push({
      file: SOURCES_DIR,
      path: '$',
      reason: 'no sources: add at least one article directory',
    });
  }

  problems.push(...crossCheck(checked));
  if (problems.length > 0 || !story || !lexicon) throw new KnowledgeError(problems);
  const kb: KnowledgeBase = { story, lexicon, sources: bundles };
  return { ...kb, general: await loadGeneralLanguage(storyWords(kb)) };
}

async function listSourceDirs(root: string, problems: KnowledgeProblem[]): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, SOURCES_DIR), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => `${SOURCES_DIR}/${entry.name}`)
      .sort();
  } catch (error) {
    problems.push({
      file: SOURCES_DIR,
      path: '$',
      reason: `cannot list sources: ${describeFsError(error)}`,
    });
    return [];
  }
}

/** Reads knowledge files, turning every failure into a problem instead of a throw. */
class FileReader {
  constructor(
    private readonly root: string,
    private readonly problems: KnowledgeProblem[],
  ) {}

  async text(file: string): Promise<string | undefined> {
    try {
      return await readFile(path.join(this.root, file), 'utf8');
    } catch (error) {
      this.problems.push({ file, path: '$', reason: `cannot read: ${describeFsError(error)}` });
      return undefined;
    }
  }

  async parsed<Schema extends z.ZodType>(
    file: string,
    schema: Schema,
  ): Promise<z.output<Schema> | undefined> {
    const text = await this.text(file);
    if (text === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.problems.push({ file, path: '$', reason: describeJsonError(error, text) });
      return undefined;
    }
    const duplicates = duplicateKeys(file, text);
    this.problems.push(...duplicates);
    const result = schema.safeParse(json, { error: knowledgeErrorMap });
    if (result.success) return duplicates.length === 0 ? result.data : undefined;
    this.problems.push(...problemsFromIssues(file, result.error.issues));
    return undefined;
  }
}

/**
 * The parser's message, plus the line and column when it gives a character
 * position: editors count lines, not characters.
 */
function describeJsonError(error: unknown, text: string): string {
  const message = (error as Error).message;
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(position)).split('\n');
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `invalid JSON: ${message} (line ${before.length}, column ${column})`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file or folder not found';
  return code ?? String(error);
}
