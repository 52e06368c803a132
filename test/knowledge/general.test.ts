import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inverseIndex, listedByIndex } from '../../src/engine/listed-by.ts';
import { GENERAL_RESOURCES_DIR, loadGeneralLanguage } from '../../src/knowledge/general.ts';
import { KnowledgeError } from '../../src/knowledge/problems.ts';
import { bundledStory } from '../support/story.ts';

describe('the compact WordNet index (resources/english/wordnet.txt)', () => {
  let lines: string[];
  beforeAll(async () => {
    const text = await readFile(path.join(GENERAL_RESOURCES_DIR, 'wordnet.txt'), 'utf8');
    lines = text.trimEnd().split('\n');
  });

  it('is sorted by word, as the loader binary-searches it', () => {
    const keys = lines.map((line) => line.slice(0, line.indexOf('|')));
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds one word and four lists of lowercase words per line', () => {
    const bad = lines.filter((line) => !/^[a-z]+(?:\|(?:[a-z]+(?: [a-z]+)*)?){4}$/.test(line));
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe('the inverse WordNet index (resources/english/wordnet-inverse.txt)', () => {
  it('is wordnet.txt inverted, as `npm run wordnet` writes it', async () => {
    const read = (file: string) => readFile(path.join(GENERAL_RESOURCES_DIR, file), 'utf8');
    expect(await read('wordnet-inverse.txt')).toBe(inverseIndex(await read('wordnet.txt')));
  });

  it("finds the lines that list a word, which the word's own line may not", async () => {
    const listedBy = listedByIndex(
      await readFile(path.join(GENERAL_RESOURCES_DIR, 'wordnet-inverse.txt'), 'latin1'),
    );
    expect(listedBy('aardvark')).toEqual({
      synonymOf: ['anteater'],
      derivedOf: [],
      broaderOrNarrowerOf: ['placental'],
    });
    expect(listedBy('zzzz')).toBeUndefined();
    expect(listedBy('a')?.synonymOf).toContain('angstrom');
  });
});

describe("WordNet's kinds of nouns (resources/english/wordnet-kinds.txt)", () => {
  let lines: string[];
  beforeAll(async () => {
    const text = await readFile(path.join(GENERAL_RESOURCES_DIR, 'wordnet-kinds.txt'), 'utf8');
    lines = text.trimEnd().split('\n');
  });

  it('is sorted by word, one word and its lowercase kinds per line', () => {
    const keys = lines.map((line) => line.slice(0, line.indexOf('|')));
    expect(keys).toEqual([...keys].sort());
    expect(lines.filter((line) => !/^[a-z]+\|[a-z]+(?: [a-z]+)*$/.test(line)).slice(0, 5)).toEqual(
      [],
    );
  });

  it('reaches a kind many levels up ("rugby" a "sport"), only in its first sense ("Labour" a "party")', () => {
    const kindsOf = (word: string) =>
      lines
        .find((line) => line.startsWith(`${word}|`))
        ?.split('|')[1]
        ?.split(' ') ?? [];
    expect(kindsOf('rugby')).toContain('sport');
    expect(kindsOf('labour')).toContain('party');
    // A side in a lawsuit is a "party" in a sense no reader asking "which party" means.
    expect(kindsOf('accused')).not.toContain('party');
  });

  it("is read for the story's own words only", async () => {
    const general = await loadGeneralLanguage(['the', 'rugby', 'league']);
    expect(general.kinds?.get('rugby')).toContain('sport');
    expect(general.kinds?.has('cricket')).toBe(false);
  });
});

describe("WordNet's multi-word verbs (resources/english/phrasal.txt)", () => {
  let lines: string[];
  beforeAll(async () => {
    const text = await readFile(path.join(GENERAL_RESOURCES_DIR, 'phrasal.txt'), 'utf8');
    lines = text.trimEnd().split('\n');
  });

  it('hold "step down" as "quit resign" and "call off" as "cancel"', () => {
    expect(lines).toContain('call off|cancel scratch scrub');
    expect(lines.find((line) => line.startsWith('step down|'))).toMatch(/\bquit\b.*\bresign\b/);
  });

  it('hold no verb and preposition, which readers mostly mean word by word ("think about")', () => {
    const phrases = lines.map((line) => line.slice(0, line.indexOf('|')));
    expect(phrases).not.toContain('think about');
    expect(phrases).not.toContain('keep in');
    expect(phrases).not.toContain('speak for');
  });

  it('are kept for a story only where it says or could say them', async () => {
    const general = await loadGeneralLanguage(['the', 'charity', 'was', 'established']);
    // "establish" is a plain word of "set up"; nothing of "wipe out" is said.
    expect(general.phrasalVerbs.get('set up')).toContain('establish');
    expect(general.phrasalVerbs.has('wipe out')).toBe(false);
  });
});

describe('when a line of the multi-word verbs is broken', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'storydesk-phrasal-'));
    await cp(GENERAL_RESOURCES_DIR, dir, { recursive: true });
    await writeFile(
      path.join(dir, 'phrasal.txt'),
      'call off|cancel\nstep|resign\nset up|\nkick out|expel oust\n',
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names the file, every bad line and the shape a line must have', async () => {
    const failure = await loadGeneralLanguage([], dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KnowledgeError);
    const problems = (failure as KnowledgeError).problems;
    expect(problems.map((p) => p.path)).toEqual(['line 2', 'line 3']);
    expect(problems.every((p) => p.file === path.join(dir, 'phrasal.txt'))).toBe(true);
    expect(problems[0]?.reason).toMatch(/phrase words\|plain words/);
  });
});

