import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './in-process.ts';
import { KNOWLEDGE_ROOT, sourceDirs } from './process.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'storydesk-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the bundled knowledge to break on purpose. */
function knowledgeCopy(name: string): string {
  const dir = path.join(scratch, name);
  cpSync(KNOWLEDGE_ROOT, dir, { recursive: true });
  return dir;
}

function editJson(file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  edit(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}

describe.concurrent('storydesk check', () => {
  it('passes the bundled knowledge with a count of what it holds', async () => {
    const result = await cli(['check']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(
      /^knowledge OK: \d+ sources?, \d+ passages?, \d+ quotes?, \d+ Q&A pairs?, \d+ events?, \d+ entit(y|ies)$/,
    );
  });

  it('fails a copy whose Q&A excerpt is no longer verbatim, naming file and path', async () => {
    const dir = knowledgeCopy('altered-excerpt');
    const [sourceDir = ''] = sourceDirs(dir);
    const qaFile = path.join(sourceDir, 'qa.json');
    let where = '';
    editJson(qaFile, (json) => {
      const pairs = json.pairs as { citations: { excerpt?: string }[] }[];
      pairs.some((pair, p) =>
        pair.citations.some((citation, c) => {
          if (citation.excerpt === undefined) return false;
          citation.excerpt = `${citation.excerpt} (words the article never printed)`;
          where = `$.pairs[${p}].citations[${c}].excerpt`;
          return true;
        }),
      );
    });
    const result = await cli(['check', '--dir', dir]);
    expect(where).not.toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path.relative(dir, qaFile)}: ${where}:`);
    expect(result.stdout).not.toContain('knowledge OK');
  });

  it('fails a copy whose generated JSON Schema is out of date', async () => {
    const dir = knowledgeCopy('stale-schema');
    editJson(path.join(dir, 'schemas', 'qa.schema.json'), (json) => {
      json.title = 'hand-edited';
    });
    const result = await cli(['check', '--dir', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('schemas/qa.schema.json');
  });

  it('skips the schema check for a folder without schemas/', async () => {
    const dir = knowledgeCopy('no-schemas');
    rmSync(path.join(dir, 'schemas'), { recursive: true });
    const result = await cli(['check', '--dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^knowledge OK/);
  });
});
