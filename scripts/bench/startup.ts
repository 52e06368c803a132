/** Times fresh processes from spawn to their "ready" line. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { median } from './measure.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const READY_SCRIPT = path.join(import.meta.dirname, 'ready.ts');

/** Startup of `node --import tsx ready.ts`: the median of `runs`, after one untimed run that warms tsx's cache. */
export async function measureStartup(runs: number): Promise<number> {
  await timeToReady();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeToReady());
  return median(samples);
}

/** Milliseconds from spawning the child to its "ready" line; rejects with its stderr if it fails. */
function timeToReady(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', READY_SCRIPT], {
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