describe('when the bundled story is loaded', () => {
  it("attaches general English restricted to the story's words", async () => {
    const { kb } = await bundledStory();
    const related = kb.general?.related;
    expect(related?.get('talks')?.synonyms).toContain('negotiation');
    // The story's few hundred words, not WordNet's tens of thousands.
    expect(related?.size).toBeGreaterThan(100);
    expect(related?.size).toBeLessThan(3000);
    expect(kb.general?.readerPhrases.journo).toBe('reporter journalist writer');
  });
});

describe('when the language file is wrong', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'storydesk-general-'));
    await cp(GENERAL_RESOURCES_DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('fails loudly, naming the file, the path and the reason', async () => {
    const file = path.join(dir, 'language.json');
    const language = JSON.parse(await readFile(file, 'utf8'));
    language.readerPhrases['Spill The Tea'] = 'say';
    language.cues.reason = [];
    await writeFile(file, JSON.stringify(language));
    const failure = await loadGeneralLanguage(['talks'], dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KnowledgeError);
    const problems = (failure as KnowledgeError).problems;
    expect(problems.map((p) => p.file)).toEqual([file, file]);
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['$.cues.reason', '$.readerPhrases["Spill The Tea"]'].sort(),
    );
  });

  it('says it cannot read a file that is not JSON', async () => {
    await writeFile(path.join(dir, 'language.json'), '{ not json');
    await expect(loadGeneralLanguage([], dir)).rejects.toThrow(KnowledgeError);
  });
});

describe('the irregular verb forms (resources/english/irregular.txt)', () => {
  it('hold "said" as "say" and "fled" as "flee", and no form that is a verb itself', async () => {
    const general = await loadGeneralLanguage([]);
    expect(general.irregularForms.get('said')).toBe('say');
    expect(general.irregularForms.get('fled')).toBe('flee');
    expect(general.irregularForms.has('fell')).toBe(false);
  });

  it('hold "found" as "find", the past a news story most often means by it', async () => {
    const general = await loadGeneralLanguage([]);
    expect(general.irregularForms.get('found')).toBe('find');
  });

  describe('when a line is broken', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'storydesk-irregular-'));
      await cp(GENERAL_RESOURCES_DIR, dir, { recursive: true });
      await writeFile(path.join(dir, 'irregular.txt'), 'said say\nMet meet\nran\nfled flee\n');
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('names the file and every bad line', async () => {
      const failure = await loadGeneralLanguage([], dir).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(KnowledgeError);
      const problems = (failure as KnowledgeError).problems;
      expect(problems.map((p) => p.path)).toEqual(['line 2', 'line 3']);
      expect(problems.every((p) => p.file === path.join(dir, 'irregular.txt'))).toBe(true);
    });
  });
});

describe('the British spellings (resources/english/spellings.txt)', () => {
  it('hold "neighbours" as "neighbors" and "organised" as "organized", and never "storey" as "story"', async () => {
    const general = await loadGeneralLanguage([]);
    expect(general.spellings.get('neighbours')).toBe('neighbors');
    expect(general.spellings.get('organised')).toBe('organized');
    expect(general.spellings.get('centre')).toBe('center');
    expect(general.spellings.has('storey')).toBe(false);
  });

  it("looks a story's British word up in WordNet by its American spelling", async () => {
    const general = await loadGeneralLanguage(['neighbour']);
    expect(general.related.has('neighbor')).toBe(true);
  });
});

describe('when the kinds of nouns are missing', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'storydesk-kinds-'));
    await cp(GENERAL_RESOURCES_DIR, dir, { recursive: true });
    await rm(path.join(dir, 'wordnet-kinds.txt'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('fails at load, naming the file, though the file is read only when first needed', async () => {
    const failure = await loadGeneralLanguage(['rugby'], dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KnowledgeError);
    expect((failure as KnowledgeError).problems[0]?.file).toBe(path.join(dir, 'wordnet-kinds.txt'));
  });
});
