/**
 * `review accept`: a reader's question becomes a phrasing of a Q&A pair.
 * The file changes only if the whole story still loads with the change, and
 * then atomically, so `check` passes and a running bot never reads half a file.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { formatJson } from '../ingest/json.ts';
import { loadKnowledge, SOURCES_DIR } from '../knowledge/load.ts';
import { formatProblems, KnowledgeError } from '../knowledge/problems.ts';
import { QaFileSchema } from '../knowledge/schema.ts';
import { cleanQuestion, normalizeQuestion } from './events.ts';
import { indexPairs } from './review.ts';

/** The editor asked for something that cannot be done; nothing was written. */
export class AcceptRefused extends Error {
  override readonly name = 'AcceptRefused';
}

/** What was written. */
export interface Accepted {
  pair: string;
  /** The phrasing as added. */
  question: string;
  /** The qa.json that changed. */
  file: string;
}

/**
 * Adds `question` to pair `pairId`'s phrasings. Throws {@link AcceptRefused}
 * for an unknown pair, a gap pair or a question the knowledge already has,
 * and `KnowledgeError` when the knowledge is broken to begin with.
 */
export async function acceptPhrasing(
  knowledgeDir: string,
  question: string,
  pairId: string,
): Promise<Accepted> {
  const root = path.resolve(knowledgeDir);
  const phrasing = cleanQuestion(question);
  if (normalizeQuestion(phrasing) === '') {
    throw new AcceptRefused('the question has no words to add');
  }
  const index = indexPairs(await loadKnowledge(root));
  const pair = index.pairs.get(pairId);
  if (!pair) {
    throw new AcceptRefused(
      `there is no Q&A pair "${pairId}"; pair ids are the "id" fields in ${SOURCES_DIR}/*/qa.json`,
    );
  }
  if (pair.gap === true) {
    throw new AcceptRefused(
      `"${pairId}" is a gap pair (a question the article leaves open); a question added to it would still go unanswered`,
    );
  }
  const holder = index.phrasings.get(normalizeQuestion(phrasing));
  if (holder !== undefined) {
    throw new AcceptRefused(
      holder === pairId
        ? `"${phrasing}" is already a phrasing of "${pairId}"`
        : `"${phrasing}" is already a phrasing of another pair, "${holder}"`,
    );
  }

  const file = await qaFileHolding(root, pairId);
  const raw = JSON.parse(await readFile(file, 'utf8')) as {
    pairs: { id: string; questions: string[] }[];
  };
  const target = raw.pairs.find((p) => p.id === pairId);
  if (!target)
    throw new AcceptRefused(`pair "${pairId}" moved while it was being edited; try again`);
  target.questions.push(phrasing);
  const text = formatJson(raw);
  QaFileSchema.parse(raw);
  await checkStoryLoadsWith(root, file, text);
  await writeFileAtomic(file, text);
  return { pair: pairId, question: phrasing, file };
}

/** The qa.json (by its raw JSON, as the loader read it) that holds the pair. */
async function qaFileHolding(root: string, pairId: string): Promise<string> {
  const dirs = await readdir(path.join(root, SOURCES_DIR), { withFileTypes: true });
  for (const dir of dirs) {
    if (!dir.isDirectory() || dir.name.startsWith('.')) continue;
    const file = path.join(root, SOURCES_DIR, dir.name, 'qa.json');
    const raw = JSON.parse(await readFile(file, 'utf8')) as { pairs?: { id?: unknown }[] };
    if (raw.pairs?.some((p) => p.id === pairId)) return file;
  }
  throw new AcceptRefused(`no qa.json holds pair "${pairId}"`);
}

/** Loads a scratch copy of the story with the new file in place; throws if it would not load. */
async function checkStoryLoadsWith(root: string, file: string, text: string): Promise<void> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'storydesk-accept-'));
  try {
    await cp(root, scratch, { recursive: true });
    await writeFileAtomic(path.join(scratch, path.relative(root, file)), text);
    await loadKnowledge(scratch);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    throw new AcceptRefused(
      `adding it would leave the knowledge unloadable:\n${formatProblems(error.problems)}\n`,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
