/** The question log's specs' environment, a copy of the bundled story, and the console chat run on them. */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { QuestionLogLocation } from '../../src/question-log/database.ts';
import { chat } from '../console/in-process.ts';
import { KNOWLEDGE_DIR } from '../support/story.ts';

/** The environment a process would have for this log and knowledge folder. */
export function logEnv(location: QuestionLogLocation, knowledgeDir: string) {
  return {
    DISCORD_TOKEN: '',
    KNOWLEDGE_DIR: knowledgeDir,
    LOG_LEVEL: 'error',
    QUESTION_LOG: 'on',
    STORYDESK_DATA_DIR: location.dataDir,
    DATABASE_URL: location.databaseUrl ?? '',
  };
}

/** A copy of the bundled knowledge an accepted phrasing may change. */
export async function copyOfBundledKnowledge(): Promise<{ dir: string; remove(): Promise<void> }> {
  const parent = await mkdtemp(path.join(tmpdir(), 'storydesk-knowledge-'));
  const dir = path.join(parent, 'knowledge');
  await cp(KNOWLEDGE_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}

/** Ids of the Q&A pairs in a knowledge folder, with whether each is a gap. */
export async function pairsIn(knowledgeDir: string): Promise<{ id: string; gap: boolean }[]> {
  const file = path.join(knowledgeDir, 'sources', 'caliber-az-russia-syria-bases', 'qa.json');
  const qa = JSON.parse(await readFile(file, 'utf8')) as { pairs: { id: string; gap?: boolean }[] };
  return qa.pairs.map((pair) => ({ id: pair.id, gap: pair.gap === true }));
}

/**
 * `npm start` without a token, as main.ts runs it: the console chat with the
 * configured question log, lines piped in. Reads the config from process.env.
 */
export async function chatInConsole(lines: readonly string[]): Promise<string> {
  return (await chat(`${lines.join('\n')}\n`)).stdout;
}
