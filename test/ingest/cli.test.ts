/**
 * `storydesk ingest` as a user runs it, writing into a scratch copy of the
 * bundled knowledge. In process: one child process per case made this spec
 * take minutes on a loaded machine; the one smoke test of the real entry
 * point is `test/cli/ask.test.ts`'s.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { cli } from '../cli/in-process.ts';
import { KNOWLEDGE_ROOT } from '../cli/process.ts';
import { BUNDLED_META } from './support.ts';

const BUNDLED_ID = 'caliber-az-russia-syria-bases';
const ARTICLE_FILE = path.join(KNOWLEDGE_ROOT, 'sources', BUNDLED_ID, 'article.txt');
const ARTICLE_BYTES = readFileSync(ARTICLE_FILE);

const scratch = mkdtempSync(path.join(tmpdir(), 'storydesk-ingest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the bundled knowledge; `withoutBundledSource` leaves a story with no articles yet. */
function knowledgeCopy(name: string, { withoutBundledSource = false } = {}): string {
  const dir = path.join(scratch, name);
  cpSync(KNOWLEDGE_ROOT, dir, { recursive: true });
  if (withoutBundledSource) rmSync(path.join(dir, 'sources', BUNDLED_ID), { recursive: true });
  return dir;
}

/** An input file in the scratch folder. */
function inputFile(name: string, content: string | Uint8Array): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

