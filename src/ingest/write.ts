import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadIrregularForms, loadLanguageFile } from '../knowledge/general.ts';
import { loadKnowledge, SOURCES_DIR } from '../knowledge/load.ts';
import { formatProblems, KnowledgeError } from '../knowledge/problems.ts';
import type { SourceBundle } from '../knowledge/schema.ts';
import type { TenseWords } from './dates.ts';
import { decodeArticle } from './decode.ts';
import {
  type ArticleMeta,
  type DraftInput,
  type DraftSummary,
  draftSource,
  sourceIdFor,
} from './draft.ts';
import { IngestError } from './errors.ts';
import { sourceJsonFiles } from './files.ts';
import { loadGivenNames } from './given-names-file.ts';
import { newStoryFiles } from './story.ts';
import { foldTitle } from './text.ts';

/** What to ingest, where, and whether an existing copy may be replaced. */
export interface IngestRequest {
  /** The plain-text article. */
  file: string;
  knowledgeDir: string;
  meta: ArticleMeta;
  /** Source id; derived from outlet and title when null. */
  id: string | null;
  /** Replace a source with the same id, or the same title and outlet. */
  force: boolean;
}

/** What was written. */
export interface IngestResult {
  id: string;
  /** The new source directory. */
  dir: string;
  /** Directories of sources the new one replaced (with `force`). */
  replaced: string[];
  /** True when the knowledge folder was missing or empty and a whole new story was made. */
  newStory: boolean;
  summary: DraftSummary;
}

/** A source already in the knowledge folder, with its directory name. */
interface ExistingSource {
  dirName: string;
  bundle: SourceBundle;
}

/**
 * Writes a new draft source into the knowledge folder, or nothing at all.
 * The files are written to a hidden directory beside the other sources
 * (the loader skips hidden ones), the whole story is loaded with it in
 * place from a scratch copy, and only then is it renamed into place.
 * Throws {@link IngestError} for anything the user can fix.
 */
export async function ingestArticle(request: IngestRequest): Promise<IngestResult> {
  const root = path.resolve(request.knowledgeDir);
  const bytes = await readArticle(request.file);
  const articleText = decodeArticle(bytes, request.file);
  const id = request.id ?? sourceIdFor(request.meta.outlet, request.meta.title);
  const tense = await tenseWords();
  const givenNames = loadGivenNames();
  if (await isMissingOrEmpty(root)) {
    return createStory(root, request, bytes, { articleText, id, tense, givenNames });
  }
  const existing = await existingSources(root);

  const clashes = existing.filter((s) => clashesWith(s, id, request.meta));
  if (clashes.length > 0 && !request.force) {
    const names = clashes.map((s) => `${SOURCES_DIR}/${s.dirName}`).join(', ');
    throw new IngestError(
      `a source with this id or this title and outlet already exists (${names}); pass --force to replace it`,
    );
  }
  const kept = existing.filter((s) => !clashes.includes(s));
  const draft = draftSource({
    articleText,
    meta: request.meta,
    id,
    existing: kept.map((s) => s.bundle),
    tense,
    givenNames,
  });

  const sourcesDir = path.join(root, SOURCES_DIR);
  const finalDir = path.join(sourcesDir, id);
  if (!clashes.some((s) => s.dirName === id) && (await exists(finalDir))) {
    throw new IngestError(
      `${SOURCES_DIR}/${id} already exists and is not a source; move it away first`,
    );
  }
  const createdSourcesDir = !(await exists(sourcesDir));
  const staging = path.join(sourcesDir, `.tmp-${id}-${process.pid}`);
  let placed = false;
  try {
    await mkdir(staging, { recursive: true });
    await writeFile(path.join(staging, 'article.txt'), bytes);
    for (const [name, text] of sourceJsonFiles(draft.bundle)) {
      await writeFile(path.join(staging, name), text);
    }
    await checkLoads(root, kept, staging, id);
    await swapIn(sourcesDir, staging, finalDir, clashes);
    placed = true;
  } finally {
    await rm(staging, { recursive: true, force: true });
    if (!placed && createdSourcesDir) await rm(sourcesDir, { recursive: true, force: true });
  }
  return {
    id,
    dir: finalDir,
    replaced: clashes.map((s) => path.join(sourcesDir, s.dirName)),
    newStory: false,
    summary: draft.summary,
  };
}

/** General English's irregular verb forms and words of saying, which tell a date's tense. */
async function tenseWords(): Promise<TenseWords> {
  const [language, irregularForms] = await Promise.all([loadLanguageFile(), loadIrregularForms()]);
  return { irregularForms, saying: language.cues.saying };
}

/**
 * A whole new story in a missing or empty folder: `story.json`, an empty
 * lexicon and the source, written to a hidden folder beside it, loaded from
 * there, and only then renamed into place, so the folder is either the
 * complete story or as it was.
 */
