import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../src/knowledge/duplicate-keys.ts';
import { GENERAL_RESOURCES_DIR, loadLanguageFile } from '../../src/knowledge/general.ts';
import { KnowledgeError } from '../../src/knowledge/problems.ts';

describe('duplicate keys in a JSON text', () => {
  it('finds none where each object names each key once, the same key in two objects included', () => {
    expect(duplicateKeys('f.json', '{"a": {"x": 1}, "b": {"x": 2}}')).toEqual([]);
  });

  it('reports a key given twice in one object, at its path, with both lines', () => {
    const text =
      '{\n  "phrases": {\n    "fell apart": "collapsed",\n    "fell apart": "failed"\n  }\n}';
    expect(duplicateKeys('language.json', text)).toEqual([
      {
        file: 'language.json',
        path: '$.phrases["fell apart"]',
        reason: expect.stringMatching(/^key written twice \(lines 3 and 4\)/),
      },
    ]);
  });

  it('reads objects inside arrays on their own', () => {
    expect(duplicateKeys('f.json', '[{"id": 1}, {"id": 2}, {"id": 3, "id": 4}]')).toEqual([
      expect.objectContaining({ path: '$[2].id' }),
    ]);
  });
});

describe('when general English gives a reader phrase twice', () => {
  it('refuses to load it, naming the phrase', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'storydesk-language-'));
    try {
      const text = await readFile(path.join(GENERAL_RESOURCES_DIR, 'language.json'), 'utf8');
      const twice = text.replace(
        '"readerPhrases": {',
        '"readerPhrases": { "gone bust": "bankrupt", "gone bust": "failed",',
      );
      await writeFile(path.join(dir, 'language.json'), twice);
      const error = await loadLanguageFile(dir).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(KnowledgeError);
      expect((error as KnowledgeError).problems).toContainEqual(
        expect.objectContaining({ path: '$.readerPhrases["gone bust"]' }),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
