/** General English as the loader reads it, for specs of one engine module at a time. */
import type { TenseWords } from '../../src/ingest/dates.ts';
import type { GivenNames } from '../../src/ingest/given-names.ts';
import { loadGivenNames } from '../../src/ingest/given-names-file.ts';
import { loadIrregularForms, loadLanguageFile } from '../../src/knowledge/general.ts';
import type { LanguageFile } from '../../src/knowledge/general-schema.ts';

/** `resources/english/language.json`, validated. */
export const LANGUAGE: LanguageFile = await loadLanguageFile();

/** What ingest reads tenses by: `irregular.txt`'s verb forms and `language.json`'s words of saying. */
export const TENSE_WORDS: TenseWords = {
  irregularForms: await loadIrregularForms(),
  saying: LANGUAGE.cues.saying,
};

/** What ingest tells a man's given name from a woman's by: the shipped lists. */
export const GIVEN_NAMES: GivenNames = loadGivenNames();
