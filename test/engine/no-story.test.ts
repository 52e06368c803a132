import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../src/engine/stopwords.ts';
import { GENERAL_RESOURCES_DIR } from '../../src/knowledge/general.ts';

const ENGINE_DIR = path.resolve(import.meta.dirname, '..', '..', 'src', 'engine');

/** Every file under src/engine, recursively, with its text. */
function engineFiles(dir = ENGINE_DIR): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return engineFiles(full);
    return [{ file: path.relative(ENGINE_DIR, full), text: readFileSync(full, 'utf8') }];
  });
}

/** Names of the bundled story: its people, places, outlet and author, in any spelling readers use. */
const STORY_NAMES = [
  'zakharova',
  'zakarova',
  'zaharova',
  'sharaa',
  'shaibani',
  'bogdanov',
  'hmeimim',
  'tartous',
  'tartus',
  'assad',
  'damascus',
  'caliber',
  'hasanova',
  'syria',
  'russia',
  'moscow',
  'kremlin',
];

/** Rules this story once needed in engine code: its reason words and its filler. */
const STORY_RULES = [
  /\bcommitted\b/i,
  /\bproviding\b/i,
  /\bto maintain\b/i,
  /\bto discuss\b/i,
  /russian\|arabic/i,
  /['"]authorit/i,
];

describe('the engine (src/engine)', () => {
  const files = engineFiles();

  it('is read whole by this test', () => {
    expect(files.map((f) => f.file)).toContain('intent.ts');
  });

  // From a word's start: "Assad's" and "Russian" name the story, the role noun "ambassador" does not.
  it.each(STORY_NAMES)('never names "%s", a name of the bundled story', (name) => {
    const naming = files
      .filter((f) => new RegExp(`\\b${name}`, 'i').test(f.text))
      .map((f) => f.file);
    expect(naming).toEqual([]);
  });

  it.each(STORY_RULES.map((rule) => [String(rule), rule] as const))(
    'holds no rule written for the bundled story (%s)',
    (_, rule) => {
      expect(files.filter((f) => rule.test(f.text)).map((f) => f.file)).toEqual([]);
    },
  );

  it("keeps the story's filler words out of the general stopwords", () => {
    for (const word of ['deal', 'deals', 'according', 'originally']) {
      expect(STOPWORDS.has(word), word).toBe(false);
    }
  });
});

describe('the general English resources', () => {
  // Whole words here: "ambassador" is general English, and so is the language "russian".
  it('name nothing of the bundled story either', () => {
    const text = readFileSync(path.join(GENERAL_RESOURCES_DIR, 'language.json'), 'utf8');
    const named = STORY_NAMES.filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(text));
    expect(named).toEqual([]);
  });
});