async function createStory(
  root: string,
  request: IngestRequest,
  bytes: Uint8Array,
  input: Pick<DraftInput, 'articleText' | 'id' | 'tense' | 'givenNames'>,
): Promise<IngestResult> {
  const { id } = input;
  const draft = draftSource({ ...input, meta: request.meta, existing: [] });
  const parent = path.dirname(root);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new IngestError(`cannot create ${parent}: ${(error as Error).message}`);
  }
  const staging = path.join(parent, `.${path.basename(root)}.tmp-${process.pid}`);
  const sourceDir = path.join(staging, SOURCES_DIR, id);
  let placed = false;
  try {
    await mkdir(sourceDir, { recursive: true });
    for (const [name, text] of newStoryFiles(request.meta)) {
      await writeFile(path.join(staging, name), text);
    }
    await writeFile(path.join(sourceDir, 'article.txt'), bytes);
    for (const [name, text] of sourceJsonFiles(draft.bundle)) {
      await writeFile(path.join(sourceDir, name), text);
    }
    try {
      await loadKnowledge(staging);
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      throw new IngestError(
        `the new story would not load, so nothing was written:\n${formatProblems(error.problems)}`,
      );
    }
    // Renaming onto an empty folder replaces it; a missing one is simply made.
    await rename(staging, root);
    placed = true;
  } finally {
    if (!placed) await rm(staging, { recursive: true, force: true });
  }
  return {
    id,
    dir: path.join(root, SOURCES_DIR, id),
    replaced: [],
    newStory: true,
    summary: draft.summary,
  };
}

/** A folder that does not exist yet, or holds nothing (hidden files count as something). */
async function isMissingOrEmpty(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return true;
    if (code === 'ENOTDIR') throw new IngestError(`${dir} is a file, not a knowledge folder`);
    throw error;
  }
}

async function readArticle(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestError(`${file}: no such file`);
    if (code === 'EISDIR') throw new IngestError(`${file} is a folder, not a text file`);
    if (code === 'EACCES' || code === 'EPERM') throw new IngestError(`${file}: permission denied`);
    throw error;
  }
}

/** The story's sources, loaded and checked: ingesting into broken knowledge would hide the breakage. */
async function existingSources(root: string): Promise<ExistingSource[]> {
  const dirNames = await sourceDirNames(root);
  if (dirNames.length === 0) return [];
  let sources: SourceBundle[];
  try {
    sources = (await loadKnowledge(root)).sources;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    throw new IngestError(
      `the knowledge in ${root} has problems; fix them before ingesting:\n${formatProblems(error.problems)}`,
    );
  }
  const found: ExistingSource[] = [];
  for (const dirName of dirNames) {
    const json = JSON.parse(
      await readFile(path.join(root, SOURCES_DIR, dirName, 'source.json'), 'utf8'),
    ) as { id?: unknown };
    const bundle = sources.find((s) => s.source.id === json.id);
    if (bundle) found.push({ dirName, bundle });
  }
  return found;
}

async function sourceDirNames(root: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, SOURCES_DIR), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function clashesWith(existing: ExistingSource, id: string, meta: ArticleMeta): boolean {
  const { source } = existing.bundle;
  return (
    existing.dirName === id ||
    source.id === id ||
    (foldTitle(source.title) === foldTitle(meta.title) &&
      foldTitle(source.outlet) === foldTitle(meta.outlet))
  );
}

/**
 * Loads the story as it will be once the new source is in place, from a
 * scratch copy, so a bot reading the real folder never sees a half-made source.
 */
async function checkLoads(
  root: string,
  kept: readonly ExistingSource[],
  staging: string,
  id: string,
): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'storydesk-ingest-'));
  try {
    for (const file of ['story.json', 'lexicon.json']) {
      if (await exists(path.join(root, file))) {
        await cp(path.join(root, file), path.join(scratch, file));
      }
    }
    for (const source of kept) {
      await cp(
        path.join(root, SOURCES_DIR, source.dirName),
        path.join(scratch, SOURCES_DIR, source.dirName),
        { recursive: true },
      );
    }
    await cp(staging, path.join(scratch, SOURCES_DIR, id), { recursive: true });
    await loadKnowledge(scratch);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    throw new IngestError(
      `the new source would leave the knowledge unloadable, so nothing was written:\n${formatProblems(error.problems)}`,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Moves replaced sources aside, renames the new one in, and puts them back if that fails. */
async function swapIn(
  sourcesDir: string,
  staging: string,
  finalDir: string,
  replaced: readonly ExistingSource[],
): Promise<void> {
  const moved: { from: string; aside: string }[] = [];
  try {
    for (const source of replaced) {
      const from = path.join(sourcesDir, source.dirName);
      const aside = path.join(sourcesDir, `.old-${source.dirName}-${process.pid}`);
      await rename(from, aside);
      moved.push({ from, aside });
    }
    await rename(staging, finalDir);
  } catch (error) {
    for (const { from, aside } of moved.reverse()) await rename(aside, from).catch(() => {});
    throw error;
  }
  for (const { aside } of moved) await rm(aside, { recursive: true, force: true });
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
