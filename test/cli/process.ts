/** Runs the real entry points as child processes, the way a user or CI does. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository the processes run in. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The bundled knowledge, read by tests to derive expectations instead of hard-coding them. */
export const KNOWLEDGE_ROOT = path.join(REPO_ROOT, 'knowledge');
/** `npm run storydesk` entry point. */
export const CLI = 'src/cli/main.ts';
/** `npm start` entry point (the console chat when no Discord token is set). */
export const CONSOLE = 'src/main.ts';

/** What a finished process left behind. */
export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** How to run a script to completion. */
export interface RunOptions {
  /** Written to stdin, which is then closed. */
  input?: string;
  /** Overrides of the clean test environment. */
  env?: Record<string, string>;
}

/**
 * A clean environment: no token (so `npm start` opens the console chat), the
 * bundled knowledge, only warnings and errors in the log, and no question log.
 */
export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: '',
    KNOWLEDGE_DIR: '',
    LOG_LEVEL: 'warn',
    QUESTION_LOG: 'off',
    ...overrides,
  };
}

/** Starts `node --import tsx <script> ...args` in the repository. */
export function startScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Collects a child's output until it exits. */
export function finished(child: ReturnType<typeof startScript>): Promise<ProcessResult> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs a script to the end with the given stdin. */
export function runScript(
  script: string,
  args: readonly string[] = [],
  options: RunOptions = {},
): Promise<ProcessResult> {
  const child = startScript(script, args, testEnv(options.env));
  const result = finished(child);
  child.stdin.end(options.input ?? '');
  return result;
}

/** The verbatim text of every article in a knowledge folder. */
export function articleTexts(root = KNOWLEDGE_ROOT): string[] {
  return sourceDirs(root).map((dir) => {
    const source = JSON.parse(readFileSync(path.join(dir, 'source.json'), 'utf8'));
    return readFileSync(path.join(dir, source.articleFile ?? 'article.txt'), 'utf8');
  });
}

/** Absolute paths of every source folder. */
export function sourceDirs(root = KNOWLEDGE_ROOT): string[] {
  const sources = path.join(root, 'sources');
  return readdirSync(sources, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => path.join(sources, entry.name))
    .sort();
}

/** One knowledge JSON file of every source, parsed. */
export function sourceFiles<T>(file: string, root = KNOWLEDGE_ROOT): T[] {
  return sourceDirs(root).map((dir) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
}

/** True when `text` appears, character for character, in some article. */
export function isVerbatim(text: string, articles = articleTexts()): boolean {
  return text.length > 0 && articles.some((article) => article.includes(text));
}

/** Non-empty lines of output. */
export function outputLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Log lines at error level (the logger writes JSON lines to stderr). */
export function errorLogLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.includes('"level":"error"'));
}

/** Start of an ANSI colour sequence: must not appear when stdout is not a terminal. */
export const ANSI_ESCAPE = '\u001b[';
