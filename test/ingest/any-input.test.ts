/**
 * Whatever the text, ingest either refuses it with an IngestError or drafts a
 * source the loader's checks accept. Inputs are generated from a seeded
 * generator, so a failure always reproduces.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftSource } from '../../src/ingest/draft.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { sourceJsonFiles } from '../../src/ingest/files.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KnowledgeError } from '../../src/knowledge/problems.ts';
import { GIVEN_NAMES, TENSE_WORDS } from '../support/language.ts';
import { BUNDLED_META, bundledStory, KNOWLEDGE_DIR } from './support.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'storydesk-any-input-'));
cpSync(KNOWLEDGE_DIR, scratch, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a drafted source beside the bundled one and loads the whole story. */
async function loadWith(bundle: ReturnType<typeof draftSource>['bundle'], text: string) {
  const dir = path.join(scratch, 'sources', bundle.source.id);
  mkdirSync(dir);
  try {
    writeFileSync(path.join(dir, 'article.txt'), text);
    for (const [name, json] of sourceJsonFiles(bundle)) writeFileSync(path.join(dir, name), json);
    await loadKnowledge(scratch);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PIECES = [
  'Maria Zakharova',
  'she said',
  'He added,',
  ' said ',
  'according to the Kremlin',
  '“',
  '”',
  '"',
  ',”',
  "'s",
  '’s',
  'December 8',
  'late January',
  'in 2015',
  'February 29',
  'May',
  'recently',
  'on Monday',
  'President',
  'Deputy Foreign Minister',
  'al-Assad',
  'Tartous port',
  'Syria',
  'Russian',
  'the',
  'of',
  '.',
  ',',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\n\n',
  '\t',
  'By ',
  '—',
  '\u200b',
  '\uFEFF',
  'é',
  '🙂',
  '1',
  '31',
  'Jan.',
  // What names of places, firms and titles are read by: roads with numbers,
  // "&", short titles with a point, contractions, clauses after a name.
  'Route 9',
  ' & ',
  'Gov. ',
  'St. ',
  "I'm",
  ', which',
  ', 71,',
  ' who ',
  'Port Asker',
  'Logistics',
  'FEMA',
  // Names with particles, title case, short forms in brackets, roles set off
  // before a name, a saint's possessive, a disease, a state's short form.
  ' van der ',
  'de la ',
  'Save Our Riverside',
  ' (RSIB)',
  ' and Health Administration',
  ', Dana Okafor,',
  "St Luke's ",
  'COVID-19',
  'Labour MP for Kellbridge North',
  "New Year's Day",
  ', Nev.',
  'its chief executive',
];

/** A small seeded generator (mulberry32), so each case is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function article(seed: number): string {
  const next = random(seed);
  const length = Math.floor(next() * 120);
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('when ingest is given arbitrary text', () => {
  it('refuses it cleanly or drafts a source that passes every load check', async () => {
    const { kb } = await bundledStory();
    for (let seed = 1; seed <= 200; seed++) {
      const text = article(seed);
      let draft: ReturnType<typeof draftSource>;
      try {
        draft = draftSource({
          articleText: text,
          meta: { ...BUNDLED_META, title: 'Generated', date: seed % 2 ? '2024-03-01' : null },
          id: `generated-${seed}`,
          existing: kb.sources,
          tense: TENSE_WORDS,
          givenNames: GIVEN_NAMES,
        });
      } catch (error) {
        expect(error, `seed ${seed}`).toBeInstanceOf(IngestError);
        continue;
      }
      const problems = await loadWith(draft.bundle, text);
      expect(problems, `seed ${seed}: ${JSON.stringify(text)}`).toEqual([]);
    }
    // Up to 200 whole loads of the story: 11–27 s on a 2-core VM, past the
    // suite's 30 s default when the machine is busy.
  }, 120_000);
});
