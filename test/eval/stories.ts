/** The stories the evaluation runs on: curated knowledge, or an article ingested fresh. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { ArticleMeta } from '../../src/ingest/draft.ts';
import { ingestArticle } from '../../src/ingest/write.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { HALDEN_ARTICLE_FILE, HALDEN_META } from '../support/halden.ts';
import { type EvalSet, EvalSetSchema } from './evaluate.ts';

/** The repository root. */
export const REPO = path.resolve(import.meta.dirname, '..', '..');
/** The bundled, curated story. */
export const BUNDLED_DIR = path.join(REPO, 'knowledge');

/** `meta.json` beside an article: what a user passes to `ingest`. */
export const ArticleMetaSchema = z.strictObject({
  title: z.string().trim().min(1),
  outlet: z.string().trim().min(1),
  author: z.string().trim().min(1).nullable().default(null),
  date: z.iso.date().nullable().default(null),
  url: z.url().nullable().default(null),
});

export async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  return schema.parse(JSON.parse(await readFile(file, 'utf8')));
}

export function readEvalSet(file: string): Promise<EvalSet> {
  return readJson(file, EvalSetSchema);
}

export function readMeta(file: string): Promise<ArticleMeta> {
  return readJson(file, ArticleMetaSchema);
}

/**
 * An article run through `storydesk ingest` into an empty folder, as a
 * newsroom would start a story: no curated Q&A, no story lexicon.
 */