/** Every file under a folder with a hash of its content, to show nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = entry.isFile()
      ? createHash('sha256').update(readFileSync(full)).digest('hex')
      : 'dir';
  }
  return files;
}

const metaArgs = (meta = BUNDLED_META) => [
  '--title',
  meta.title,
  '--outlet',
  meta.outlet,
  '--author',
  meta.author ?? '',
];

const ingestArgs = (file: string, dir: string, ...more: string[]) => [
  'ingest',
  file,
  ...metaArgs(),
  '--dir',
  dir,
  ...more,
];

const ingest = (file: string, dir: string, ...more: string[]) =>
  cli(ingestArgs(file, dir, ...more));

const sourceDirs = (dir: string) =>
  readdirSync(path.join(dir, 'sources')).filter((name) => !name.startsWith('.'));

describe.concurrent('storydesk ingest', () => {
  describe('when a story does not have the article yet', () => {
    it('writes a source that loads and answers from its passages right away', async () => {
      const dir = knowledgeCopy('fresh', { withoutBundledSource: true });
      const result = await ingest(ARTICLE_FILE, dir, '--date', '2025-02-12');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);

      const [id = ''] = sourceDirs(dir);
      const sourceDir = path.join(dir, 'sources', id);
      expect(readFileSync(path.join(sourceDir, 'article.txt'))).toEqual(ARTICLE_BYTES);
      expect(readdirSync(path.join(dir, 'sources'))).toEqual([id]);

      const kb = await loadKnowledge(dir);
      expect(kb.sources.map((s) => s.source.id)).toEqual([id]);
      const answer = createEngine(kb).ask("Who manages Syria's power plants?");
      expect(answer.status).toBe('answered');
      expect(answer.citation?.sourceId).toBe(id);
      expect(ARTICLE_BYTES.toString('utf8')).toContain(answer.quote?.text);
    });

    it('names the source from outlet and title, and points each file at its schema', async () => {
      const dir = knowledgeCopy('schemas', { withoutBundledSource: true });
      expect((await ingest(ARTICLE_FILE, dir)).code).toBe(0);
      const [id = ''] = sourceDirs(dir);
      expect(id).toMatch(/^caliber-az-mfa-russia/);
      for (const kind of ['source', 'quotes', 'qa', 'timeline', 'entities']) {
        const json = JSON.parse(
          readFileSync(path.join(dir, 'sources', id, `${kind}.json`), 'utf8'),
        );
        expect(json.$schema).toBe(`../../schemas/${kind}.schema.json`);
        expect(existsSync(path.join(dir, 'sources', id, json.$schema))).toBe(true);
      }
    });

    it('prints what it found and what to do next', async () => {
      const dir = knowledgeCopy('summary', { withoutBundledSource: true });
      const result = await ingest(ARTICLE_FILE, dir);
      expect(result.stdout).toMatch(/passages:\s+9/);
      expect(result.stdout).toMatch(/quotes:\s+5, 5 with a speaker/);
      expect(result.stdout).toMatch(/events:\s+5/);
      expect(result.stdout).toMatch(/entities:\s+\d+ new, \d+ linked/);
      expect(result.stdout).toContain('review the drafts, then run check');
    });

    it('passes check afterwards', async () => {
      const dir = knowledgeCopy('check', { withoutBundledSource: true });
      expect((await ingest(ARTICLE_FILE, dir)).code).toBe(0);
      const check = await cli(['check', '--dir', dir]);
      expect(check.stdout).toContain('knowledge OK: 1 source');
      expect(check.code).toBe(0);
    });
  });

  describe('when --dir does not exist yet', () => {
    it('makes a new story there and says so', async () => {
      const dir = path.join(scratch, 'new-story');
      const result = await ingest(ARTICLE_FILE, dir);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`New story in ${dir}`);
      expect(readdirSync(dir).sort()).toEqual(['lexicon.json', 'sources', 'story.json']);
      expect((await loadKnowledge(dir)).story.title).toBe(BUNDLED_META.title);
    });
  });

  describe('when the article comes with CRLF, blank lines and indentation', () => {
    it('still makes passages the loader accepts', async () => {
      const dir = knowledgeCopy('crlf', { withoutBundledSource: true });
      const messy = ARTICLE_BYTES.toString('utf8')
        .split('\n')
        .map((line) => `  ${line} `)
        .join('\r\n\r\n');
      const file = inputFile('messy.txt', messy);
      const result = await ingest(file, dir);
      expect(result.stderr).toBe('');
      const kb = await loadKnowledge(dir);
      expect(kb.sources[0]?.source.passages).toHaveLength(9);
      expect(kb.sources[0]?.quotes).toHaveLength(5);
    });
  });

  describe('when the source is already in the story', () => {
    it('refuses to overwrite the same title and outlet, and changes nothing', async () => {
      const dir = knowledgeCopy('duplicate');
      const before = snapshot(dir);
      const result = await ingest(ARTICLE_FILE, dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/already exists.*--force/);
      expect(snapshot(dir)).toEqual(before);
    });

    it('recognizes the same title typed with other quote marks', async () => {
      const dir = knowledgeCopy('duplicate-curly');
      const before = snapshot(dir);
      const curly = { ...BUNDLED_META, title: BUNDLED_META.title.replace("'", '’') };
      const result = await cli(['ingest', ARTICLE_FILE, ...metaArgs(curly), '--dir', dir]);
      expect(curly.title).not.toBe(BUNDLED_META.title);
      expect(result.code).toBe(2);
      expect(snapshot(dir)).toEqual(before);
    });

    it('refuses to overwrite the same id', async () => {
      const dir = knowledgeCopy('same-id');
      const before = snapshot(dir);
      const result = await cli([
        'ingest',
        ARTICLE_FILE,
        ...metaArgs({ ...BUNDLED_META, title: 'Another headline' }),
        '--id',
        BUNDLED_ID,
        '--dir',
        dir,
      ]);
      expect(result.code).toBe(2);
      expect(snapshot(dir)).toEqual(before);
    });

    it('replaces it with --force', async () => {
      const dir = knowledgeCopy('force');
      const result = await ingest(ARTICLE_FILE, dir, '--id', BUNDLED_ID, '--force');
      expect(result.code).toBe(0);
      expect(sourceDirs(dir)).toEqual([BUNDLED_ID]);
      const kb = await loadKnowledge(dir);
      expect(kb.sources).toHaveLength(1);
      expect(kb.sources[0]?.source.draft).toBe(true);
      expect(readdirSync(path.join(dir, 'sources'))).toEqual([BUNDLED_ID]);
    });
  });

  describe('when the result would not load', () => {
    it('exits 2, lists the problems and writes nothing', async () => {
      const dir = knowledgeCopy('no-story', { withoutBundledSource: true });
      rmSync(path.join(dir, 'story.json'));
      const before = snapshot(dir);
      const result = await ingest(ARTICLE_FILE, dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/nothing was written[\s\S]*story\.json/);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  describe('when the story’s knowledge is already broken', () => {
    it('refuses to add to it until it is fixed', async () => {
      const dir = knowledgeCopy('broken');
      writeFileSync(path.join(dir, 'sources', BUNDLED_ID, 'qa.json'), '{ not json');
      const before = snapshot(dir);
      const result = await cli([
        'ingest',
        inputFile('other.txt', 'A different article.\n'),
        ...metaArgs({ ...BUNDLED_META, title: 'A different article' }),
        '--dir',
        dir,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/qa\.json/);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  describe.each([
    ['a missing file', () => path.join(scratch, 'no-such-article.txt'), [], /no such file/],
    ['an empty file', () => inputFile('empty.txt', ''), [], /empty/],
    ['a file of blank lines', () => inputFile('blank.txt', '\n \r\n\t\n'), [], /empty/],
    [
      'a binary file',
      () => inputFile('binary.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])),
      [],
      /binary/,
    ],
    [
      'a file that is not UTF-8',
      () => inputFile('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])),
      [],
      /UTF-8/,
    ],
    [
      'a file with no paragraphs',
      () => inputFile('headline-only.txt', `${BUNDLED_META.title}\n\nBy Tamilla Hasanova\n`),
      [],
      /no paragraphs/,
    ],
    ['an impossible --date', () => ARTICLE_FILE, ['--date', '2025-02-30'], /--date/],
    ['a --date in another format', () => ARTICLE_FILE, ['--date', '12/02/2025'], /--date/],
  ] as const)('when given %s', (name, file, extra, reason) => {
    it('explains on stderr, exits 2 and leaves nothing behind', async () => {
      const dir = knowledgeCopy(`bad-${name.replace(/\W+/g, '-')}`, {
        withoutBundledSource: true,
      });
      const before = snapshot(dir);
      const result = await ingest(file(), dir, ...extra);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(reason);
      expect(result.stdout).toBe('');
      expect(snapshot(dir)).toEqual(before);
    });
  });
});
