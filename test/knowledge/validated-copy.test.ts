import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GENERAL_RESOURCES_DIR,
  keepValidatedLanguage,
  loadLanguageFile,
} from '../../src/knowledge/general.ts';
import { KnowledgeError } from '../../src/knowledge/problems.ts';

describe('the language file as the build validated it (validated-copy.ts)', () => {
  let dir: string;
  let copy: string;
  const languageFile = () => path.join(dir, 'language.json');
  const unchecked = JSON.stringify({ readerPhrases: { 'Not Lowercase': 'x' } });
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'storydesk-validated-'));
    await cp(GENERAL_RESOURCES_DIR, dir, { recursive: true });
    copy = path.join(dir, 'language.validated.json');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is kept when the file validates, as the text it validated', async () => {
    expect(await keepValidatedLanguage(dir, copy)).toBe(true);
    expect(await readFile(copy, 'utf8')).toBe(await readFile(languageFile(), 'utf8'));
  });

  it('reads as the same data the validation gives', async () => {
    const validated = await loadLanguageFile(dir, path.join(dir, 'no-copy.json'));
    await keepValidatedLanguage(dir, copy);
    expect(await loadLanguageFile(dir, copy)).toEqual(validated);
  });

  it('is read as it is, without validating it again', async () => {
    // Only the build writes the copy, and only of a file that validated.
    await writeFile(languageFile(), unchecked);
    await writeFile(copy, unchecked);
    expect((await loadLanguageFile(dir, copy)).readerPhrases).toEqual({ 'Not Lowercase': 'x' });
  });

  describe('when the file was edited since the build', () => {
    it('validates the edit and reports its problems', async () => {
      await writeFile(languageFile(), unchecked);
      await writeFile(copy, await readFile(path.join(GENERAL_RESOURCES_DIR, 'language.json')));
      await expect(loadLanguageFile(dir, copy)).rejects.toBeInstanceOf(KnowledgeError);
    });

    it('keeps no copy of an edit that does not validate', async () => {
      await writeFile(languageFile(), unchecked);
      expect(await keepValidatedLanguage(dir, copy)).toBe(false);
      await expect(readFile(copy, 'utf8')).rejects.toThrow();
    });
  });
});
