/**
 * The language file as the build last validated it, kept beside the
 * compiled loader (`dist/knowledge/language.validated.json`, written by
 * `npm run build`). A `language.json` that reads exactly as that copy is the
 * very file that passed validation, so start-up need not validate it again:
 * zod and the duplicate-key scan of it were a sixth of what general English
 * added to start-up. Any other text, an edit made since the build included,
 * is validated as ever: the copy can only spare work, never let an
 * unchecked file through. Run from the sources (tsx, the tests), there is no
 * copy beside the loader, and every load validates.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the build keeps the copy: beside this module, so only a build has one. */
export const VALIDATED_COPY = path.join(import.meta.dirname, 'language.validated.json');

/** Whether `text` is the language file as the build validated it; false without a copy. */
export async function isValidatedCopy(text: string, copy = VALIDATED_COPY): Promise<boolean> {
  try {
    return (await readFile(copy, 'utf8')) === text;
  } catch {
    return false;
  }
}

/**
 * Keeps `text` as the validated copy, or, given null (the file did not
 * validate), removes any copy, so the next load validates and reports why.
 */
export async function keepValidatedCopy(text: string | null, copy = VALIDATED_COPY): Promise<void> {
  if (text === null) await rm(copy, { force: true });
  else await writeFile(copy, text);
}
