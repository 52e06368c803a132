/** General English as `language.json` gives it, for specs of one engine module at a time. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TenseWords } from '../../src/ingest/dates.ts';
import { GENERAL_RESOURCES_DIR, loadIrregularForms } from '../../src/knowledge/general.ts';
import { type LanguageFile, LanguageFileSchema } from '../../src/knowledge/general-schema.ts';

/** `resources/english/language.json`, validated. */
export const LANGUAGE: LanguageFile = LanguageFileSchema.parse(
  JSON.parse(readFileSync(path.join(GENERAL_RESOURCES_DIR, 'language.json'), 'utf8')),
);

/** What ingest reads tenses by: `irregular.txt`'s verb forms and `language.json`'s words of saying. */
export const TENSE_WORDS: TenseWords = {
  irregularForms: await loadIrregularForms(),
  saying: LANGUAGE.cues.saying,
};
