/**
 * `npm run build`: compiles src/ to dist/ with tsc (tsconfig.build.json),
 * starting from an empty dist/ so no file of a deleted module lingers.
 *
 * `--if-stale` (run by `npm start` before it starts node) builds only when
 * dist/ is missing or older than the sources, so a fresh clone works after
 * `npm install && npm start`, and a production install, which has no
 * TypeScript, runs the dist/ it was shipped with.
 *
 * After compiling, the compiled loader validates `resources/english/language.json`
 * and keeps the text it validated beside itself, so a start from dist/ need
 * not validate that file again (`src/knowledge/validated-copy.ts`).
 *
 * Plain JavaScript on purpose: it must run where only node is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const entry = path.join(root, 'dist', 'main.js');
const inputs = [
  path.join(root, 'src'),
  path.join(root, 'tsconfig.json'),
  path.join(root, 'tsconfig.build.json'),
];

/** The newest modification time among `file` and, for a folder, everything in it. */
function newestMtime(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(file, name))),
    stat.mtimeMs,
  );
}

function isStale() {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  return inputs.some((input) => existsSync(input) && newestMtime(input) > built);
}

/** tsc's entry point, or null when TypeScript is not installed (a production install). */
function findTsc() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

async function build() {
  const tsc = findTsc();
  if (!tsc) {
    if (existsSync(entry)) {
      process.stderr.write(
        'storydesk: src/ is newer than dist/, but TypeScript is not installed (production install); running the existing dist/\n',
      );
      return 0;
    }
    process.stderr.write(
      'storydesk: dist/ is missing and TypeScript is not installed: run `npm install` then `npm run build`\n',
    );
    return 1;
  }
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) return result.status ?? 1;
  await keepValidatedLanguage();
  return 0;
}

/**
 * Keeps the language file as the compiled loader validates it. One that does
 * not validate, or cannot be kept, is left for start-up to validate and, if
 * need be, report in full: the build itself never fails for it.
 */
async function keepValidatedLanguage() {
  const general = pathToFileURL(path.join(root, 'dist', 'knowledge', 'general.js')).href;
  try {
    const { keepValidatedLanguage: keep } = await import(general);
    if (await keep()) return;
    process.stderr.write(
      'storydesk: resources/english/language.json does not validate; start-up will say why\n',
    );
  } catch (error) {
    process.stderr.write(`storydesk: language.json not kept as validated: ${error}\n`);
  }
}

const ifStale = process.argv.includes('--if-stale');
process.exitCode = !ifStale || isStale() ? await build() : 0;
