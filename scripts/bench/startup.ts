/** Times fresh processes from spawn to their "ready" line. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './measure.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const READY_SCRIPT = path.join(import.meta.dirname, 'ready.ts');
const DIST = path.join(REPO_ROOT, 'dist');

/** Arguments to node that start a process the way one kind of restart does. */
type StartCommand = readonly string[];

/** The start-up path from the TypeScript sources, under tsx: what `npm run storydesk` and the tests pay. */
const FROM_SOURCES: StartCommand = ['--import', 'tsx', READY_SCRIPT];

/**
 * The same start-up path from the compiled `dist/`, as `npm start` runs the
 * bot (`node dist/main.js`): what a restart of the bot in service pays. It
 * is `ready.ts` again, importing the compiled modules.
 */
const FROM_BUILD: StartCommand = [
  '--input-type=module',
  '--eval',
  [
    `import { BUNDLED_KNOWLEDGE_DIR } from ${distModule('config.js')};`,
    `import { createEngine } from ${distModule('engine/engine.js')};`,
    `import { loadKnowledge } from ${distModule('knowledge/load.js')};`,
    'createEngine(await loadKnowledge(BUNDLED_KNOWLEDGE_DIR));',
    "process.stdout.write('ready\\n');",
  ].join('\n'),
];

function distModule(file: string): string {
  return JSON.stringify(pathToFileURL(path.join(DIST, file)).href);
}

/** Start-up from the sources under tsx: the median of `runs`, after one untimed run that warms tsx's cache. */
export async function measureStartup(runs: number): Promise<number> {
  return medianStartup(FROM_SOURCES, runs);
}

/**
 * Start-up of the compiled bot: builds `dist/` first when it is older than
 * the sources, as `npm start` does (`scripts/build.mjs --if-stale`), then the
 * median of `runs` after one untimed run. Null when it cannot be built
 * (no TypeScript installed, or the build fails).
 */
export async function measureBuiltStartup(runs: number): Promise<number | null> {
  const build = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--if-stale'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (build.status !== 0) return null;
  return medianStartup(FROM_BUILD, runs);
}

async function medianStartup(command: StartCommand, runs: number): Promise<number> {
  await timeToReady(command);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeToReady(command));
  return median(samples);
}

/** Milliseconds from spawning the child to its "ready" line; rejects with its stderr if it fails. */
function timeToReady(command: StartCommand): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...command], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let readyAfter: number | null = null;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (readyAfter === null && stdout.includes('ready')) readyAfter = performance.now() - started;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && readyAfter !== null) resolve(readyAfter);
      else
        reject(new Error(`start-up script exited with ${code} before "ready":\n${stderr.trim()}`));
    });
  });
}
