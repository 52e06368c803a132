import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/ingest/json.ts';
import { KNOWLEDGE_DIR } from './support.ts';

const sourceDir = path.join(KNOWLEDGE_DIR, 'sources', 'caliber-az-russia-syria-bases');
const curatedFiles = readdirSync(sourceDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => path.join(sourceDir, name));

describe('when ingest writes JSON', () => {
  it.each(curatedFiles.map((file) => [path.basename(file), file]))(
    'lays out %s exactly as the curated file is laid out',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(formatJson(JSON.parse(text))).toBe(text);
    },
  );

  it('keeps short arrays and objects on one line and breaks long ones', () => {
    const text = formatJson({ tags: ['a', 'b'], long: ['x'.repeat(60), 'y'.repeat(60)] });
    expect(text).toContain('"tags": ["a", "b"]');
    expect(text).toContain(`[\n    "${'x'.repeat(60)}",\n`);
  });
});