export async function freshStory(articleFile: string, meta: ArticleMeta): Promise<KnowledgeBase> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'storydesk-eval-'));
  try {
    const knowledgeDir = path.join(scratch, 'story');
    await ingestArticle({ file: articleFile, knowledgeDir, meta, id: null, force: false });
    return await loadKnowledge(knowledgeDir);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The bundled article, ingested fresh with the metadata its curated source gives. */
export async function bundledFresh(): Promise<KnowledgeBase> {
  const curated = await loadKnowledge(BUNDLED_DIR);
  const source = curated.sources[0]?.source;
  if (!source) throw new Error('the bundled story has no source');
  const { title, outlet, author, date, url } = source;
  return freshStory(path.join(BUNDLED_DIR, 'sources', source.id, source.articleFile), {
    title,
    outlet,
    author,
    date,
    url,
  });
}

/** The second article, ingested fresh from its fixture. */
export function haldenFresh(): Promise<KnowledgeBase> {
  return freshStory(HALDEN_ARTICLE_FILE, HALDEN_META);
}

/** Articles nobody curated, one folder each (article.txt, meta.json), with a development set in test/eval/<folder>.json. */
export const FIXTURE_ARTICLES = [
  'halden-boil-water',
  'port-valdora-ruling',
  'harlow-falls-flood',
  'weekend-sleep-study',
  'kessington-by-election',
  'rate-decision',
  'launch-failure',
  'cup-semi',
  'charity-theft',
  // Held-out sets AC–AJ, released as development sets on 2026-12-03 once
  // their first measurements were reported (issue #8's closing notes).
  'rail-timetable',
  'maternity-unit',
  'museum-bronzes',
  'loyalty-card-breach',
  'airline-grounding',
  'teachers-strike',
  'cough-syrup-recall',
  'landslide-repair',
  // Held-out sets AY, AZ and BA, released as development sets on 2026-12-04
  // once their first measurements were reported (issue #8's closing notes).
  'ae-closure',
  'bus-pay-deal',
  'planning-bribes',
  // Held-out sets BB and BC, released as development sets on 2026-12-04
  // once their first measurements were reported (issue #8's closing notes).
  'trial-lab-suspended',
  'ferry-winter-cuts',
  // Held-out sets BD, BE and BF, released as development sets on 2026-12-04
  // once their first measurements were reported (issue #8's closing notes).
  'boil-notice-ecoli',
  'software-layoffs',
  'orchestra-tour',
  // Held-out sets BG, BH and BI, released as development sets on 2026-12-04
  // once their first measurements were reported (issue #8's closing notes).
  'milk-price-fixing',
  'wildfire-evacuation',
  'tram-line-delay',
  // Held-out sets BJ, BK and BL, released as development sets on 2026-12-05
  // once their first measurements were reported (issue #8's closing notes).
  'council-ransomware',
  'rent-strike',
  'lithium-mine-inquiry',
  // Held-out sets BM, BN and BO, released as development sets on 2026-12-05
  // once their first measurements were reported (issue #8's closing notes).
  'bridge-closure',
  'club-takeover',
  'exam-paper-leak',
  // Held-out sets BS, BT and BU, written and first measured on 2026-12-05 and
  // released as development sets that day (issue #8's closing notes).
  'sewage-fine',
  'school-concrete',
  'zoo-leopard-escape',
  // Held-out sets BV, BW and BX, written and first measured on 2026-12-05 and
  // released as development sets that day (issue #8's closing notes).
  'mayor-expenses',
  'hosepipe-ban',
  'factory-fire',
  // Held-out sets BY, BZ and CA, written and first measured on 2026-12-05 (the
  // afternoon session) and released as development sets that day.
  'island-ferry-inspections',
  'baby-food-recall',
  'rural-bus-cuts',
  // Held-out sets CB, CC and CD, written and first measured on 2026-12-05 (the
  // last session of the day) and released as development sets that day.
  'escooter-suspension',
  'data-centre-approval',
  'lifeboat-rescue',
  // Held-out sets CE, CF and CG, written and first measured on 2026-12-05 (from
  // 15:08 UTC) and released as development sets that day.
  'hospital-ransomware',
  'pier-collapse',
  'ticket-fraud-jailed',
  // Held-out sets CH, CI and CJ, written and first measured on 2026-12-05 (from
  // 17:53 UTC) and released as development sets in that day's next session.
  'airport-last-route',
  'stolen-painting-found',
  'marathon-heat',
  // Held-out sets CK, CL and CM, written and first measured on 2026-12-05 (from
  // 20:42 UTC) and released as development sets in that day's next session.
  'club-expelled',
  'moorland-wildfire',
  'exam-regrade',
  // Held-out sets CN, CO and CP, written and first measured on 2026-12-05 (from
  // 23:36 UTC) and released as development sets on 2026-12-06.
  'university-cuts',
  'library-buyout',
  'cyclist-inquest',
  // Held-out sets CQ, CR and CS, written and first measured on 2026-12-06 (from
  // 02:29 UTC) and released as development sets in that day's next session.
  'river-dam-talks',
  'ev-battery-recall',
  'measles-outbreak',
  // Held-out sets CW, CX and CY, written and first measured on 2026-12-06 (from
  // 08:19 UTC) and released as development sets at the end of that session.
  'jazz-pianist-obituary',
  'cup-final-penalty',
  'mobile-network-outage',
  // Held-out sets CZ, DA and DB, written and first measured on 2026-12-06 (from
  // 11:11 UTC) and released as development sets at the end of that session.
  'acid-tanker-derailment',
  'festival-cancelled',
  'medieval-graves-estate',
  // Held-out sets DC, DD and DE, written and first measured on 2026-12-06 (from
  // 14:08 UTC) and released as development sets at the end of that session.
  'tennis-doping-ban',
  'tractor-protest',
  'prisoner-escape',
  // Held-out sets DF, DG and DH, written and first measured on 2026-12-06 (from
  // 17:04 UTC) and released as development sets at the end of that session.
  'whale-refloated',
  'tourist-tax-vote',
  'unclaimed-jackpot',
  // Held-out sets DI, DJ and DK, written and first measured on 2026-12-06 (from
  // 19:45 UTC) and released as development sets early in that session.
  'street-sinkhole',
  'cooling-towers-demolished',
  'youngest-grandmaster',
  // Held-out sets DL, DM and DN, written and first measured on 2026-12-06 (from
  // 22:23 UTC) and released as development sets early in that session.
  'last-bank-branch',
  'osprey-eggs-stolen',
  'timber-ship-aground',
  // Held-out sets DO, DP and DQ, written and first measured on 2026-12-07 (from
  // 01:15 UTC) and released as development sets early in that session.
  'pool-chlorine-leak',
  'landlord-mould-fine',
  'garden-comet',
  // Held-out sets DR, DS and DT, written and first measured on 2026-12-07 (from
  // 04:08 UTC) and released as development sets early in that session.
  'balloon-hard-landing',
  'cruise-norovirus',
  'beekeeper-hives-sprayed',
  // Held-out sets DU, DV and DW, written and first measured on 2026-12-07 (from
  // 07:00 UTC) and released as development sets early in that session.
  'care-home-closure',
  'lorry-bridge-strike',
  'trattoria-hygiene-zero',
  // Held-out sets DX, DY and DZ, written and first measured on 2026-12-07 (from
  // 09:53 UTC) and released as development sets early in that session.
  'streetlights-switch-off',
  'park-dog-attack',
  'students-in-hotels',
  // Held-out sets EA, EB and EC, written and first measured on 2026-12-07 (from
  // 12:48 UTC) and released as development sets early in that session.
  'village-pub-buyout',
  'ichthyosaur-beach-find',
  'motorway-fog-pileup',
  // Held-out sets ED, EE and EF, written and first measured on 2026-12-07 (from
  // 15:48 UTC) and released as development sets early in that session.
  'bike-share-collapse',
  'church-clock-silenced',
  'wedding-venue-administration',
  // Held-out sets EG, EH and EI, written and first measured on 2026-12-07 (from
  // 19:01 UTC) and released as development sets early in that session.
  'stand-roof-storm',
  'steam-railway-fires',
  'observation-wheel-stall',
  // Held-out sets EJ, EK and EL, written and first measured on 2026-12-07 (from
  // 21:48 UTC) and released as development sets early in that session.
  'canal-breach',
  'safety-curtain-jam',
  'cycle-lane-removal',
  // Held-out sets EM, EN and EO, written and first measured on 2026-12-08 (from
  // 00:47 UTC) and released as development sets early in that session.
  'school-bus-licence',
  'protected-oak-felled',
  'substation-fire',
] as const;
export type FixtureArticle = (typeof FIXTURE_ARTICLES)[number];

/**
 * The readers' sets on the curated bundled story besides `questions.json`,
 * each a held-out set until released, in the order they were written.
 */
export const CURATED_READER_SETS = [
  'readers-bundled',
  'readers-bundled-unseen',
  'readers-bundled-s22',
  'readers-bundled-s24',
  'readers-bundled-s27',
  'readers-bundled-s28',
  'readers-bundled-s29',
  'readers-bundled-s30',
  'readers-bundled-s31',
  'readers-bundled-s32',
  'readers-bundled-s34',
  'readers-bundled-s35',
  'readers-bundled-s36',
  'readers-bundled-s37',
  'readers-bundled-s38',
  'readers-bundled-s39',
  'readers-bundled-s40',
  'readers-bundled-s41',
  'readers-bundled-s42',
  'readers-bundled-s44',
  'readers-bundled-s45',
  'readers-bundled-s46',
  'readers-bundled-s47',
  'readers-bundled-s48',
  'readers-bundled-s49',
  'readers-bundled-s50',
  'readers-bundled-s51',
  'readers-bundled-s52',
  'readers-bundled-s53',
  'readers-bundled-s54',
  'readers-bundled-s55',
  'readers-bundled-s56',
  'readers-bundled-s57',
  'readers-bundled-s58',
] as const;

/** A fixture article ingested fresh, and its development set. */
export async function fixtureStory(
  name: FixtureArticle,
): Promise<{ kb: KnowledgeBase; set: EvalSet }> {
  const dir = path.join(REPO, 'test', 'fixtures', 'articles', name);
  const meta = await readMeta(path.join(dir, 'meta.json'));
  return {
    kb: await freshStory(path.join(dir, 'article.txt'), meta),
    set: await readEvalSet(path.join(REPO, 'test', 'eval', `${name}.json`)),
  };
}

/** An article ingested fresh, with its questions, and which group of stories it belongs to. */
export interface UncuratedStory {
  source: 'bundled' | 'fixtures' | 'own';
  name: string;
  kb: KnowledgeBase;
  set: EvalSet;
}

/**
 * Every uncurated story the decision scripts study, one at a time: the
 * bundled article ingested fresh, the fixture articles, and any of an
 * editor's own (`NAME.txt`, `NAME.meta.json` and `NAME.json` in `ownDir`).
 */
export async function* uncuratedStories(ownDir?: string): AsyncGenerator<UncuratedStory> {
  const questions = await readEvalSet(path.join(REPO, 'test/eval/questions.json'));
  yield { source: 'bundled', name: 'bundled', kb: await bundledFresh(), set: questions };
  for (const name of FIXTURE_ARTICLES)
    yield { source: 'fixtures', name, ...(await fixtureStory(name)) };
  if (ownDir === undefined) return;
  for (const file of (await readdir(ownDir)).filter((f) => f.endsWith('.txt'))) {
    const name = file.replace(/\.txt$/, '');
    const meta = await readMeta(path.join(ownDir, `${name}.meta.json`));
    const set = await readEvalSet(path.join(ownDir, `${name}.json`));
    yield { source: 'own', name, kb: await freshStory(path.join(ownDir, file), meta), set };
  }
}
