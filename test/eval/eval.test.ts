import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { bundledStory } from '../support/story.ts';
import { type EvalReport, EvalSetSchema, evaluate, TOP_UNIT_THRESHOLD } from './evaluate.ts';
import { bundledFresh, type FixtureArticle, fixtureStory } from './stories.ts';
import { misspelt, SEEDED_TYPO_ARTICLES } from './typos.ts';

const readSet = (name: string) =>
  EvalSetSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, name), 'utf8')));
const set = readSet('questions.json');
/**
 * Readers' own wording for the bundled story (slang, chatter, typos,
 * fragments), written by an editor in batches and used to tune the curated
 * knowledge: a second development set, for the curated story only.
 */
const readersSet = readSet('readers-bundled.json');
/**
 * Readers' wording for the curated story written by someone who saw only the
 * article (2026-12-03), measured once and never tuned on: how the curated
 * story meets wording no editor has seen, as held-out sets do.
 */
const unseenSet = readSet('readers-bundled-unseen.json');
/**
 * A fourth set of readers' wording for the curated story (S22), written by
 * someone who saw only the article, measured once on 1ec53e5 and then
 * studied: a development set like readers-bundled.json, not a held-out one.
 */
const s22Set = readSet('readers-bundled-s22.json');
/**
 * A fifth (S24), written the same way, measured once on 2a9f052 and then
 * studied: a development set too.
 */
const s24Set = readSet('readers-bundled-s24.json');

let report: EvalReport;
let readersReport: EvalReport;
let unseenReport: EvalReport;
let s22Report: EvalReport;
let s24Report: EvalReport;
/** Per released readers' set of the curated story (`RELEASED_READER_SETS`), its report. */
const releasedReaderReports = new Map<string, EvalReport>();
let typoReport: EvalReport;
let freshReport: EvalReport;
let haldenReport: EvalReport;
let rulingReport: EvalReport;
let floodReport: EvalReport;
let sleepReport: EvalReport;
let electionReport: EvalReport;
/** The articles added later, by name (`LATER_ARTICLES`). */
const laterReports = new Map<string, EvalReport>();
/**
 * Off-topic Discord messages written fresh by a helper (greetings, memes,
 * commands to other bots, other topics, news words used elsewhere), run on
 * every story: no answerable or not-in-the-article questions.
 */
const helperOffTopic = readSet('offtopic-helper.json');
/** Per story, the share of `offtopic-helper.json` abstained on. */
const helperOffTopicAbstained = new Map<string, number>();
/** Per fresh story of `SEEDED_TYPO_ARTICLES`, its development set with typos injected. */
const typoReports = new Map<string, EvalReport>();
/** Per fresh story, the share of answerable questions whose top-ranked unit is right. */
const topUnitRight = new Map<string, number>();
/** An article nobody curated, ingested fresh, on its development set. */
async function fixtureReport(name: FixtureArticle): Promise<EvalReport> {
  const { kb, set: articleSet } = await fixtureStory(name);
  const engine = createEngine(kb);
  helperOffTopicAbstained.set(
    name,
    evaluate(helperOffTopic, (q) => engine.ask(q)).offTopicAbstentionRate,
  );
  const ranking = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
  topUnitRight.set(name, evaluate(articleSet, (q) => ranking.ask(q)).hitAt1);
  if (SEEDED_TYPO_ARTICLES.includes(name)) {
    typoReports.set(
      name,
      evaluate(misspelt(articleSet), (q) => engine.ask(q)),
    );
  }
  return evaluate(articleSet, (q) => engine.ask(q));
}
// The whole evaluation runs here: 3-4 s on an idle machine, past the 30 s hook
// default on a loaded one, where every case was then skipped.
beforeAll(async () => {
  const { engine } = await bundledStory();
  report = evaluate(set, (q) => engine.ask(q));
  readersReport = evaluate(readersSet, (q) => engine.ask(q));
  unseenReport = evaluate(unseenSet, (q) => engine.ask(q));
  s22Report = evaluate(s22Set, (q) => engine.ask(q));
  s24Report = evaluate(s24Set, (q) => engine.ask(q));
  for (const { name } of RELEASED_READER_SETS)
    releasedReaderReports.set(
      name,
      evaluate(readSet(`${name}.json`), (q) => engine.ask(q)),
    );
  typoReport = evaluate(misspelt(set), (q) => engine.ask(q));
  const freshKb = await bundledFresh();
  const fresh = createEngine(freshKb);
  freshReport = evaluate(set, (q) => fresh.ask(q));
  for (const [name, story] of [
    ['curated', engine],
    ['bundled', fresh],
  ] as const) {
    helperOffTopicAbstained.set(
      name,
      evaluate(helperOffTopic, (q) => story.ask(q)).offTopicAbstentionRate,
    );
  }
  const freshRanking = createEngine(freshKb, { answerThreshold: TOP_UNIT_THRESHOLD });
  topUnitRight.set('bundled', evaluate(set, (q) => freshRanking.ask(q)).hitAt1);
  haldenReport = await fixtureReport('halden-boil-water');
  rulingReport = await fixtureReport('port-valdora-ruling');
  floodReport = await fixtureReport('harlow-falls-flood');
  sleepReport = await fixtureReport('weekend-sleep-study');
  electionReport = await fixtureReport('kessington-by-election');
  for (const { name } of [...LATER_ARTICLES, ...RELEASED_ARTICLES])
    laterReports.set(name, await fixtureReport(name));
}, 300_000);

// Floors at the measured level (2026-12-01; the curated story's 2026-12-02),
// so a change that makes answers worse fails CI. The issue's targets are
// above several of them: see docs/answer-quality.md.
describe('on the evaluation set', () => {
  it('is broad enough to mean something', () => {
    expect(set.answerable.length).toBeGreaterThanOrEqual(150);
    expect(set.offTopic.length).toBeGreaterThanOrEqual(30);
    expect(set.unanswerable.length).toBeGreaterThanOrEqual(10);
  });

  it('abstains on every off-topic question', () => {
    expect(report.offTopicAbstentionRate).toBe(1);
  });

  // 0.92 and 0.94 until readers' own wording was curated (2026-12-02); 0.95
  // until gaps for Hmeimim's future and what readers ask around it (2026-12-02);
  // 0.97 until gaps for more of what readers ask that the article leaves open,
  // and a reader's "channel" read as an outlet (2026-12-03). 0.985 until ties
  // between the editors' pairs went to the one whose question holds more of
  // the reader's words (2026-12-04, curated12): 147 → 149 of 149.
  it('abstains on every question the article does not answer', () => {
    expect(report.unanswerableAbstentionRate).toBe(1);
  });

  // 0.95 and 6 wrong until readers' phrasings from fresh probe sets (2026-12-03).
  // 2 → 1 wrong once an editors' pair explaining every word well ahead was given (2026-12-03, night merge).
  // 1 → 0 wrong once a story's own filler counted in ties between pairs (2026-12-04, curated12).
  it('answers at least 96% of answerable questions correctly, with few wrong answers', () => {
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.96);
    expect(report.withinOneClickRate).toBeGreaterThanOrEqual(0.99);
    expect(report.wrong).toBe(0);
  });
});

describe("on readers' own wording for the curated story (readers-bundled.json)", () => {
  // 0.98 until a bare "help" was read as chat before the story's lexicon
  // (help → support) could read it (2026-12-02).
  it('abstains on every off-topic question', () => {
    expect(readersReport.offTopicAbstentionRate).toBe(1);
  });

  // 0.92 and 0.96 until readers' phrasings from fresh probe sets (2026-12-03);
  // 0.93 until curated pairs were held to questions about the future (2026-12-03).
  // 0.94 until a "what did X say" wanted X as the speaker (2026-12-03): "what did
  // the syrian side say after the briefing" no longer gets Zakharova's words.
  // 0.955 until gaps for more of what readers ask that the article leaves
  // open, and a reader's "channel" read as an outlet (2026-12-03). 0.98 until
  // gaps for what Shaibani said and whether Bogdanov still holds his post
  // (2026-12-04, curated12): 176 of 178.
  it('abstains on at least 98.8% of questions the article does not answer', () => {
    expect(readersReport.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.988);
  });

  // 562 → 563 right, 3 → 2 wrong once a reader phrase matched in any tense (2026-12-03).
  // 565 → 568 right, 2 → 0 wrong, 575 → 577 within one click (2026-12-04, curated12).
  // 568 → 567 with names asked outright (2026-12-07, name40): "name of the port russia
  // uses" is held back, the pair on Tartous not naming a port; right +2 over the curated sets.
  it('answers at least 98.2% directly and 99% within one click, with none wrong', () => {
    expect(readersReport.hitAt1).toBeGreaterThanOrEqual(0.982);
    expect(readersReport.withinOneClickRate).toBeGreaterThanOrEqual(0.99);
    expect(readersReport.wrong).toBe(0);
  });
});

describe("on readers' wording no editor has seen, for the curated story (readers-bundled-unseen.json)", () => {
  it('abstains on every off-topic question', () => {
    expect(unseenReport.offTopicAbstentionRate).toBe(1);
  });

  // First measured on main e451346 (2026-12-03): 80.8% right directly, 98.3%
  // within one click, 3 wrong, 87.5% not in the article abstained. The gap to
  // the tuned sets above (97%) is what held-out sets show too.
  // 80.8 → 82.5% directly, 98.3 → 99.2% within one click with the evening merge
  // (2026-12-03); its questions were not studied.
  // 82.5 → 83.3% right (99 → 100) and 87.5 → 90% not in the article abstained (2026-12-03, night merge).
  // 3 → 4 wrong with the word-vector neighbours (2026-12-05): "does russia still want a
  // relationship with the new syria or are they walking away" ("walking" read as the
  // story's "move") now gets the mixed-picture pair, not Moscow's commitment.
  it('answers at least 83.3% directly and 99% within one click, with at most 4 wrong', () => {
    expect(unseenReport.hitAt1).toBeGreaterThanOrEqual(0.833);
    expect(unseenReport.withinOneClickRate).toBeGreaterThanOrEqual(0.99);
    expect(unseenReport.wrong).toBeLessThanOrEqual(4);
  });

  // 0.9 until the curated12 branch (2026-12-04: ties between pairs by wording,
  // gaps for more of what readers ask): 36 → 37 of 40, its questions not studied.
  it('abstains on at least 92.5% of questions the article does not answer', () => {
    expect(unseenReport.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.925);
  });
});

describe("on a fourth set of readers' wording, studied once written (readers-bundled-s22.json)", () => {
  it('abstains on every off-topic question', () => {
    expect(s22Report.offTopicAbstentionRate).toBe(1);
  });

  // First measured on main 1ec53e5 (2026-12-03): 84.0% right directly, 97.3%
  // within one click, 4 wrong, 93.3% not in the article abstained; then
  // studied (93.3%, 100%, 0 wrong, 100%). Floors leave one question of slack.
  // 140 → 141 right (2026-12-03, night merge).
  it('answers at least 94% directly and 99% within one click, with at most 1 wrong', () => {
    expect(s22Report.hitAt1).toBeGreaterThanOrEqual(0.94);
    expect(s22Report.withinOneClickRate).toBeGreaterThanOrEqual(0.99);
    expect(s22Report.wrong).toBeLessThanOrEqual(1);
  });

  it('abstains on at least 96% of questions the article does not answer', () => {
    expect(s22Report.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.96);
  });
});

describe("on a fifth set of readers' wording, studied once written (readers-bundled-s24.json)", () => {
  it('abstains on every off-topic question', () => {
    expect(s24Report.offTopicAbstentionRate).toBe(1);
  });

  // First measured on main 2a9f052 (2026-12-03): 76.0% right directly, 94.0%
  // within one click, 3 wrong, 90.0% not in the article abstained; then
  // studied (80.7%, 96.0%, 0 wrong, 96.7%). Floors leave one question of slack.
  // 144 → 146 within one click once an offered question is answered by its own unit (2026-12-03, night merge).
  it('answers at least 80% directly and 97% within one click, with at most 1 wrong', () => {
    expect(s24Report.hitAt1).toBeGreaterThanOrEqual(0.8);
    expect(s24Report.withinOneClickRate).toBeGreaterThanOrEqual(0.97);
    expect(s24Report.wrong).toBeLessThanOrEqual(1);
  });

  // 0.93 until a gap for what Shaibani said at the meeting (2026-12-04, curated12): 30 of 30.
  it('abstains on every question the article does not answer', () => {
    expect(s24Report.unanswerableAbstentionRate).toBe(1);
  });
});

/**
 * The curated story's readers' sets written since S27, each held out and
 * measured blind before it was released as a development set; floors at
 * their last measurement unless a comment says why one moved.
 */
const RELEASED_READER_SETS = [
  {
    // A sixth (S27), written the same way, measured blind on dd68856 and again
    // on 75f0e51 (2026-12-04), then released as a development set.
    // First measured blind on dd68856 and again on 75f0e51 (2026-12-04): 92.0% right
    // directly, 98.7% within one click, 5 wrong, 90.0% not in the article abstained.
    // 96.7%, 3 wrong and 93.3% once its first half was studied (2026-12-04, curated13).
    name: 'readers-bundled-s27',
    right: 0.966,
    oneClick: 0.986,
    wrong: 3,
    notIn: 0.933,
  },
  {
    // A seventh (S28), written the same way, measured blind on 81a62f3 and again
    // on 1444f05 (2026-12-04), then released as a development set.
    // First measured blind on 81a62f3 and again on 1444f05 (2026-12-04), the same both
    // times: 88.7% right directly, 98.7% within one click, 3 wrong, 93.3% not in the
    // article abstained; 92.7% directly and 96.7% not in the article abstained once
    // chat around a question and readers' words from its first half were read (curated14).
    name: 'readers-bundled-s28',
    right: 0.926,
    oneClick: 0.986,
    wrong: 3,
    notIn: 0.966,
  },
  {
    // An eighth (S29), written the same way, measured blind on b42d589 and again
    // on dc1eafe and 5531c76 (2026-12-04), then released as a development set.
    // First measured blind on b42d589 and again on dc1eafe and 5531c76 (2026-12-04), the
    // same each time: 90.0% right directly, 98.7% within one click, 3 wrong, every
    // question the article does not answer abstained.
    name: 'readers-bundled-s29',
    right: 0.899,
    oneClick: 0.986,
    wrong: 3,
    notIn: 1,
  },
  {
    // A ninth (S30), written the same way, measured blind on 1e91060 and again
    // on b1de33c (2026-12-04), then released as a development set.
    // First measured blind on 1e91060 and again on b1de33c (2026-12-04), the same
    // both times: 92.7% right directly, 98.0% within one click, 3 wrong, 29 of the
    // 30 questions the article does not answer abstained.
    name: 'readers-bundled-s30',
    right: 0.926,
    oneClick: 0.979,
    wrong: 3,
    notIn: 0.966,
  },
  {
    // A tenth (S31), written the same way, measured blind on d574da2 and again
    // on 044138d, a950582 and 9def3c0 (2026-12-05), then released as a development set.
    // First measured blind on d574da2 and again on 044138d, a950582 and 9def3c0
    // (2026-12-05), the same every time: 91.3% right directly, every question right
    // within one click, none wrong, 28 of the 30 questions the article does not answer abstained.
    name: 'readers-bundled-s31',
    right: 0.913,
    oneClick: 1,
    wrong: 0,
    notIn: 0.933,
  },
  {
    // An eleventh (S32), written the same way, measured blind on 9def3c0 and again
    // on 2074966, ceb8d7d and 530a963 (2026-12-05), then released as a development set.
    // First measured blind on 9def3c0 and again on 2074966, ceb8d7d and 530a963
    // (2026-12-05), the same every time: 94.7% right directly, 98.7% within one
    // click, 2 wrong, every question the article does not answer abstained.
    name: 'readers-bundled-s32',
    right: 0.946,
    oneClick: 0.986,
    wrong: 2,
    notIn: 1,
  },
  {
    // A twelfth (S34), written the same way, measured blind on ea8a0e1 (2026-12-05),
    // then released as a development set the same day. (S33 was lost with its
    // session's scratch folder before it could be released.)
    // First measured blind on ea8a0e1 (2026-12-05): 88.7% right directly, 98.7%
    // within one click, 4 wrong, 27 of 30 questions the article does not answer
    // abstained.
    name: 'readers-bundled-s34',
    right: 0.886,
    oneClick: 0.986,
    wrong: 4,
    notIn: 0.9,
  },
  {
    // A thirteenth (S35), written the same way later that morning, measured blind
    // on ea8a0e1 and, unread, on 94b04b4 and a50a8a8 (2026-12-05), then released.
    // Measured blind on ea8a0e1 and unread on 94b04b4 and a50a8a8 (2026-12-05), the
    // same each time: 89.3% right directly, 98.7% within one click, 3 wrong, 26 of 30
    // questions the article does not answer abstained.
    // 98.6 → 98% within one click with the word-vector neighbours beside WordNet's stand-ins (2026-12-05): "how did the change in government affect
    // russia?" is no longer one click away.
    name: 'readers-bundled-s35',
    right: 0.893,
    oneClick: 0.98,
    wrong: 3,
    notIn: 0.866,
  },
  {
    // A fourteenth (S36), written the same way that afternoon, measured blind on
    // a3b35e1 and, unread, on 254da1f, 1377bc5 and b71980e (2026-12-05), then released.
    // Measured blind on a3b35e1 and unread on 254da1f, 1377bc5 and b71980e (2026-12-05), the same each time: 89.3% right directly, 98.0% within one click, 4 wrong, 28 of 30 questions the article does not answer abstained.
    name: 'readers-bundled-s36',
    right: 0.893,
    oneClick: 0.98,
    wrong: 4,
    notIn: 0.933,
  },
  {
    // A fifteenth (S37), written the same way that evening, measured blind on
    // 7eafa89 and, unread, on 4cf3d43 and 9bda289 (2026-12-05), then released.
    // Measured blind on 7eafa89 and unread on 4cf3d43 and 9bda289 (2026-12-05), the same each time: 82.7% right directly, 96.7% within one click, 6 wrong, 28 of 30 questions the article does not answer abstained.
    name: 'readers-bundled-s37',
    right: 0.826,
    oneClick: 0.966,
    wrong: 6,
    notIn: 0.933,
  },
  {
    // A sixteenth (S38), written the same way from 15:08 UTC, measured blind on
    // 3468b67 and, unread, on 8de4804 and 4808ec3 (2026-12-05), then released.
    // Measured blind on 3468b67 and unread on 8de4804 and 4808ec3 (2026-12-05), the same each time: 90.0% right directly, 98.7% within one click, 2 wrong, 29 of 30 questions the article does not answer abstained.
    name: 'readers-bundled-s38',
    right: 0.9,
    oneClick: 0.986,
    wrong: 2,
    notIn: 0.966,
  },
  {
    // A seventeenth (S39), written the same way from 17:53 UTC, measured blind on
    // 1bf3047 and, unread, on ae79ff4, 6e9ecc8, 8ad5cd2 and b083740 (2026-12-05), then released.
    // Measured blind on 1bf3047 and unread on ae79ff4, 6e9ecc8, 8ad5cd2 and b083740 (2026-12-05), the same each time: 90.7% right directly, 100% within one click, none wrong, 26 of 30 questions the article does not answer abstained.
    name: 'readers-bundled-s39',
    right: 0.906,
    oneClick: 1,
    wrong: 0,
    notIn: 0.866,
  },
  {
    // An eighteenth (S40), written the same way from 20:42 UTC, measured blind on
    // 8f4190c and, unread, on 27810c8 and 83dc5e6 (2026-12-05), then released.
    // Measured blind on 8f4190c and unread on 27810c8 and 83dc5e6 (2026-12-05), the same each time: 88.7% right directly, 98.0% within one click, 2 wrong, 27 of 30 questions the article does not answer abstained.
    name: 'readers-bundled-s40',
    right: 0.886,
    oneClick: 0.98,
    wrong: 2,
    notIn: 0.9,
  },
  {
    // A nineteenth (S41), written the same way from 23:36 UTC on 2026-12-05, measured
    // blind on e1c3461 and, unread, on 6b403d0, a79fe47, 4a6bfee and 1e6c90e, then released.
    // Measured blind on e1c3461 and unread on 6b403d0, a79fe47, 4a6bfee and 1e6c90e (2026-12-05 and 06), the same each time: 90.7% right directly, 100% within one click, 1 wrong, all 30 questions the article does not answer abstained.
    name: 'readers-bundled-s41',
    right: 0.906,
    oneClick: 1,
    wrong: 1,
    notIn: 1,
  },
  {
    // A twentieth (S42), written the same way from 02:29 UTC on 2026-12-06, measured
    // blind on 1e6c90e and, unread, on 3409d8b, 8213b74, 52224d7, 6a39e6a and 90642f6, then released.
    // Measured blind on 1e6c90e and unread on 3409d8b, 8213b74, 52224d7, 6a39e6a and 90642f6 (2026-12-06), the same each time: 86.0% right directly, 98.0% within one click, 4 wrong, 29 of the 30 questions the article does not answer abstained.
    name: 'readers-bundled-s42',
    right: 0.86,
    oneClick: 0.98,
    wrong: 4,
    notIn: 0.966,
  },
  {
    // A twenty-first (S44), written the same way from 08:19 UTC on 2026-12-06,
    // measured blind on a2627c4 and unread on 4ef2374 and b78f63d, the same each
    // time (92.7% right directly, 98.0% within one click, 3 wrong, all 30
    // questions the article does not answer abstained), then released at the
    // end of that session.
    name: 'readers-bundled-s44',
    right: 0.926,
    oneClick: 0.98,
    wrong: 3,
    notIn: 1,
  },
  {
    // A twenty-second (S45), written the same way from 11:11 UTC on 2026-12-06, measured blind on 6ee496d and unread on 15aee8f, 114755f and 5a8e4e3,
    // then released at the end of that session. The same each time: 93.3% right directly, 99.3% within one click, 4 wrong, 29 of the 30 questions the article does not answer abstained.
    name: 'readers-bundled-s45',
    right: 0.933,
    oneClick: 0.993,
    wrong: 4,
    notIn: 0.966,
  },
  {
    // A twenty-third (S46), written the same way from 14:08 UTC on 2026-12-06, measured blind on ab39541 and unread on 6b6fa3e, e70589b, 1069c5d, 264284d and 2cbac30,
    // then released at the end of that session. First 90.0% right directly, 97.3% within one click, 6 wrong; 90.7%, 97.3% and 5 wrong since the curated phrasings of 6b6fa3e; all 30 questions the article does not answer abstained.
    name: 'readers-bundled-s46',
    right: 0.906,
    oneClick: 0.973,
    wrong: 5,
    notIn: 1.0,
  },
  {
    // A twenty-fourth (S47), written the same way from 17:04 UTC on 2026-12-06, measured blind on e1870b3 and unread on 89121e5,
    // then released at the end of that session. First 89.3% right directly, 96.0% within one click, 3 wrong, unchanged on 89121e5; 28 of the 30 questions the article does not answer abstained.
    name: 'readers-bundled-s47',
    right: 0.893,
    oneClick: 0.96,
    wrong: 3,
    notIn: 0.933,
  },
  {
    // A twenty-fifth (S48), written the same way from 19:45 UTC on 2026-12-06, measured blind on 3539bde,
    // then released early in that session. First 91.3% right directly, 98.0% within one click, 4 wrong; all 30 questions the article does not answer abstained.
    name: 'readers-bundled-s48',
    right: 0.913,
    oneClick: 0.98,
    wrong: 4,
    notIn: 1.0,
  },
  {
    // A twenty-sixth (S49), written the same way from 22:23 UTC on 2026-12-06, measured blind on 9b544cc,
    // then released early in that session. First 86.0% right directly, 97.3% within one click, 4 wrong; 29 of the 30 questions the article does not answer abstained.
    name: 'readers-bundled-s49',
    right: 0.86,
    oneClick: 0.973,
    wrong: 4,
    notIn: 0.966,
  },
  {
    // A twenty-seventh (S50), written the same way from 01:15 UTC on 2026-12-07, measured blind on 34dd395,
    // then released early in that session. First 98.7% right directly, 100.0% within one click, no wrong answer; all 30 questions the article does not answer abstained.
    name: 'readers-bundled-s50',
    right: 0.986,
    oneClick: 1.0,
    wrong: 0,
    notIn: 1.0,
  },
  {
    // A twenty-eighth (S51), written the same way from 04:08 UTC on 2026-12-07, measured blind on a11f2fc,
    // then released early in that session. First 93.3% right directly, 99.3% within one click, 1 wrong; 28 of the 30 questions the article does not answer abstained, and 39 of its 40 off-topic messages.
    name: 'readers-bundled-s51',
    right: 0.933,
    oneClick: 0.993,
    wrong: 1,
    notIn: 0.933,
    // "explain how a power plant generates electricity" is answered with who runs Syria's
    // power plants: the story's lexicon reads "electricity" as "power", so the lesson asked
    // for names only the story's words. The fresh story abstains on it since 2026-12-07.
    offTopic: 0.975,
  },
  {
    // A twenty-ninth (S52), written the same way from 07:00 UTC on 2026-12-07, measured blind on 349b08b,
    // then released early in that session. First 94.7% right directly, 98.7% within one click, 2 wrong; 29 of the 30 questions the article does not answer abstained, and all 40 off-topic messages.
    name: 'readers-bundled-s52',
    right: 0.946,
    oneClick: 0.986,
    wrong: 2,
    notIn: 0.966,
  },
  {
    // A thirtieth (S53), written the same way from 09:53 UTC on 2026-12-07, measured blind on 93d6d4a,
    // then released early in that session. First 90.0% right directly, 99.3% within one click, 1 wrong; 29 of the 30 questions the article does not answer abstained, and all 40 off-topic messages.
    name: 'readers-bundled-s53',
    right: 0.9,
    oneClick: 0.993,
    wrong: 1,
    notIn: 0.966,
  },
  {
    // A thirty-first (S54), written the same way from 12:48 UTC on 2026-12-07, measured blind on 13c0ea4,
    // then released early in that session. First 94.7% right directly, 98.0% within one click, 2 wrong; 28 of the 30 questions the article does not answer abstained, and all 40 off-topic messages.
    name: 'readers-bundled-s54',
    right: 0.946,
    oneClick: 0.98,
    wrong: 2,
    notIn: 0.933,
  },
  {
    // A thirty-second (S55), written the same way from 15:48 UTC on 2026-12-07, measured blind on 02b36aa,
    // then released early in that session. First 99.3% right directly, 99.3% within one click, none wrong; 28 of the 30 questions the article does not answer abstained, and all 40 off-topic messages.
    name: 'readers-bundled-s55',
    right: 0.993,
    oneClick: 0.993,
    wrong: 0,
    notIn: 0.933,
  },
  {
    // A thirty-third (S56), written the same way from 19:01 UTC on 2026-12-07, measured blind on 012fc06,
    // then released early in that session. First 93.3% right directly, 98.7% within one click, none wrong; 28 of the 30 questions the article does not answer abstained, and all 40 off-topic messages.
    name: 'readers-bundled-s56',
    right: 0.933,
    oneClick: 0.986,
    wrong: 0,
    notIn: 0.933,
  },
  {
    // A thirty-fourth (S57), written the same way from 21:48 UTC on 2026-12-07, measured blind on 07f7582,
    // then released early in that session. First 94.7% right directly, 98.7% within one click, 1 wrong; 29 of the 30 questions the article does not answer abstained, and all 40 off-topic messages.
    name: 'readers-bundled-s57',
    right: 0.946,
    oneClick: 0.986,
    wrong: 1,
    notIn: 0.966,
  },
  {
    // A thirty-fifth (S58), written the same way from 00:47 UTC on 2026-12-08, measured blind on bb432ae,
    // then released early in that session. First 94.0% right directly, 100% within one click, 1 wrong; 28 of the 30 questions the article does not answer abstained, and all 40 off-topic messages.
    name: 'readers-bundled-s58',
    right: 0.94,
    oneClick: 1.0,
    wrong: 1,
    notIn: 0.933,
  },
] as const;

describe.each(RELEASED_READER_SETS)(
  "on readers' wording for the curated story, released once measured: $name",
  (floors) => {
    const report = () => releasedReaderReports.get(floors.name) as EvalReport;

    const offTopic = 'offTopic' in floors ? floors.offTopic : 1;
    it(`abstains on ${offTopic === 1 ? 'every' : `at least ${offTopic} of the`} off-topic question${offTopic === 1 ? '' : 's'}`, () => {
      expect(report().offTopicAbstentionRate).toBeGreaterThanOrEqual(offTopic);
    });

    it(`answers at least ${floors.right} directly and ${floors.oneClick} within one click, with at most ${floors.wrong} wrong`, () => {
      expect(report().hitAt1).toBeGreaterThanOrEqual(floors.right);
      expect(report().withinOneClickRate).toBeGreaterThanOrEqual(floors.oneClick);
      expect(report().wrong).toBeLessThanOrEqual(floors.wrong);
    });

    it(`abstains on at least ${floors.notIn} of the questions the article does not answer`, () => {
      expect(report().unanswerableAbstentionRate).toBeGreaterThanOrEqual(floors.notIn);
    });
  },
);

describe('on the same questions with typos injected', () => {
  it('still abstains on every off-topic question', () => {
    expect(typoReport.offTopicAbstentionRate).toBe(1);
  });

  // 0.92 and 8 wrong until readers' phrasings from fresh probe sets (2026-12-03).
  it('still answers at least 93% of answerable questions correctly', () => {
    expect(typoReport.hitAt1).toBeGreaterThanOrEqual(0.93);
    expect(typoReport.wrong).toBeLessThanOrEqual(5);
  });
});

describe('on the bundled article ingested fresh, with no curated Q&A', () => {
  it('abstains on every off-topic question', () => {
    expect(freshReport.offTopicAbstentionRate).toBe(1);
  });

  // 0.94 until a sentence that clearly answers was given below the threshold
  // (2026-12-02): 3 of 149 more answered, for 31 more right answers; 0.953
  // since questions about the future, about what was said, and naming a
  // figure want an answer that can be it (2026-12-02).
  // 0.959 (143 of 149) once a "who" answered by the article's words had to give
  // someone the question does not name (2026-12-03).
  // 0.946 (141 of 149) with the word-vector neighbours (2026-12-05): "what specific
  // agreements did bogdanov and shaibani sign" ("agreements" read as "negotiations")
  // and "who owns caliber.az" ("owns" as "operates") answered.
  it('abstains on at least 94.6% of questions the article does not answer', () => {
    expect(freshReport.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.946);
  });

  // 0.86 within one click when the suggestions were reworked, before the
  // Mediterranean was drafted as a place (2026-12-02): its card shares a
  // sentence's words, and that sentence fell out of the first three
  // suggestions of eight near-tied "how did the Kremlin react" questions.
  // 43% directly and 3.5% wrong until a sentence that clearly answers was
  // given below the threshold (2026-12-02): 407 → 438 right for 31 → 34 wrong.
  // 47% until a list ("an air base … and a naval base") answered a "how many
  // bases" (2026-12-02): 442 → 447 right, wrong unchanged.
  // 0.85 within one click until a close runner-up matching a word of the
  // question the first suggestions leave unmatched took the next slot
  // (2026-12-02): the Kremlin sentence is back among the first three.
  // 442 → 456 right, still 34 wrong, when words that only name the kind of
  // fact asked for ("time" of "what time"), pairs made from one sentence and
  // a wide lead joined the clear-sentence route (2026-12-02, afternoon).
  // 456 → 458 right, 34 → 33 wrong with cards held to what they say (2026-12-02).
  // 458 → 461 right, 33 → 30 wrong when a card reached by its role answered only who
  // holds it (2026-12-02, night).
  // 461 → 468 right, 30 → 29 wrong with the night's merge (2026-12-02): a sentence that
  // is the kind of fact asked given one word short, answers held to the future, to what
  // was said and to the figures asked.
  // 468 → 470 right, 29 → 27 wrong, 87.5 → 87.96% within one click once a "she" in a
  // question naming nobody held answers to the one woman the article names (2026-12-03).
  // 470 → 473 right, wrong unchanged, once a sentence leaving unsaid no word but the
  // story's own was given down to 0.35 when far ahead of any other fact (2026-12-03).
  // 473 → 476 right, 27 → 29 wrong, 811 → 809 within one click once WordNet's
  // multi-word verbs were read (2026-12-03): "when was assad kicked out" (three
  // ways) gets the "ousting", and so do "where did assad go after he got kicked
  // out??" and "what did the kremlin have to do after assad got kicked out",
  // wrongly (a question after what followed an event, answered with the event);
  // floors lowered by those two answers, the trade being 3 right here and, with
  // the other dev sets and the helper's own two articles, 7 more right for 1 more wrong.
  // 470 → 471 right, 27 → 26 wrong, 88.0 → 88.1% within one click once a "who"
  // answered by the article's words had to give someone the question does not name (2026-12-03).
  // Merged (2026-12-03): 477 right, 810 within one click, 28 wrong.
  // 477 → 479 right, 28 → 26 wrong, 810 → 812 within one click once a clause of time
  // or cause ("after he got kicked out") weighed as context and no longer let the
  // sentence stating the event answer (2026-12-03): the two wrong answers above.
  // Also 477 → 479 right, 810 → 811 within one click, 28 → 29 wrong once a reader's
  // "trip" read as a visit, and a reader phrase in any tense (2026-12-03); the
  // wrong ceiling raised from 3.1% for that one answer ("what did bogdanov talk
  // about on his trip" gets the visit itself).
  // Both merged (2026-12-03): 481 right, 813 within one click, 27 wrong.
  // 481 → 482 right, 27 → 25 wrong once a "what does X want" was no longer
  // answered by a sentence saying it only denied ("We do not want…", 2026-12-03);
  // 25 → 21 wrong, 813 → 817 within one click once a "give an example" wanted
  // one ("For instance, …") and such a sentence read on from the one before.
  // 481 → 487 right, 813 → 814 within one click, wrong unchanged once a person's role
  // card answered "zakharova job title?" and a reader's slip of a word the story
  // relates to ("weapns") reached the story's words for it (2026-12-03).
  // All merged (2026-12-03): 488 right, 818 within one click, 21 wrong.
  // 21 → 19 wrong, 818 → 820 within one click, right unchanged once a yes-or-no
  // about "russia's only naval base" needed an answer saying "only" (2026-12-03).
  // 488 → 499 right, wrong unchanged, once a sentence held back by a weak or close
  // match was given when it stays first with any word of the question left out (2026-12-03).
  // 499 → 506 right and 19 → 17 wrong with the afternoon's merged branches (2026-12-03).
  // 507 → 512 right, 821 → 822 within one click, 17 → 16 wrong with the evening merge (2026-12-03).
  // 512 → 511 right, within one click and wrong unchanged, once "wanna" was read as
  // "want": "in which areas does moscow wanna develop ties" finds no "want" in the
  // sentence on Moscow's commitment and abstains, offering it (2026-12-03).
  // 822 → 839 within one click once an offered question, asked as offered, is
  // answered by the unit it was made for (2026-12-03, night).
  // 511 → 521 right and 854 within one click with readers' words for everyday news ideas,
  // merged with the above (2026-12-03, night merge).
  // 530 → 533 right, 855 → 857 within one click, wrong unchanged, once a country's
  // adjective ("russian bases") reached the country the article names (2026-12-04).
  // 530 → 532 right once "who is al sharaa" read the name as the story writes it (2026-12-04, who12).
  // 542 → 545 right once the one person or place asked, beside the reader's word, was given (typed15);
  // 545 → 544 merged with the headline pair no longer counting its byline's author among
  // the people it names ("whos talking for the russian mfa in this" now abstains; wrong15).
  // 92.9 → 92.8% within one click (545 → 546 right) once chat leading up to a question was
  // read past (leading-chat.ts): "ok so long story short, is russia keeping its bases…"
  // is read from "is", and its first offer is no longer the overview.
  // 92.8 → 92.7% once the list of the kind of fact asked for took the third offer
  // (offer24, +41 within one click over the sets): "Where geographically are the Russian
  // installations situated?" and "when was the bogdanov meeting w sharaa" lost theirs to it.
  // 1.8 → 1.9% wrong (16 → 17; 568 → 569 right) once a role the article gives one
  // person stood for them (role41, 2026-12-07): "in what setting did the spokeswoman
  // make her comments" is answered with Zakharova's remark, not the briefing.
  it('answers at least 59% directly and 92.7% within one click, with at most 1.9% wrong', () => {
    expect(freshReport.hitAt1).toBeGreaterThanOrEqual(0.59);
    expect(freshReport.withinOneClickRate).toBeGreaterThanOrEqual(0.927);
    expect(freshReport.wrongRate).toBeLessThanOrEqual(0.019);
  });
});

describe('on a second article ingested fresh (its development set)', () => {
  it('abstains on every off-topic question', () => {
    expect(haldenReport.offTopicAbstentionRate).toBe(1);
  });

  // 96 → 100% once "has halden water had boil advisories before" wanted a text telling
  // of an earlier one (2026-12-04, wrong15). 100 → 96% with the word-vector neighbours
  // (2026-12-05): "will schools reopen on monday" ("reopen" read as "shut") answered.
  it('abstains on at least 96% of questions the article does not answer', () => {
    expect(haldenReport.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.96);
  });

  // 0.51 and 0.83 until 2026-12-02: a who's-who card no longer answers what
  // someone did, and the one question it got right that way ("what's the deal
  // w the water in port halden", through the card's lead sentence) now
  // abstains; across the fresh sets the right top answer rose by nine.
  // 50% directly and 2% wrong until a sentence that clearly answers was
  // given below the threshold (2026-12-02): 50 → 53 right for 2 → 3 wrong.
  // 54 → 56 right once "how old", "how far" and "how much … cost" want an age,
  // a distance and a sum of money (2026-12-03).
  // 57 once a reader's "baker" reached the article's "bakery" (2026-12-03).
  // 58 once a sentence staying first with any word of the question left out was given.
  // 2% wrong with the afternoon's merged branches (2026-12-03).
  // 58 → 59 right, 87 → 88 within one click, 2 → 1 wrong with the evening merge (2026-12-03).
  // 89% within one click once an offered question leads to its own unit (2026-12-03, night).
  // 62 right, 90% within one click once "how many ppl ended up at the hospital" and
  // "how many households" took the one count of that thing (2026-12-04, who12).
  // 63 → 64 right once the one person or place asked, beside the reader's word, was given (typed15).
  it('answers at least 64% directly and 90% within one click, with at most 1% wrong', () => {
    expect(haldenReport.hitAt1).toBeGreaterThanOrEqual(0.64);
    expect(haldenReport.withinOneClickRate).toBeGreaterThanOrEqual(0.9);
    expect(haldenReport.wrongRate).toBeLessThanOrEqual(0.01);
  });
});

describe('on a court ruling in long wire-style sentences, ingested fresh (its development set)', () => {
  it('abstains on every off-topic question', () => {
    expect(rulingReport.offTopicAbstentionRate).toBe(1);
  });

  // 0.87 within one click before the ingest's entity kinds were corrected
  // (2026-12-02): one near-tied suggestion changed places.
  // 26% directly and 1% wrong until a sentence that clearly answers was
  // given below the threshold (2026-12-02): 26 → 31 right for 1 → 2 wrong.
  // 31% for a moment on 2026-12-02: a sentence given below the threshold must
  // hold a subject word of the story when it holds only one word of the
  // question, so "whos on first base" stays off-topic (one ruling question
  // with a single everyday word in common abstains since).
  // 0.86 within one click until the list of the kind of fact asked for
  // opened the article-wide questions (2026-12-02).
  // 32% directly and 88% within one click since the night's merge (2026-12-02).
  // 32 → 34% directly, wrong unchanged, once a sentence leaving unsaid no word but the
  // story's own was given down to 0.35 when far ahead of any other fact (2026-12-03).
  // 34 → 36% once a sentence staying first with any word of the question left out was given.
  // Every not-in-article question abstained once "a 30-year concession" was no
  // date for "when does saltmere's concession run out" (2026-12-03).
  // 88 → 89% within one click, 2 → 1 wrong once a slip of a question word ("wich
  // court") was read as the word meant, so it sets its conditions (2026-12-03, evening).
  // 37 → 38 right with the evening merge (2026-12-03).
  // 91% within one click once an offered question leads to its own unit (2026-12-03, night).
  // 39 right (2026-12-03, night merge).
  // 40 right once "how many jobs" took the one count of jobs (2026-12-04, who12).
  // 100 → 96% not in the article abstained with the word-vector neighbours (2026-12-05):
  // "which political party is mayor moreau from?" answered.
  // 1 → 2 wrong with the kinds a reader names (2026-12-06, e538f2a): "What kind of
  // organisation is the group that sued?" gets the article's list of organisations.
  it('answers at least 40% directly and 91% within one click, with at most 2% wrong', () => {
    expect(rulingReport.hitAt1).toBeGreaterThanOrEqual(0.4);
    expect(rulingReport.withinOneClickRate).toBeGreaterThanOrEqual(0.91);
    expect(rulingReport.wrongRate).toBeLessThanOrEqual(0.02);
    expect(rulingReport.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.96);
  });
});

describe('on a local flood report with many figures, ingested fresh (its development set)', () => {
  it('abstains on every off-topic question', () => {
    expect(floodReport.offTopicAbstentionRate).toBe(1);
  });

  // 39% directly and 2% wrong until a sentence that clearly answers was
  // given below the threshold (2026-12-02): 39 → 41 right for 2 → 3 wrong.
  // At most 3% wrong since a sentence reading on from the one before counts
  // half its words (2026-12-02): "what did Mayor Ostrander say about the cost
  // going up" gets "He said the town has already spent about $180,000…",
  // which the set counts wrong (it wants his quote), for seven more right
  // top-ranked units across the fresh sets and ten more right in one click.
  // 89% within one click and 84% not-in-article abstained until a date far
  // from the question's words weighed less (2026-12-02): "what time did the
  // water top out" (a WordNet reading of "time" as "day" and "overtime")
  // lost its third suggestion, and "when will the center street bridge
  // reopen" is no longer answered with the sentence saying it shut at midnight.
  // 92% within one click and 2% wrong once a "what is X" wanted the sentence saying
  // what X is (2026-12-03): "What is the official flood stage for the river?" no
  // longer gets the sentence that merely names flood stage.
  // 42 → 44% directly once a sentence saying what a "what is X" asks after was
  // given below the threshold (2026-12-03).
  // 43% on its own once a reader's "180k" was read as the article's "$180,000" (2026-12-03);
  // both merged, 45%.
  // 46% once a sentence staying first with any word of the question left out was given.
  // 93% within one click, 1% wrong and 96% not in the article abstained once a
  // "what did X say" wanted X as the speaker and "what's the name of the driver"
  // an answer naming the driver (2026-12-03).
  // 47 right (2026-12-03, night merge).
  // 48 right once "how many cats" took the one count of cats (2026-12-04, who12).
  // 49 → 51 right once the one person or place asked, beside the reader's word, was given (typed15).
  // 94 → 93 within one click once a "why" in an article that never writes the
  // word asks with its question word, not WordNet's "ground" (2026-12-05, held17):
  // "Why did the truck get stuck, according to the chief?" is offered other facts.
  // Not in the article 96 → 100% once a dated pair was not matched by its outlet's
  // name (2026-12-05, notin18).
  // 1 → 2% wrong with the word-vector neighbours beside WordNet's stand-ins (2026-12-05): "How much rain fell?" answered wrong.
  // 58 → 59 right, 93 → 92 within one click, 2 → 3% wrong once a role the article
  // gives one person stood for them (role41, 2026-12-07): "what's the fire chief's
  // advice to residents" answered; "lmao did the mayor say he wasn't sorry about
  // the spending" answered wrong with "He [Bill Ostrander] said the town has already spent…".
  it('answers at least 51% directly and 92% within one click, with at most 3% wrong', () => {
    expect(floodReport.hitAt1).toBeGreaterThanOrEqual(0.51);
    expect(floodReport.withinOneClickRate).toBeGreaterThanOrEqual(0.92);
    expect(floodReport.wrongRate).toBeLessThanOrEqual(0.03);
    expect(floodReport.unanswerableAbstentionRate).toBe(1);
  });
});

// Two articles added on 2026-12-02, written like the others by someone who
// saw neither code nor knowledge, their questions by someone who saw only the
// article; floors at their first measurement (main 4ba4eef).
describe('on a science-desk story about a study, ingested fresh (its development set)', () => {
  // Five small-talk messages share a word with the article ("later guys",
  // "i'm going to bed", "is anyone awake"); small talk is told by its shape
  // (src/engine/small-talk.ts), whatever words it shares.
  it('abstains on every off-topic question', () => {
    expect(sleepReport.offTopicAbstentionRate).toBe(1);
  });

  // 21% directly and 69% within one click at first measurement; after the
  // afternoon's ranking, suggestion and decision work (2026-12-02), which
  // never saw this set: 23% directly, and 67% within one click, as two
  // abstentions ("how long did they follow the students for", "are they
  // already funded for the next study") lost the right suggestion to a
  // near-tied sentence; 68% once the consultant's quotes were hers, not
  // Bristol's. 24% and 4% wrong once "who's the co-author" got the co-author's card.
  // 25% directly, 73% within one click and 3% wrong since the night's merge (2026-12-02).
  // 74% within one click once a quote pair was phrased with every content word of
  // its sentences: "which days of the week are the 'flights' in the jet lag metaphor"
  // is offered Marsh's quote. 75% once no suggestion is a question the engine
  // abstains on when clicked (2026-12-03): "are they already funded for the next
  // study" lost a slot to "More on “It is not clear who would fund…”", which did.
  // 76% once the article's "go away" answered a reader's "disappear" (WordNet's
  // multi-word verbs, 2026-12-03).
  // 25 → 26% directly once a person's role card answered "whats calloway's specialty" (2026-12-03).
  // 27% directly and 77% within one click with the afternoon's merged branches (2026-12-03).
  // 28% once an answer without the weekday, tally or percentage asked for was demoted twice
  // (2026-12-03, evening).
  // 3 → 2 wrong once a list no longer answered a "which X" it holds no X of.
  // 28 → 27% directly, 77 → 79% within one click once a reader phrase's plain
  // words the story says kept WordNet's other senses of the rest out ("kids" no
  // longer also "study"): "couldnt it be the other way round, like kids who are
  // already struggling…" ranks its sentence first at 0.64 where it had 0.66, and
  // abstains; the same rule gave 3 more right answers on the launch failure
  // and 1 on the bundled article (2026-12-03).
  // 30 right, 79 within one click, 96% not in the article abstained with the evening merge (2026-12-03).
  // 81 within one click (2026-12-03, night merge).
  // 80 once "More on “It is not clear who would fund…”" is answered when
  // clicked, and so offered before the sentence expected (2026-12-03).
  // 32 → 33 right once the one person or place asked, beside the reader's word, was given (typed15).
  it('answers at least 33% directly and 80% within one click, with at most 2% wrong', () => {
    expect(sleepReport.hitAt1).toBeGreaterThanOrEqual(0.33);
    expect(sleepReport.withinOneClickRate).toBeGreaterThanOrEqual(0.8);
    expect(sleepReport.wrongRate).toBeLessThanOrEqual(0.02);
    // 100% not in the article once "how many hours of sleep" was not answered by
    // "two hours later" (2026-12-04, notin12); 96% with the word-vector neighbours beside WordNet's stand-ins (2026-12-05):
    // "did they look at science or other subjects besides maths and english" answered.
    expect(sleepReport.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.96);
  });
});

describe('on a by-election result with many figures, ingested fresh (its development set)', () => {
  // "anyone online rn" and "which mods are online rn" share "online" with
  // the sentence promising contracts online: a check on who is about.
  it('abstains on every off-topic question', () => {
    expect(electionReport.offTopicAbstentionRate).toBe(1);
  });

  // 35% directly at first measurement; 39% after the afternoon's decision
  // work (2026-12-02), which never saw this set. 38% since a person's card
  // answers "who is the <role>" (2026-12-02): "who was standing for labour"
  // now ranks the Labour mayor's card first and abstains (one-click 77 -> 79),
  // for right "whos the judge"-like answers and 3 fewer wrong on other sets.
  // 82% within one click once its speakers' quotes were their own (2026-12-02, night).
  // 40% directly and 3% wrong since the night's merge (2026-12-02).
  // 82 -> 81% within one click once a clause of time or cause was context (2026-12-03):
  // "who's been in charge since whitlow left" must be answered by a text holding
  // "charge", which the one offered before does not; the same rule took 2 wrong
  // answers off the bundled article ingested fresh.
  // 81 -> 82% again once the question's words outside the clause were read from
  // the question's own reading (2026-12-03): the "since then" sentence is offered.
  // 40 → 41% directly once a person's role card answered "what is farrant's role" (2026-12-03).
  // 42% directly, 83% within one click, 2% wrong and 92% not in the article
  // abstained with the afternoon's merged branches (2026-12-03); 84% within one click
  // with the evening's (a "when" no longer answered by a who's-who card).
  // 43% directly once a reader's "tory" was read as the Conservative (2026-12-03).
  // 42 → 44 right with the evening merge (2026-12-03).
  // 87% within one click once an offered question leads to its own unit (2026-12-03, night).
  // 46 right, 88 within one click (2026-12-03, night merge).
  // 92 → 96% not in the article abstained once a question after what a fare costs now was
  // not answered by the winner's pledge of a fare cap (2026-12-04, misread12).
  // 96 → 100% not in the article abstained once a "which school" was not answered by
  // "a former primary school headteacher" (2026-12-04, wrong14).
  // 2 → 3% wrong once chat after a question was read past (trailing-chat.ts,
  // 2026-12-05, close19): "which party won mayor lol i missed it" is now read as
  // "which party won mayor lol", which the engine answers as it always has the
  // plain "which party won mayor": with the party chair's quote "Sofia won it
  // street by street", whose context names the party (named-kind.ts reads the
  // context as the answer's). The cut is right; the ranking is what is wrong.
  // 100 → 96% not in the article abstained with the word-vector neighbours (2026-12-05):
  // "what health problems does whitlow have" answered.
  it('answers at least 46% directly and 88% within one click, with at most 3% wrong', () => {
    expect(electionReport.hitAt1).toBeGreaterThanOrEqual(0.46);
    expect(electionReport.withinOneClickRate).toBeGreaterThanOrEqual(0.88);
    expect(electionReport.wrongRate).toBeLessThanOrEqual(0.03);
    expect(electionReport.unanswerableAbstentionRate).toBeGreaterThanOrEqual(0.96);
  });
});

/** One fresh article's floors: rates of its development set's questions. */
interface Floors {
  right: number;
  oneClick: number;
  wrong: number;
  offTopic: number;
  notIn: number;
}

/** The two specs every floored fresh run meets: off-topic abstained, and answers. */
function itMeetsFloors(floors: Floors, report: () => EvalReport): void {
  it(`abstains on at least ${floors.offTopic.toFixed(3)} of the off-topic questions`, () => {
    expect(report().offTopicAbstentionRate).toBeGreaterThanOrEqual(floors.offTopic);
  });

  it(`answers at least ${floors.right} directly and ${floors.oneClick} within one click, with at most ${floors.wrong} wrong`, () => {
    expect(report().hitAt1).toBeGreaterThanOrEqual(floors.right);
    expect(report().withinOneClickRate).toBeGreaterThanOrEqual(floors.oneClick);
    expect(report().wrongRate).toBeLessThanOrEqual(floors.wrong);
    expect(report().unanswerableAbstentionRate).toBeGreaterThanOrEqual(floors.notIn);
  });
}

/**
 * Four articles added on the evening of 2026-12-02, each with its question
 * set written by the same helper, who saw neither code nor knowledge (100
 * answerable, 25 off-topic plus the shared 293 small-talk messages, 25 not
 * in the article). First measured on main 43b6f5a; floors at their
 * measurement on the evening's merged code, which rate-decision and
 * launch-failure never tuned (they were held out as checks) and cup-semi
 * and charity-theft did (the freshwrong work). Off-topic all abstained since
 * the small talk that shared a word with them ("what's the weather like
 * today" and rate-decision's "a hold today", "whos on first base" and the
 * launch's "first stage", "remind me in 10 minutes" and the final on May 10)
 * is told by its shape or as a meme (2026-12-02).
 */
const LATER_ARTICLES = [
  {
    name: 'rate-decision',
    about: 'a central bank rate decision',
    // 20 → 21 right, 73 → 76 one-click with the night's merge (2026-12-02).
    // 21 → 22 right once a quote pair was phrased with every content word of its sentences.
    // 76 → 77 one-click once a "he" or "she" held answers to the one person of that gender.
    // 22 → 23 right, 77 → 79 one-click, 4 → 2 wrong once a "what is X" wanted the
    // sentence saying what X is ("The bank's target is 2 percent."; 2026-12-03).
    // 23 → 24 right once "comes back down" was read as "return" (WordNet's multi-word verbs).
    // 24 → 26 right once a person's role card answered "what does quillan do for a living"
    // and "The bank's target is 2 percent." was given as what the target is (2026-12-03).
    // 84 → 92% not in the article abstained once "what time" wanted a time of day
    // and "what is X running at" a number (2026-12-03).
    // 28 right and 81% within one click with the afternoon's merged branches (2026-12-03).
    // 29 right with the evening merge (2026-12-03): the only sentence holding the % asked for.
    // 31 right, 85% within one click (2026-12-03, night merge); 86% once "in which
    // areas" of activity no longer asked for a place.
    // 33 → 34 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.34,
    // 0.86 → 0.85 with the word-vector neighbours beside WordNet's stand-ins (2026-12-05): "what did the governor say she's trying to prevent" answered wrong.
    oneClick: 0.85,
    // 0.02 → 0.03 with the same question answered wrong (word-vector neighbours, 2026-12-05).
    wrong: 0.03,
    offTopic: 1,
    // 100% not in the article once a month the question names was held to answers
    // naming it ("will they start selling the bonds in april"; 2026-12-04, notin12).
    notIn: 1,
  },
  {
    name: 'launch-failure',
    about: 'a rocket launch failure in wire style',
    // 30 → 31 right, 79 → 80 one-click once "Northwind's chief executive" was read as a role.
    // 32 right with the night's merge (2026-12-02).
    // 33 right, 81 one-click, 1 wrong once "the agency's mission director" was no
    // longer taken for a named agency (2026-12-03).
    // 82 one-click once a sentence saying only that some other fact is not known no longer
    // answers a question after a fact: "which flight number was this one" (2026-12-03).
    // 35 right once "how far" wants a distance and "how much … worth" a sum of money.
    // 36 right once a person's role card answered "what's elverum's job title" (2026-12-03).
    // 92% not in the article abstained once readers' words for lost jobs were read (2026-12-03).
    // 83% within one click with the afternoon's merged branches (2026-12-03).
    // 83% within one click with the afternoon's merged branches (2026-12-03).
    // 87% within one click once readers' clippings were read ("sat", "payload",
    // "last time") and WordNet kept to a reader phrase's unsaid words (2026-12-03).
    // 37 right with the evening merge (2026-12-03).
    // 38 right, 88% within one click (2026-12-03, night merge).
    // 87% once the engine's own offered questions are all answered when
    // clicked, and so offered more often (2026-12-03).
    // 39 right once "how many ppl live in kelsby" took the one count of people (2026-12-04).
    // 39 → 41 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.41,
    // 0.87 → 0.84 once the list of the kind of fact asked for took the third offer (offer24,
    // +41 within one click over the sets): "who actually builds + flies the thing", "who gave
    // the info on the debris" and "how many failures has tern 2 had total now" lost theirs.
    oneClick: 0.84,
    // 0.01 → 0.02 with the word-vector neighbours (2026-12-05): "what does calloway think might have broken" ("broken" read as the story's "broke") answered wrong.
    // 0.02 → 0.03 once "what day" names the kind of date asked (2026-12-06): "what day of the
    // week was the launch" answers "Tuesday's mission was the vehicle's 15th flight…", which
    // gives the day but not the expected words "on Tuesday".
    wrong: 0.03,
    offTopic: 1,
    // 92 → 96% once "how many people were on the harbour wall watching" was not answered by
    // how many live in Kelsby (2026-12-04, misread12).
    // 24 → 25 of 25 once the card of one a question names was no answer to "who are the
    // other insurers in the Harrowgate consortium" (2026-12-04, wrong13).
    notIn: 1,
  },
  {
    name: 'cup-semi',
    about: 'a rugby cup semi-final report',
    // 31 → 30 right, 3 → 4 wrong when ingest read "tighthead prop" as Sione Vakalahi's
    // role (2026-12-02, night): "who did vakalahi take out" was right only because his
    // card, with no role, quoted the sentence naming his victim; a card no longer
    // answers whom someone did something to, and the ranking now puts another
    // sentence of his above that one.
    // 33 right, 3 wrong and 72% not in the article abstained with the night's merge
    // (2026-12-02): "won't" no longer leaves "won" as filler, and questions about the
    // future or about what was said want an answer that can be it.
    // 3 → 2 wrong, 77 → 78 one-click once a "who" had to give someone the question
    // does not name: "who did vakalahi take out" is no longer answered by his dismissal.
    // 33 → 34 right, 2 → 1 wrong once a quotation's "him" was the one it names
    // ("Jamie's a tough lad, but we won't rush him"), not Trask of the sentence before.
    // 34 → 36 right once a sentence staying first with any word of the question left
    // out was given (2026-12-03).
    // 72 → 80% not in the article abstained once "what did the vale coach say" wanted
    // the Vale coach as the speaker and "what was the half time score" a score (2026-12-03).
    // 36 → 37 right, 83 → 84% one-click with the evening's ranking of the kind asked for.
    // 38 right, 85% one-click, 84% not in the article abstained with the evening merge (2026-12-03).
    // 86% within one click (2026-12-03, night merge).
    // 39 right once "how many pens" counted the article's penalties (2026-12-04).
    // 41 → 42 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.42,
    oneClick: 0.86,
    wrong: 0.01,
    offTopic: 1,
    notIn: 0.84,
  },
  {
    name: 'charity-theft',
    about: 'a court report on a charity theft',
    // 34 → 35 right, 7 → 6 wrong, 69 → 67 one-click with the roles and speakers
    // read right (2026-12-02, night): the chair's quotes now carry "chair of the
    // Ashcombe Vale Community Larder" and take the first suggestion of "what road is
    // the larder on"; "the judge told him" made the judge's quotes five, and the one
    // "where did the judge say the donations came from" wants fell out of the first three.
    // 36 right, 68% one-click and 5 wrong with the night's merge (2026-12-02); 37 once a
    // hearing "set for November 14" was read as still to come. 38 right, 69% one-click
    // and 4 wrong once "She told the court" was no longer taken for a named court (2026-12-03).
    // 39 right, 3 wrong once "since his arrest" no longer answered "when was he arrested".
    // 70% one-click once a "he" among several men was none of its women (2026-12-03);
    // 71% with the evening's ranking of the kind asked for; 72% once an answer quoting
    // "She …" named whom it means. 74% once "charged" and "charges" reached the
    // article's "count" (2026-12-03). 40 right and 75% once a "you" inside words
    // the reader quotes was no longer taken for the bot (2026-12-03, night). 76% once
    // at most two of one speaker's quotes were offered. 41 right once "how many
    // charges" took the one "count of fraud" (2026-12-04).
    right: 0.41,
    oneClick: 0.76,
    wrong: 0.03,
    offTopic: 1,
    notIn: 0.88,
  },
] as const;

/**
 * Held-out sets AC–AJ (120 answerable, 35 off-topic, 30 not in the article,
 * each by a writer who saw only the article), released as development sets on
 * 2026-12-03 once their first, blind measurements had been reported in issue
 * #8's notes; the 293 shared small-talk messages joined their off-topic lists.
 * Floors at their measurement on 373ecbb. teachers-strike answers 2 of its off-topic
 * messages and landslide-repair 1.
 * Off-topic 100% on both once "whats for lunch", "what is love" and "any plans for the
 * weekend" were read as small talk; not in the article abstained (2026-12-04): rail 90 →
 * 96.7%, maternity 90 → 96.7%, museum 90 → 93.3%, loyalty 86.7 → 90%, airline 76.7 → 90%,
 * cough syrup 73.3 → 80%, once outcomes, sums of money, deeds, views, names and spans so
 * far asked for were held to answers that give them.
 */
const RELEASED_ARTICLES = [
  {
    name: 'rail-timetable',
    about: "a rail operator's new timetable and its cancellations",
    right: 0.341,
    oneClick: 0.808,
    wrong: 0.017,
    offTopic: 1.0,
    notIn: 0.966,
  },
  {
    name: 'maternity-unit',
    about: 'a maternity unit closed to new admissions',
    // 67 → 68 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.566,
    oneClick: 0.866,
    wrong: 0.009,
    offTopic: 1.0,
    // 96.7% on abstain10 alone; merged with rank10's "hiring" as recruitment, "how many more
    // midwives does the trust need to hire to reopen" reaches the 19 midwives already hired
    // (2026-12-04): 28 of 30, still above the 27 of 30 before either.
    // 30 of 30 once a level asked was not answered by a change ("six additional beds")
    // nor an increment asked by a level (2026-12-04, notin12).
    notIn: 1,
  },
  {
    name: 'museum-bronzes',
    about: 'a museum returning looted bronzes',
    // 44 → 45 right with "how many" counted in the article's own noun (2026-12-04, who12).
    right: 0.375,
    oneClick: 0.758,
    wrong: 0.009,
    offTopic: 1.0,
    notIn: 0.933,
  },
  {
    name: 'loyalty-card-breach',
    about: 'a loyalty-card data breach',
    right: 0.416,
    oneClick: 0.866,
    wrong: 0.009,
    offTopic: 1.0,
    // 29 of 30 once "the share price now" was not answered by how far shares fell, nor
    // "profit" by revenue (2026-12-04, notin12).
    notIn: 0.966,
    // 90 → 93.3% once "what's the share price now" was not answered by how far the shares
    // fell (2026-12-04, misread12).
  },
  {
    name: 'airline-grounding',
    about: 'an airline grounding its turboprops',
    // 92 → 91 within one click, 76.7 → 80% not in the article abstained once "to Kilbride
    // and Skerrow" made Skerrow a place, not a person (2026-12-04, ingest10): "how many
    // passengers were stranded on the skerrow route" is no longer answered, and "how long
    // is this mess supposed to drag on for" lost its one-click suggestion.
    // 44 → 47 right, 96 → 97 within one click once "a spokesperson for the company said",
    // after "Veltmar rejected that account", was read as naming Veltmar (2026-12-04, misread12).
    // 46 right, 97 within one click, 1 wrong once an unnamed spokesperson's quote went to
    // the body named before it ("Veltmar rejected that account. A spokesperson for the
    // company said…") (2026-12-04, ingest12); 48 / 97 / 1 with both, merged (int12).
    // 49 → 51 right once the one person or place asked, beside the reader's word, was given (typed15).
    // 51 → 50 once a role naming its owner was asked for by title and owner (2026-12-05): the
    // analyst's card now outranks the sentence it cites for "wich consultancy does the analist
    // work for", and a card is held back where a sentence is not; tram +1 and the zoo +1 for it.
    // 50 → 49 right, 1 → 2 wrong once "found" was read as the past of "find" (2026-12-05):
    // "when did they kick off the audit" is given "a summary of the audit's findings would be
    // published", and "what does the £18m public deal pay for" lost its lead; +4 right elsewhere.
    right: 0.408,
    oneClick: 0.808,
    // 1 → 2 once "found" was read as "find" (2026-12-05; see right above).
    wrong: 0.017,
    offTopic: 1.0,
    // 0.9 -> 0.933 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.933,
  },
  {
    name: 'teachers-strike',
    about: "a teachers' strike closing a city's schools",
    // 41 → 42 right, 105 → 106 within one click, 4 → 3 wrong once a spokesperson's card
    // answered "who speaks for the district", not the list of those quoted (2026-12-04, misread12).
    // 46 → 47 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.391,
    oneClick: 0.9,
    // 0.034 (4) until "whats the union called" was asked the union's name (2026-12-04);
    // 43 / 108 / 2 with misread12's card for a spokesperson, merged (int12).
    wrong: 0.017,
    offTopic: 1.0,
    // 29 of 30 once "the 2011 strike" was not answered by "the first strike since 2011"
    // (2026-12-04, notin12).
    notIn: 0.966,
  },
  {
    name: 'cough-syrup-recall',
    about: "a children's cough syrup recall",
    // 42 → 44 right with "how many" counted in the article's own noun (2026-12-04, who12).
    // 46 → 47 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.391,
    oneClick: 0.833,
    wrong: 0.025,
    offTopic: 1.0,
    // 25 of 30 once "the share price now" was not answered by how far shares fell
    // (2026-12-04, notin12).
    // 80 → 83.3% once "what's calloway's share price now" was not answered by how far the
    // shares fell (2026-12-04, misread12).
    // 0.833 -> 0.933 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.933,
  },
  {
    name: 'landslide-repair',
    about: 'a landslide cutting off a village',
    // 41 → 42 right once "how many people live in Glenmoss" wanted a sentence telling how many
    // live there (2026-12-04, misread12).
    // 48 → 50 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.416,
    // 41 → 45 right with "how many" counted in the article's own noun, "1,850" read
    // as no year, and "who is calum reed" as Callum Reid (2026-12-04, who12).
    // 98 → 99 within one click, 2 → 1 wrong once "when did the slip hapen" was not answered
    // by "a smaller slip" (2026-12-04, wrong15).
    oneClick: 0.825,
    wrong: 0.009,
    offTopic: 1.0,
    // 26 → 29 of 30 once a hyphened number counted no noun after it, a demand answered
    // no yes-or-no, and "who owns the Carrowmore Estate" no text where the estate owns
    // (2026-12-04, wrong13).
    // 0.966 → 0.933 with the word-vector neighbours (2026-12-05): "was the 2021 report ever made public" ("ever" read as "never") answered.
    notIn: 0.933,
  },
  // Held-out sets AY, AZ and BA (120 / 35 / 30 each, the 293 shared small-talk
  // messages added), released as development sets on 2026-12-04 once their
  // first measurements (on dd68856) and their second (on 75f0e51) were reported
  // in issue #8's notes. Floors at the second.
  {
    name: 'ae-closure',
    about: "a hospital trust halting an A&E closure after a coroner's warning",
    // 56 → 58 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.483,
    // 0.908 → 0.9 (109 → 108 of 120) once roles were tied to the body the article calls
    // short (2026-12-04, ingest13): one more right unit ranked first (94 → 95), one
    // question whose right unit fell out of the first three suggestions.
    oneClick: 0.9,
    wrong: 0.034,
    offTopic: 1.0,
    // 0.766 → 0.8 once "how many of the 21,000 patients…" wanted a figure besides
    // that total (2026-12-04, notin14).
    // 0.8 -> 0.833 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.833,
  },
  {
    name: 'bus-pay-deal',
    about: 'bus drivers accepting a pay deal as their union warns of route cuts',
    // 64 → 65 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.541,
    // 105 → 109 within one click, 6 → 3 wrong, 90 → 93.3% not in the article abstained
    // (2026-12-04, wrong14): "how long did the strike last" no longer takes "Drivers last
    // struck", "whos" asks as "who's" does, "which 14 routes" wants them named, "what
    // does RTWU stand for" wants the name spelt out.
    // 109 → 111 within one click, 3 → 1 wrong once "…," she said opening a paragraph went to
    // the one woman the paragraph before closes on, and "have marlowe drivers gone on strike
    // before?" wanted a text telling of an earlier strike (2026-12-04, wrong15).
    oneClick: 0.925,
    wrong: 0.009,
    offTopic: 1.0,
    // 93.3 → 96.7% not in the article abstained once a count ended with its sentence
    // ("…81 per cent. Members of the union" counts no members) (2026-12-05, notin17).
    notIn: 0.966,
  },
  {
    name: 'planning-bribes',
    about: "a planning officer convicted of taking a developer's bribes",
    right: 0.425,
    oneClick: 0.85,
    wrong: 0.05,
    offTopic: 1.0,
    // 0.866 → 0.9 once "how many of the 340 decisions…" wanted a figure besides
    // that total (2026-12-04, notin14).
    notIn: 0.9,
  },
  // Held-out sets BB and BC (120 / 35 / 30 each, the shared small-talk messages
  // added), released as development sets on 2026-12-04 once their first
  // measurements (on 81a62f3) and their second (on 1444f05) were reported in
  // issue #8's notes. Floors at the second. On the ferry story six small-talk
  // greetings ("good morning") were answered with its "act of God" card until
  // 2026-12-04 (wrong14).
  {
    name: 'trial-lab-suspended',
    about: 'a university suspending a cancer-trial lab over alleged falsified data',
    // 65 → 66 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.55,
    // 109 → 110 within one click once "Northgate's vice-chancellor" was read (2026-12-05, ingest17).
    oneClick: 0.916,
    wrong: 0.0,
    offTopic: 1.0,
    // 86.6 → 90% once "which medical journal" was not answered by "a medical journal"
    // (2026-12-04, wrong14).
    // 90 → 93.3% not in the article abstained once "what did X die from" asked for a cause (2026-12-05, notin17).
    notIn: 0.933,
  },
  {
    name: 'ferry-winter-cuts',
    about: "a ferry operator scrapping an island's winter sailings",
    // 69 → 71 once "Residents of Tellin Island say" no longer made the island a
    // speaker, a person (2026-12-05).
    right: 0.591,
    oneClick: 0.908,
    wrong: 0.042,
    // 98.1 → 100% once "good" was no longer read as "God" (2026-12-04, wrong14).
    offTopic: 1.0,
    notIn: 0.9,
  },
  // Held-out sets BD, BE and BF (120 / 35 / 30 each, the shared small-talk messages
  // added), released as development sets on 2026-12-04 once their first
  // measurements (on b42d589) and their second (on dc1eafe and 5531c76) were
  // reported in issue #8's notes. Floors at the second.
  {
    name: 'boil-notice-ecoli',
    about: 'a boil-water notice after E. coli is found at a treatment works',
    // 61 → 62 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.516,
    oneClick: 0.916,
    // 0.025 → 0.034 once "what day" names the kind of date asked and no longer counts as a
    // word to match (2026-12-06): "Which day of the week was the notice issued?" now answers
    // with the sentence saying some residents had no alert "until Wednesday morning", beside
    // "before the notice was issued" (70 right of 120, 72 before).
    wrong: 0.034,
    // 99.1 → 100% once "tonight" beside no other word of the story's was the
    // reader's own evening, and "how much water should i drink a day" the
    // reader's own habit (2026-12-04, wrong15).
    offTopic: 1.0,
    // wanted an answer naming something besides what the question names:
    // 86.7 → 90% not in the article abstained once a question setting aside one it names
    // "Which other schools besides Elsford Primary closed?" (2026-12-05, notin17).
    // 0.9 → 0.866 with the word-vector neighbours (2026-12-05): "how much rain fell in the lower valley" ("fell" read as "falling") answered.
    notIn: 0.866,
  },
  {
    name: 'software-layoffs',
    about: 'a software company cutting 300 jobs after losing a government contract',
    right: 0.483,
    oneClick: 0.85,
    wrong: 0.017,
    offTopic: 1.0,
    // 0.866 -> 0.9 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.9,
  },
  {
    name: 'orchestra-tour',
    about: 'an orchestra scrapping its spring tour after its conductor quits',
    // 52 → 53 right once the one person or place asked, beside the reader's word, was given (typed15).
    // 53 → 54 right, 90 → 96.7% not in the article abstained once "what dates" asked for a
    // date and "what's the culture minister's name" for the name outright (2026-12-05, notin17).
    right: 0.45,
    oneClick: 0.816,
    // 5 → 4 once the headline's byline was no answer to "who's the conductor that quit"
    // (2026-12-04, wrong15).
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.966,
  },
  // Held-out sets BG, BH and BI (120 / 35 / 30 each, the shared small-talk messages
  // added), released as development sets on 2026-12-04 once their first
  // measurements (on 1e91060) and their second (on b1de33c) were reported in
  // issue #8's notes. Floors at the second, which the release reproduces.
  // Off-topic 0.996 -> 1.0 on both (wrong16): "can i get an advance on my
  // paycheck" no longer finds the price-fixers' "agreed in advance" (a fixed
  // phrase, filler), nor "crew neck or v neck?" the wildfire's crews (a
  // choice between two kinds of a thing the story never names).
  {
    name: 'milk-price-fixing',
    about: 'three supermarket chains fined for fixing the price they paid dairy farmers',
    right: 0.458,
    // 96 → 97 within one click and 22 → 23 not in the article abstained once
    // "Corran Stores' chief executive" was read as Martin Yeoh's role, so "who is
    // the chief executive of Freshway" is no longer answered with him (2026-12-05).
    oneClick: 0.808,
    // 0.009 → 0.017 with the word-vector neighbours beside WordNet's stand-ins (2026-12-05): "which of the three got off with the smallest fine" answered wrong.
    wrong: 0.017,
    offTopic: 1.0,
    // 0.766 -> 0.8 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.8,
  },
  {
    name: 'wildfire-evacuation',
    about: 'a wildfire forcing five hill villages to evacuate',
    // 63 → 64 right, 108 → 109 within one click once a role owned by a name of
    // several words ("Corran Stores' chief executive") was read as the role (2026-12-05).
    right: 0.533,
    // 109 → 107 within one click once "Carrow" (of "the Carrow ridge road") and "Lowick
    // Cross" were drafted places, not a body and a person (2026-12-05, ents22): "who first
    // spotted the fire?" and "how strong were the winds pushing it" lost the wrongly kinded
    // card among their suggestions.
    oneClick: 0.891,
    // 5 → 4 wrong once "do they know what started it" wanted a text telling it is not known (wrong18).
    wrong: 0.034,
    offTopic: 1.0,
    // 80 → 86.7% not in the article abstained once a year the reader named was no span
    // for a "how long", and "the council would ask the government for emergency funding"
    // was a request, no answer to whether it will be approved (2026-12-05, notin17).
    notIn: 0.866,
  },
  {
    name: 'tram-line-delay',
    about: 'a tram line opening two years late and £87m over budget',
    right: 0.458,
    // 103 → 102 within one click once Brennan Calder Rail's project director was
    // read as Stephen Hale's role (2026-12-05): "what did the baker say she wants"
    // is offered his quote first; the same change takes one wrong answer away.
    oneClick: 0.85,
    wrong: 0.042,
    offTopic: 1.0,
    // 0.8 -> 0.866 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.866,
  },
  // Held-out sets BJ, BK and BL (120 / 35 / 30 each, the shared small-talk messages
  // added), released as development sets on 2026-12-05 once their first
  // measurements (on d574da2) and later ones (on 044138d, a950582 and 9def3c0)
  // were reported in issue #8's notes. Floors at the last, which the release
  // reproduces; every shared small-talk message abstains on all three.
  {
    name: 'council-ransomware',
    about: 'a county council offline nine days after a ransomware attack',
    // 67 → 69 right, 109 → 111 within one click, 5 → 4 wrong once "Cllr Doyle" was the
    // councillor named in full before (2026-12-05, ingest17).
    // 73 → 74 right, 111 → 112 within one click, 4 → 3 wrong once "do the police know who
    // did it" was answered that they are "not in a position to say" (2026-12-05, wrong18).
    right: 0.616,
    // 0.933 → 0.925 once the list of the kind of fact asked for took the third offer
    // (offer24): "is the council going to pay the ransom?" lost its offer to it.
    oneClick: 0.925,
    wrong: 0.025,
    offTopic: 1.0,
    // 83.3 → 90% not in the article abstained once "how much… fined" asked for a sum and
    // the day of a date ("Tuesday 4 March, when staff") counted nothing (2026-12-05, notin17).
    notIn: 0.9,
  },
  {
    name: 'rent-strike',
    about: "students withholding rent over a rise in halls' rents",
    // 59 → 60 right once "the vice-chancellor, Professor Martin Eade," was read as his
    // role (2026-12-05, ingest17).
    right: 0.5,
    // 0.916 → 0.908 once the list of the kind of fact asked for took the third offer
    // (offer24): "If Northgate collects the rent, who decides how much it is?" lost its offer
    // to the list of figures, and "From when will the new higher rents apply?", which gains
    // the list of dates, is a time still to come, for which the list is not moved up.
    oneClick: 0.908,
    wrong: 0.017,
    offTopic: 1.0,
    // 0.733 -> 0.766 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.766,
  },
  {
    name: 'lithium-mine-inquiry',
    about: 'a public inquiry into reopening a lithium mine',
    // 67 → 68 right, 114 → 115 within one click, 4 → 3 wrong once "planning inspector
    // Alan Foyle" was read whole (2026-12-05, ingest17).
    right: 0.566,
    // 115 → 114 within one click once Halden Minerals was drafted a firm, not a person
    // (2026-12-05, ents22): "so how many years since the mine last produced anything…"
    // lost the right unit from its suggestions.
    oneClick: 0.95,
    wrong: 0.025,
    offTopic: 1.0,
    // 90 → 93.3% not in the article abstained once "what's X's salary" asked for a sum (2026-12-05, notin17).
    notIn: 0.933,
  },
  // Held-out sets BM, BN and BO (120 / 35 / 30 each, the shared small-talk messages
  // added), released as development sets on 2026-12-05 once their first
  // measurements (on 9def3c0) and later ones (on 2074966, ceb8d7d and 530a963)
  // were reported in issue #8's notes. Floors at the last, which the release
  // reproduces; every shared small-talk message abstains on all three.
  {
    name: 'bridge-closure',
    about: "a market town's 230-year-old bridge shut after cracks are found",
    right: 0.491,
    // 0.916 → 0.908 with the word-vector neighbours beside WordNet's stand-ins (2026-12-05): "how long was the nurse's commute before the closure" and "how did the nurse find out about the closure" no longer one click away; "what time does the meeting start" one click away.
    // 0.908 → 0.9 (2026-12-06, click36): a suggestion repeating the ones before it goes
    // after the rest, and "what reason did Creswell say they were given for not fixing it
    // earlier?" lost its one click (+10 within one click over the development sets).
    oneClick: 0.9,
    wrong: 0.025,
    offTopic: 1.0,
    // 0.9 -> 0.933 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.933,
  },
  {
    name: 'club-takeover',
    about: "football fans against a takeover that would sell their club's ground",
    right: 0.425,
    // 100 → 101 within one click and 4 → 3 wrong once a "who runs the fund" was not given the fund itself (wrong18).
    oneClick: 0.841,
    wrong: 0.025,
    // 1 once the reader's own "i need" was no word of the story's "would need" (2026-12-05, wrong18).
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'exam-paper-leak',
    about: 'a leaked maths paper annulled, and 38,400 pupils told to resit',
    right: 0.408,
    oneClick: 0.883,
    // 3 → 2 wrong once "does the board know who leaked it" was not given its verifying the leak (wrong18).
    wrong: 0.017,
    // 1 once "starts" alone no longer tied the paper's start time to the stream it never mentions (2026-12-05, wrong18).
    offTopic: 1.0,
    // 0.8 -> 0.833 once a named kind, a value asked, a deed done by nobody named or a
    // dated pair's outlet no longer answered what the article leaves open (2026-12-05, notin18).
    notIn: 0.833,
  },
  // Held-out sets BS, BT and BU (120 / 35 / 30 each, the shared small-talk messages
  // added), written and first measured blind on ea8a0e1 on 2026-12-05 and released
  // as development sets the same day, floors at their measurement on release: the
  // zoo story's one right answer more and one wrong fewer than its blind figure come
  // from that day's earlier commits ("who's the boss of the zoo"; "Ms Marsh" read
  // as Helen Marsh).
  {
    name: 'sewage-fine',
    about: 'a water company fined a record sum for pouring sewage into a river',
    right: 0.4,
    // 0.916 → 0.908 once the list of the kind of fact asked for took the third offer
    // (offer24): "where was the sludge getting stuck" and "did the court say how wessmoor
    // will pay it out of shareholder money" lost their offers to it.
    oneClick: 0.908,
    wrong: 0.025,
    offTopic: 1.0,
    notIn: 0.666,
  },
  {
    name: 'school-concrete',
    about: 'a school shut after a ceiling collapse finds crumbling concrete',
    right: 0.425,
    oneClick: 0.825,
    // 0.025 → 0.034 (3 → 4 wrong) once a role the article gives one person stood for them (role41).
    wrong: 0.034,
    // 327 of 328: its own off-topic "when is the next full moon" is answered with the
    // parents' update "on Friday" (WordNet gives "moon" as a month).
    offTopic: 0.996,
    notIn: 0.766,
  },
  {
    name: 'zoo-leopard-escape',
    about: 'a snow leopard escapes its zoo enclosure and is recaptured',
    right: 0.425,
    oneClick: 0.858,
    wrong: 0.042,
    offTopic: 1.0,
    // 73.3 → 70% once "found" was read as the past of "find" (2026-12-05): "what did the
    // independent review end up finding" is answered; the same change answers "when did they
    // finally find the leopard".
    notIn: 0.7,
  },
  // Held-out sets BV, BW and BX (120 / 35 / 30 each, the shared small-talk messages
  // added), written later on 2026-12-05, measured blind on ea8a0e1 and unread on
  // 94b04b4 and a50a8a8, then released the same day; floors at the last measurement,
  // which the release reproduces. Every shared small-talk message abstains.
  {
    name: 'mayor-expenses',
    about: 'a mayor who resigns over expenses claimed for trips that never happened',
    right: 0.375,
    oneClick: 0.841,
    wrong: 0.05,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'hosepipe-ban',
    about: 'a hosepipe ban after the driest spring in decades',
    right: 0.391,
    oneClick: 0.891,
    wrong: 0.009,
    offTopic: 1.0,
    notIn: 0.866,
  },
  {
    name: 'factory-fire',
    about: 'a fire that destroys a historic furniture factory',
    right: 0.475,
    oneClick: 0.808,
    wrong: 0.05,
    offTopic: 1.0,
    notIn: 0.8,
  },
  // Held-out sets BY, BZ and CA (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-05 (afternoon), measured blind on a3b35e1 and unread
  // on 254da1f, 1377bc5 and b71980e, then released the same day; floors at the last measurement,
  // which the release reproduces.
  {
    name: 'island-ferry-inspections',
    about:
      'a ferry operator cutting winter sailings to an island after two vessels fail inspections',
    right: 0.408,
    oneClick: 0.816,
    wrong: 0.067,
    // 0.996 on release ("thanks a bunch" answered with a crew member's quote, WordNet's
    // bunch as a crew) → 1 once general English's chat knew "thanks a bunch".
    offTopic: 1.0,
    notIn: 0.833,
  },
  {
    name: 'baby-food-recall',
    about: 'a supermarket recalling own-brand baby food after traces of a cleaning chemical',
    right: 0.291,
    oneClick: 0.816,
    wrong: 0.034,
    offTopic: 1.0,
    // 26 → 25 of 30 abstained once Brackwell's was drafted a firm, not a person called
    // Brackwell (2026-12-05, ents22): "was brackwells fined over the sesame snack bars in
    // 2021" is answered with the chain's 2021 withdrawal of snack bars.
    // 0.833 → 0.8 with the word-vector neighbours (2026-12-05): "is leanne's son ok now? did the doctors say it was the puree" ("doctors" read as "hospital") answered.
    notIn: 0.8,
  },
  {
    name: 'rural-bus-cuts',
    about: 'a county council cutting three rural bus routes to close a budget gap',
    right: 0.4,
    oneClick: 0.816,
    wrong: 0.025,
    offTopic: 1.0,
    notIn: 0.8,
  },
  // Held-out sets CB, CC and CD (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-05 (evening), measured blind on 7eafa89 and unread
  // on 4cf3d43 and 9bda289, then released the same day; floors at the last measurement,
  // which the release reproduces.
  {
    name: 'escooter-suspension',
    about: 'a city suspending its rental e-scooter scheme after injuries and a pedestrian death',
    right: 0.375,
    // 0.841 on release → 0.833 once its offer "More on “It has not disclosed how
    // many of the 412…”" answered when clicked and took the first suggestion slot
    // of "which hospital does the A&E doc work at".
    oneClick: 0.833,
    wrong: 0.025,
    offTopic: 1.0,
    notIn: 0.933,
  },
  {
    name: 'data-centre-approval',
    about: 'a district council approving a data centre despite objections over water and noise',
    right: 0.425,
    // 0.85 → 0.841 once the list of the kind of fact asked for took the third offer
    // (offer24): "where's the water coming from" and "on a normal day how much water does
    // the developer claim it'll use" lost theirs to it.
    oneClick: 0.841,
    wrong: 0.042,
    offTopic: 1.0,
    notIn: 0.833,
  },
  {
    name: 'lifeboat-rescue',
    about: 'a lifeboat crew rescuing five fishermen from a sinking trawler in a gale',
    right: 0.358,
    oneClick: 0.775,
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.833,
  },
  // Held-out sets CE, CF and CG (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-05 (from 15:08 UTC), measured blind on 3468b67 and
  // unread on 8de4804 and 4808ec3, then released the same day; floors at the last
  // measurement, which the release reproduces.
  {
    name: 'hospital-ransomware',
    about:
      'a ransomware attack forcing a hospital trust to cancel operations and divert ambulances',
    right: 0.416,
    oneClick: 0.783,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.866,
  },
  {
    name: 'pier-collapse',
    about: 'a storm tearing a gap in a Victorian pier and a town split over the repair bill',
    right: 0.433,
    // 0.816 → 0.808 with the word-vector neighbours (2026-12-05): "what did the neighbours hear when it happened" no longer one click away.
    // 0.808 → 0.8 with the word-vector neighbours beside WordNet's stand-ins (2026-12-05): "what time did they lock up the pier on saturday" no longer one click away.
    oneClick: 0.8,
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'ticket-fraud-jailed',
    about: 'a man jailed for a fake concert-ticket website that took money from hundreds of fans',
    right: 0.466,
    oneClick: 0.883,
    wrong: 0.034,
    offTopic: 1.0,
    // 0.7 → 0.666 with the word-vector neighbours (2026-12-05): "did pryce have any previous convictions" ("previous" read as "earlier") answered.
    notIn: 0.666,
  },
  // Held-out sets CH, CI and CJ (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-05 (from 17:53 UTC), measured blind on 1bf3047 and
  // unread on ae79ff4, 6e9ecc8, 8ad5cd2 and b083740, then released in the next session; floors at the
  // last measurement, which the release reproduces.
  {
    name: 'airport-last-route',
    about: 'a regional airport losing its last airline route',
    right: 0.433,
    oneClick: 0.858,
    wrong: 0.025,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'stolen-painting-found',
    about: 'a painting stolen from a town museum decades ago found at a French auction',
    right: 0.316,
    // 0.766 → 0.758 with the word-vector neighbours (2026-12-05): "how big is that auction house, like a huge one?" no longer one click away.
    oneClick: 0.758,
    wrong: 0.1,
    offTopic: 1.0,
    notIn: 0.866,
  },
  {
    name: 'marathon-heat',
    about: 'a city marathon halted by heat after runners collapsed',
    right: 0.416,
    // 0.816 → 0.808 with the word-vector neighbours (2026-12-05): "what earlier start time had other races switched to" no longer one click away.
    oneClick: 0.808,
    wrong: 0.042,
    // Its own 35 all abstained; of the shared small talk, "does anyone know what
    // time the stream starts" is answered with the race's start and halt times.
    offTopic: 0.996,
    notIn: 0.8,
  },
  // Held-out sets CK, CL and CM (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-05 (from 20:42 UTC), measured blind on 8f4190c and
  // unread on 27810c8 and 83dc5e6, then released in the next session; floors at the
  // last measurement, which the release reproduces.
  {
    name: 'club-expelled',
    about: 'a football club expelled from its league after a takeover collapsed',
    right: 0.5,
    oneClick: 0.883,
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'moorland-wildfire',
    about: 'a moorland wildfire forcing villages to evacuate',
    right: 0.5,
    oneClick: 0.85,
    wrong: 0.025,
    offTopic: 1.0,
    notIn: 0.866,
  },
  {
    name: 'exam-regrade',
    about: 'an exam board regrading papers after a marking error',
    right: 0.433,
    oneClick: 0.916,
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.866,
  },
  // Held-out sets CN, CO and CP (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-05 (from 23:36 UTC), measured blind on e1c3461 and
  // unread on 6b403d0, a79fe47, 4a6bfee and 1e6c90e, then released in the next session; floors at the
  // last measurement, which the release reproduces.
  {
    name: 'university-cuts',
    about: 'a university closing seven courses and cutting about 200 jobs',
    right: 0.416,
    oneClick: 0.791,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.833,
  },
  {
    name: 'library-buyout',
    about: 'a village library saved from closure by a community buyout',
    right: 0.533,
    oneClick: 0.9,
    wrong: 0.05,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'cyclist-inquest',
    about: "an inquest into a cyclist's death calling for a new crossing",
    right: 0.508,
    oneClick: 0.833,
    wrong: 0.05,
    offTopic: 1.0,
    notIn: 0.866,
  },
  // Held-out sets CQ, CR and CS (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-06 (from 02:29 UTC), measured blind on 1e6c90e and
  // unread on 3409d8b, 8213b74, 52224d7, 6a39e6a and 90642f6, then released in the next session; floors at the
  // last measurement, which the release reproduces.
  {
    name: 'river-dam-talks',
    about: 'river water-sharing talks between two countries stalling over a new dam',
    right: 0.475,
    oneClick: 0.858,
    wrong: 0.017,
    offTopic: 1.0,
    notIn: 0.866,
  },
  {
    name: 'ev-battery-recall',
    about: 'a carmaker recalling 48,000 electric cars over a battery fault linked to fires',
    right: 0.483,
    oneClick: 0.85,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.866,
  },
  {
    name: 'measles-outbreak',
    about: 'a measles outbreak at three primary schools',
    right: 0.433,
    oneClick: 0.841,
    wrong: 0.042,
    offTopic: 1.0,
    notIn: 0.666,
  },
  // Held-out sets CW, CX and CY (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-06 (from 08:19 UTC), measured blind on a2627c4 and,
  // unread, on 4ef2374 and b78f63d, the same each time, then released at the end
  // of that session; floors at the last measurement.
  {
    name: 'jazz-pianist-obituary',
    about: 'an obituary of a jazz pianist who founded a music school',
    right: 0.366,
    oneClick: 0.808,
    wrong: 0.042,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'cup-final-penalty',
    about: 'a cup final won by ten men, the losers fuming over a late penalty',
    right: 0.333,
    oneClick: 0.741,
    wrong: 0.092,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'mobile-network-outage',
    about: 'a nine-hour mobile network outage that blocked emergency calls',
    right: 0.408,
    oneClick: 0.841,
    wrong: 0.075,
    offTopic: 1.0,
    notIn: 0.766,
  },
  // Held-out sets CZ, DA and DB (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-06 (from 11:11 UTC), measured blind on 6ee496d and unread on 15aee8f, 114755f and 5a8e4e3,
  // then released at the end of that session; floors at the last measurement.
  {
    name: 'acid-tanker-derailment',
    about: 'a freight train derailment that leaked acid and emptied homes',
    right: 0.375,
    oneClick: 0.758,
    wrong: 0.067,
    offTopic: 1.0,
    notIn: 0.8,
  },
  {
    name: 'festival-cancelled',
    about: 'a music festival cancelled two days before opening',
    right: 0.391,
    oneClick: 0.816,
    wrong: 0.034,
    offTopic: 0.97,
    notIn: 0.933,
  },
  {
    name: 'medieval-graves-estate',
    about: 'medieval graves and a coin hoard that halt a housing estate',
    right: 0.3,
    oneClick: 0.8,
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.8,
  },
  // Held-out sets DC, DD and DE (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-06 (from 14:08 UTC), measured blind on ab39541 and unread on 6b6fa3e, e70589b, 1069c5d, 264284d and 2cbac30,
  // then released at the end of that session; floors at the last measurement.
  {
    name: 'tennis-doping-ban',
    about: "a tennis player's doping ban upheld by a tribunal",
    // 0.425 → 0.416 (51 → 50 right) once a role the article gives one person stood for them (role41).
    right: 0.416,
    oneClick: 0.791,
    // 0.084 → 0.092 (10 → 11 wrong) once a role the article gives one person stood for them (role41).
    wrong: 0.092,
    offTopic: 0.996,
    notIn: 0.733,
  },
  {
    name: 'tractor-protest',
    about: 'farmers blocking a ring road with tractors over a subsidy cut',
    right: 0.441,
    oneClick: 0.791,
    wrong: 0.1,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'prisoner-escape',
    about: 'a prisoner who fled a hospital escort and was caught four days later',
    right: 0.308,
    oneClick: 0.741,
    wrong: 0.084,
    offTopic: 1.0,
    notIn: 0.8,
  },
  // Held-out sets DF, DG and DH (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-06 (from 17:04 UTC), measured blind on e1870b3 and unread on 89121e5,
  // then released at the end of that session; floors at the last measurement.
  {
    name: 'whale-refloated',
    about: 'a stranded humpback whale refloated after a day-long rescue',
    right: 0.3,
    oneClick: 0.683,
    wrong: 0.1,
    offTopic: 1.0,
    notIn: 0.9,
  },
  {
    name: 'tourist-tax-vote',
    about: "a historic city's narrow vote for a nightly tourist tax",
    right: 0.358,
    oneClick: 0.808,
    wrong: 0.042,
    // Two small-talk messages answered: "what's a good base salary for a junior dev"
    // (the tax's yield) and "is there a basketball court near me" (a hoteliers' chair).
    offTopic: 0.993,
    notIn: 0.966,
  },
  {
    name: 'unclaimed-jackpot',
    about: 'an appeal for the holder of an unclaimed lottery jackpot',
    right: 0.391,
    oneClick: 0.783,
    wrong: 0.092,
    offTopic: 0.996,
    notIn: 0.866,
  },
  // Held-out sets DI, DJ and DK (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-06 (from 19:45 UTC), measured blind on 3539bde,
  // then released early in that session; floors at the last measurement.
  {
    name: 'street-sinkhole',
    about: 'a sinkhole that swallowed a car and emptied a street',
    right: 0.375,
    oneClick: 0.708,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.833,
  },
  {
    name: 'cooling-towers-demolished',
    about: "a closed power station's cooling towers demolished",
    right: 0.383,
    // 0.791 until names asked outright (2026-12-07, name40): "whats the name of the company
    // that wants to build houses there" no longer has the right sentence among its suggestions.
    oneClick: 0.783,
    wrong: 0.042,
    // The small-talk "first date ideas?" is answered by when plans will be lodged.
    offTopic: 0.996,
    notIn: 0.9,
  },
  {
    name: 'youngest-grandmaster',
    about: "a schoolgirl who became her country's youngest chess grandmaster",
    right: 0.166,
    oneClick: 0.666,
    wrong: 0.042,
    // Three answered: "how do i become an intensive care nurse" (a parent who is one),
    // "what time is it in new york" (a club's 9pm) and "cool beans" (beans on toast).
    offTopic: 0.99,
    notIn: 0.8,
  },
  // Held-out sets DL, DM and DN (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-06 (from 22:23 UTC), measured blind on 9b544cc,
  // then released early in that session; floors at the last measurement.
  {
    name: 'last-bank-branch',
    about: "a market town's last bank branch to close",
    right: 0.45,
    oneClick: 0.808,
    wrong: 0.075,
    offTopic: 1.0,
    notIn: 0.9,
  },
  {
    name: 'osprey-eggs-stolen',
    about: 'osprey eggs stolen from a reservoir nest',
    right: 0.316,
    oneClick: 0.75,
    wrong: 0.042,
    offTopic: 1.0,
    notIn: 0.833,
  },
  {
    name: 'timber-ship-aground',
    about: 'a timber ship aground on an estuary sandbank',
    right: 0.35,
    oneClick: 0.75,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.7,
  },
  // Held-out sets DO, DP and DQ (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-07 (from 01:15 UTC), measured blind on 34dd395,
  // then released early in that session; floors at the last measurement.
  {
    name: 'pool-chlorine-leak',
    about: 'a chlorine gas leak at a leisure centre pool',
    right: 0.4,
    oneClick: 0.8,
    wrong: 0.067,
    offTopic: 1.0,
    notIn: 0.833,
  },
  {
    name: 'landlord-mould-fine',
    about: "a landlord fined over a family's black mould",
    right: 0.416,
    oneClick: 0.808,
    wrong: 0.025,
    offTopic: 1.0,
    notIn: 0.933,
  },
  {
    name: 'garden-comet',
    about: 'a retired postwoman finds a comet from her garden',
    right: 0.333,
    oneClick: 0.683,
    wrong: 0.067,
    offTopic: 1.0,
    notIn: 0.966,
  },
  // Held-out sets DR, DS and DT (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-07 (from 04:08 UTC), measured blind on a11f2fc,
  // then released early in that session; floors at the last measurement.
  {
    name: 'balloon-hard-landing',
    about: "a hot-air balloon's hard landing in a field",
    right: 0.308,
    oneClick: 0.625,
    wrong: 0.159,
    offTopic: 1.0,
    notIn: 0.866,
  },
  {
    name: 'cruise-norovirus',
    about: 'a norovirus outbreak on a cruise ship',
    right: 0.333,
    oneClick: 0.758,
    wrong: 0.1,
    offTopic: 1.0,
    notIn: 0.8,
  },
  // 0.783 within one click and 0.067 wrong until BeeAlert ("a voluntary register") was
  // drafted a body, not a place (2026-12-07): "who actually did the spraying, the farmer?"
  // is answered with the sentence naming it, where the contractor was one click away.
  {
    name: 'beekeeper-hives-sprayed',
    about: "a beekeeper's hives lost after crop spraying",
    right: 0.433,
    oneClick: 0.775,
    wrong: 0.075,
    offTopic: 1.0,
    notIn: 0.833,
  },
  // Held-out sets DU, DV and DW (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-07 (from 07:00 UTC), measured blind on 349b08b,
  // then released early in that session; floors at the first measurement.
  {
    name: 'care-home-closure',
    about: "a care home's closure at short notice",
    right: 0.575,
    oneClick: 0.883,
    wrong: 0.084,
    offTopic: 1.0,
    // 0.6 until the same day's ingest fixes and role41 (2026-12-07): "is brightwater helping
    // families find new homes at all" (Brightwater now a body) and "what did the mp's party
    // say about it" (read as about the MP herself) are answered.
    notIn: 0.533,
  },
  {
    name: 'lorry-bridge-strike',
    about: 'a lorry striking a railway bridge',
    right: 0.55,
    oneClick: 0.883,
    wrong: 0.05,
    // "where can i get advance tickets for the concert", a shared small-talk message, is
    // answered with the buses accepting rail tickets.
    offTopic: 0.996,
    notIn: 0.9,
  },
  // 0.466 right until "Fridays" (of "most Fridays") was no longer drafted a person
  // (2026-12-07): "how long has joan been going there" was answered by that card.
  {
    name: 'trattoria-hygiene-zero',
    about: "a restaurant's hygiene rating cut to zero",
    right: 0.458,
    // 0.858 within one click and 0.084 wrong until where41 (2026-12-07): "according to the
    // owner where were the droppings" is answered with the inspectors' places for them.
    oneClick: 0.85,
    wrong: 0.092,
    // "what time is it in new york", one of its own off-topic messages, is answered with
    // the day the rating was published.
    offTopic: 0.996,
    notIn: 0.9,
  },
  // Held-out sets DX, DY and DZ (120 / 35 / 30 each, the shared small-talk messages
  // added), written on 2026-12-07 (from 09:53 UTC), measured blind on 93d6d4a,
  // then released early in that session; floors at the first measurement.
  {
    name: 'streetlights-switch-off',
    about: "a council's plan to switch streetlights off at night",
    right: 0.608,
    oneClick: 0.883,
    wrong: 0.05,
    offTopic: 1.0,
    notIn: 0.733,
  },
  {
    name: 'park-dog-attack',
    about: 'a dog attacking a jogger and a spaniel in a park',
    right: 0.375,
    oneClick: 0.758,
    wrong: 0.084,
    offTopic: 1.0,
    notIn: 0.8,
  },
  {
    name: 'students-in-hotels',
    about: 'first-year students put in hotels while their hall is unfinished',
    // 0.491 until the same day's ingest fixes: "what did the dad say they were sold" is
    // held back (right within one click) once the father's card gives his home town.
    right: 0.483,
    oneClick: 0.841,
    wrong: 0.075,
    // "what's everyone playing", a shared small-talk message, is answered with a student's
    // "Everyone is being kind".
    offTopic: 0.996,
    notIn: 0.733,
  },
  // The held-out sets EA, EB and EC (each with the shared small-talk messages
  // added), written on 2026-12-07 (from 12:48 UTC), measured blind on 13c0ea4,
  // then released early in that session; floors at the first measurement.
  {
    name: 'village-pub-buyout',
    about: "villagers racing to buy their pub against a builder's bid",
    right: 0.4,
    oneClick: 0.85,
    wrong: 0.067,
    offTopic: 1.0,
    notIn: 0.7,
  },
  {
    name: 'ichthyosaur-beach-find',
    about: 'a boy finding a fossil on a beach, and who owns it',
    right: 0.441,
    oneClick: 0.825,
    wrong: 0.092,
    offTopic: 1.0,
    notIn: 0.633,
  },
  {
    name: 'motorway-fog-pileup',
    about: 'a motorway pile-up in fog, and the warning signs',
    right: 0.608,
    oneClick: 0.891,
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.8,
  },
  // The held-out sets ED, EE and EF (each with the shared small-talk messages
  // added), written on 2026-12-07 (from 15:48 UTC), measured blind on 02b36aa,
  // then released early in that session; floors at the first measurement.
  {
    name: 'bike-share-collapse',
    about: 'a bike-share firm collapsing and leaving its e-bikes on the streets',
    right: 0.541,
    oneClick: 0.891,
    wrong: 0.025,
    offTopic: 1.0,
    notIn: 0.7,
  },
  {
    name: 'church-clock-silenced',
    about: "a church clock silenced at night after new residents' complaints",
    right: 0.558,
    oneClick: 0.866,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.7,
  },
  {
    name: 'wedding-venue-administration',
    about: "a wedding venue's collapse and its couples' deposits",
    right: 0.575,
    oneClick: 0.858,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.966,
  },
  // The held-out sets EG, EH and EI (each with the shared small-talk messages
  // added), written on 2026-12-07 (from 19:01 UTC), measured blind on 012fc06,
  // then released early in that session; floors at the first measurement.
  {
    name: 'stand-roof-storm',
    about: "a storm tearing the roof off a football club's stand",
    right: 0.508,
    oneClick: 0.816,
    // First 7 wrong; one more since the ground is drafted a place (2026-12-07, 96d3f9d):
    // "ok so who were harwick meant to be playing" gets the chairman's "we do not even know where we are playing".
    wrong: 0.067,
    // Of the shared small-talk messages, "how do i tie a tie" is answered with the cup tie's deadline.
    offTopic: 0.996,
    notIn: 0.833,
  },
  {
    name: 'steam-railway-fires',
    about: "a heritage steam railway's trains blamed for lineside fires",
    right: 0.441,
    oneClick: 0.858,
    wrong: 0.05,
    offTopic: 1.0,
    notIn: 0.9,
  },
  {
    name: 'observation-wheel-stall',
    about: 'a seaside observation wheel stalling with riders on board',
    right: 0.508,
    // First 96 within one click and 6 wrong; "which town is this in" has been answered with
    // the headline and lead since the setting rule (kind45, setting-asked.ts), which name
    // only the "Southmere Eye", not Southmere-on-Sea.
    oneClick: 0.791,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.866,
  },
  // The held-out sets EJ, EK and EL (each with the shared small-talk messages
  // added), written on 2026-12-07 (from 21:48 UTC), measured blind on 07f7582,
  // then released early in that session; floors at the first measurement.
  {
    name: 'canal-breach',
    about: 'a canal breach stranding narrowboats',
    right: 0.525,
    oneClick: 0.866,
    wrong: 0.059,
    // Of the shared small-talk messages, "summarise the plot of hamlet" is answered with
    // the lead ("hamlet" is a kind of village, and the lead's breach is near a village).
    offTopic: 0.996,
    notIn: 0.833,
  },
  {
    name: 'safety-curtain-jam',
    about: "a theatre's opening night halted by a jammed safety curtain",
    right: 0.466,
    oneClick: 0.8,
    wrong: 0.092,
    // "does anyone know what time the stream starts" is answered with the paragraph of what is
    // unclear ("what made the curtain start to descend").
    offTopic: 0.996,
    notIn: 0.7,
  },
  {
    name: 'cycle-lane-removal',
    about: "a council's vote to remove a cycle lane",
    right: 0.5,
    oneClick: 0.891,
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.866,
  },
  // The held-out sets EM, EN and EO (each with the shared small-talk messages
  // added), written on 2026-12-08 (from 00:47 UTC), measured blind on bb432ae,
  // then released early in that session; floors at the first measurement.
  {
    name: 'school-bus-licence',
    about: "a school bus contractor's lost licence",
    right: 0.475,
    oneClick: 0.833,
    wrong: 0.059,
    offTopic: 1.0,
    notIn: 0.766,
  },
  {
    name: 'protected-oak-felled',
    about: 'a protected oak felled overnight',
    right: 0.366,
    oneClick: 0.766,
    wrong: 0.05,
    // Of its own off-topic messages, "what's happening with interest rates" is answered
    // with the article's list of places.
    offTopic: 0.996,
    notIn: 0.8,
  },
  {
    name: 'substation-fire',
    about: 'a substation fire that cut power to a town',
    right: 0.508,
    oneClick: 0.875,
    wrong: 0.034,
    offTopic: 1.0,
    notIn: 0.766,
  },
] as const;

describe.each([...LATER_ARTICLES, ...RELEASED_ARTICLES])(
  'on $about, ingested fresh (its development set)',
  (article) => {
    const report = () => laterReports.get(article.name) as EvalReport;

    itMeetsFloors(article, report);
  },
);

/**
 * The same fresh articles' sets with typos injected (seeded, `typos.ts`),
 * floors at their measurement on the typos10 branch (2026-12-04; 42 and 37
 * right, 3 and 5 wrong, before it read slips of other forms of the story's
 * words, split words and run-together question words). teachers-strike's
 * one-click floor 0.849 until slips stemming as another story word were
 * corrected (102 -> 101 of 120; maternity-unit gained 2 right directly).
 */
const SEEDED_TYPO_FLOORS = [
  {
    name: 'rail-timetable',
    right: 0.349,
    oneClick: 0.824,
    wrong: 0.026,
    notIn: 0.866,
    offTopic: 1.0,
  },
  {
    name: 'teachers-strike',
    // 45 → 46 right once the one person or place asked, beside the reader's word, was given (typed15).
    right: 0.383,
    oneClick: 0.841,
    wrong: 0.043,
    // 90% once "the 2011 strike" was not answered by "since 2011" (2026-12-04, notin12).
    notIn: 0.9,
    offTopic: 0.996,
  },
] as const;

describe.each(SEEDED_TYPO_FLOORS)('on $name ingested fresh, with typos injected', (article) => {
  const report = () => typoReports.get(article.name) as EvalReport;

  itMeetsFloors(article, report);
});

// The ranking alone (the engine answering with its best unit), apart from
// the answer-or-abstain decision: measured 2026-12-02.
describe('on every article ingested fresh, with the engine answering its best unit', () => {
  it.each([
    // 0.77 until "the Mediterranean" was drafted as the place it is (2026-12-02,
    // 710 → 707 of 922): its card repeats a sentence and shifts three near ties;
    // 710 again once general English read more of readers' everyday words.
    // 0.774 (714) once a sentence reading on from the one before ("Forecasters
    // expect that…") is matched with half of that one's words too.
    // 0.779 (719) once a date or number far from the question's words weighs less.
    // 0.781 (721 of 922) once a pair made from a template is held to the kind a "which" names.
    // 0.780 (720) once a bare "help" names nothing: "…after russia helped
    // assad?" reads "helped" as chat, abstains as before, and its first
    // suggestion changed.
    // 0.786 (725) while "assad's first name" was ranked on "assad" alone; reverted
    // (2026-12-02), as it also dropped "full name" from questions that curated
    // phrasings hold: 721 with the day's other changes. 0.785 (724) with the night's
    // roles and speakers read at ingest (2026-12-02).
    // 0.790 (729) once a "she" held answers to the one woman the article names (2026-12-03).
    // 0.788 (727) once WordNet's multi-word verbs were read: "kicked out" as "ousted"
    // ranks the ousting first where the reader asks where he went, or what followed.
    // 0.792 (731) once a reader's slip of a word the story relates to ("weapns",
    // "electricty") reached the story's words for it (2026-12-03).
    // 0.804 (742; 737 on main at 15b0026) once a yes-or-no about "russia's only naval
    // base" put the sentence saying "its only naval base" first (2026-12-03).
    // 0.821 (757) once an answer without the kind asked for was demoted twice, and a
    // "first name" wanted the full name of the one it names (2026-12-03, evening).
    // 0.84 (775) with the night merge (2026-12-03): readers' words for everyday news ideas.
    // 0.844 (779) once reporters in the story were not the byline and areas of
    // activity not places (2026-12-03, night).
    // 0.850 (784) once a country's adjective ("russian") reached the country (2026-12-04).
    ['bundled', 0.85],
    // 0.76, 0.72 and 0.68 until general English read more of readers' everyday words (2026-12-02);
    // 0.78, 0.73 and 0.69 until a sentence reading on borrowed the words before it.
    // 0.79 and 0.75 until a "how old", a "what time" and a "what day" knew an age, a time of day and a weekday;
    // halden then lost one (0.80 → 0.79) when a question after one fact got no article-wide list
    // (2026-12-02): the dates list held the year of "how old is that facility, like what year";
    // the same change took "what date is the final" off a wrong list answer.
    // 0.80 once a sentence saying only that some other fact is not known ("He said it was
    // too early to say how many…") no longer answers a question after a fact (2026-12-03).
    // 0.85 with the evening merge (2026-12-03): a "how many" of a thing the
    // article never names ranks units giving an amount first.
    ['halden-boil-water', 0.85],
    // 0.75 once a determiner ended a name ("She told the court" names no court; 2026-12-03):
    // "what's the next step here…" is no longer held to a sentence with "… the next step",
    // and another sentence comes first.
    // 0.78 (2026-12-03, night merge).
    // 0.77 once chat leading up to a question was read past (leading-chat.ts, 2026-12-05).
    ['port-valdora-ruling', 0.77],
    // 0.74 once a quote pair was phrased with every content word of its sentences (2026-12-02).
    // 0.76 once a "what is X" wanted the sentence saying what X is (2026-12-03).
    // 0.79 (2026-12-03, night merge).
    ['harlow-falls-flood', 0.79],
    // 0.60 at first measurement; one near tie changed places (2026-12-02).
    // 0.60 again once a "how old" wanted an age.
    // 0.63 with readers' words for jet lag and the like (2026-12-02, night).
    // 0.64 once a quote pair was phrased with every content word of its sentences.
    // 0.70 with the evening merge (2026-12-03).
    // 0.71 (2026-12-03, night merge).
    ['weekend-sleep-study', 0.71],
    // 0.65 until a "what %" wanted a share, not any number (0.66), then "who is the <role>"
    // joined a person's card (2026-12-02): see above. 0.67 once its speakers' quotes
    // were given to them, not to whoever spoke before (2026-12-02, night); 0.66 once
    // merged with that night's other work, the speakers' branch measured 0.67 alone.
    // 0.75 (2026-12-03, night merge).
    ['kessington-by-election', 0.75],
    // The four later articles, at their measurement on the evening's merged code (2026-12-02).
    // Raised to the night's merged code (2026-12-02): readers' short forms and words,
    // roles and speakers read at ingest, answers held to what the question asks.
    // rate-decision 0.55 once a quote pair was phrased with every content word of its sentences.
    // 0.57 once a "what is X" wanted the sentence saying what X is (2026-12-03).
    // 0.68 (2026-12-03, night merge).
    ['rate-decision', 0.69],
    // launch-failure 0.68 and cup-semi 0.62 once a sentence saying only that some other
    // fact is not known ("Whether Castellan will play again this season also remains
    // unclear") no longer answers a question after a fact ("whats wrong with castellan";
    // 2026-12-03).
    // launch-failure 0.70 and cup-semi 0.70 (2026-12-03, night merge).
    // cup-semi 0.70 → 0.69 once "whos" was read as "who's" (2026-12-04, wrong14):
    // "whos rovers playing next" now ranks as "who are rovers playing next" always
    // did, a sentence about the players first; the right unit never was for the latter.
    ['launch-failure', 0.7],
    ['cup-semi', 0.69],
    // charity-theft 0.62 once a "he" among several men was none of its women (2026-12-03).
    // 0.66 with the evening merge (2026-12-03).
    ['charity-theft', 0.66],
    // The released held-out sets AC–AJ, on 373ecbb (2026-12-03).
    ['rail-timetable', 0.658],
    ['maternity-unit', 0.808],
    ['museum-bronzes', 0.666],
    // 0.791 once a month asked was held to answers naming it (2026-12-04, notin12).
    ['loyalty-card-breach', 0.791],
    ['airline-grounding', 0.616],
    ['teachers-strike', 0.733],
    ['cough-syrup-recall', 0.625],
    ['landslide-repair', 0.716],
    // The released held-out sets AY, AZ and BA, on 75f0e51 (2026-12-04).
    // ae-closure 0.783 → 0.8, bus-pay-deal 0.725 → 0.758 once "whos" asked as "who's"
    // does and "what does RTWU stand for" wanted the name spelt out (2026-12-04, wrong14).
    ['ae-closure', 0.8],
    ['bus-pay-deal', 0.758],
    ['planning-bribes', 0.666],
    // The released held-out sets BB and BC, on 1444f05 (2026-12-04).
    ['trial-lab-suspended', 0.808],
    ['ferry-winter-cuts', 0.816],
    // The released held-out sets BD, BE and BF, on 5531c76 (2026-12-04).
    ['boil-notice-ecoli', 0.791],
    ['software-layoffs', 0.791],
    ['orchestra-tour', 0.675],
    // The released held-out sets BG, BH and BI, on b1de33c (2026-12-04).
    ['milk-price-fixing', 0.716],
    // 98 → 99 once a role owned by a name of several words was read (2026-12-05).
    ['wildfire-evacuation', 0.825],
    // 0.783 → 0.775 once "Victorian" and "Castlegate" were no longer drafted people
    // (2026-12-05, ents22): "Was the contingency pot enough to cover the overruns?".
    ['tram-line-delay', 0.775],
    // The released held-out sets BJ, BK and BL, on 9def3c0 (2026-12-05).
    // council-ransomware 0.858 → 0.875, lithium-mine-inquiry 0.825 → 0.833 once "Cllr Doyle"
    // and "planning inspector Alan Foyle" were read (2026-12-05, ingest17).
    ['council-ransomware', 0.875],
    ['rent-strike', 0.816],
    ['lithium-mine-inquiry', 0.833],
    // The released held-out sets BM, BN and BO, on 530a963 (2026-12-05).
    // 0.816 → 0.808 with the word-vector neighbours beside WordNet's stand-ins (2026-12-05).
    ['bridge-closure', 0.808],
    // 0.725 → 0.716 (2026-12-05): the figures pair phrased "list the numbers in the article",
    // not "…in the story", ranks first for "list the main people quoted in this article"
    // (abstained before and after; the offered suggestions still hold the quoted people).
    ['club-takeover', 0.716],
    ['exam-paper-leak', 0.808],
    // The released held-out sets BS, BT and BU (2026-12-05).
    ['sewage-fine', 0.725],
    ['school-concrete', 0.75],
    ['zoo-leopard-escape', 0.725],
    // The released held-out sets BV, BW and BX (2026-12-05).
    ['mayor-expenses', 0.65],
    ['hosepipe-ban', 0.775],
    ['factory-fire', 0.7],
    // The released held-out sets BY, BZ and CA (2026-12-05, afternoon).
    ['island-ferry-inspections', 0.658],
    ['baby-food-recall', 0.633],
    ['rural-bus-cuts', 0.7],
    // The released held-out sets CB, CC and CD (2026-12-05, evening).
    ['escooter-suspension', 0.625],
    ['data-centre-approval', 0.716],
    ['lifeboat-rescue', 0.65],
    // The released held-out sets CE, CF and CG (2026-12-05, from 15:08 UTC).
    ['hospital-ransomware', 0.675],
    ['pier-collapse', 0.708],
    ['ticket-fraud-jailed', 0.683],
    // The released held-out sets CH, CI and CJ (2026-12-05, from 17:53 UTC).
    ['airport-last-route', 0.716],
    ['stolen-painting-found', 0.558],
    // 0.625 → 0.616 with the word-vector neighbours beside WordNet's stand-ins (2026-12-05).
    ['marathon-heat', 0.616],
    // The released held-out sets CK, CL and CM (2026-12-05, from 20:42 UTC).
    ['club-expelled', 0.766],
    ['moorland-wildfire', 0.716],
    ['exam-regrade', 0.766],
    // The released held-out sets CN, CO and CP (2026-12-05, from 23:36 UTC).
    ['university-cuts', 0.666],
    ['library-buyout', 0.766],
    ['cyclist-inquest', 0.725],
    // The released held-out sets CQ, CR and CS (2026-12-06, from 02:29 UTC).
    ['river-dam-talks', 0.8],
    ['ev-battery-recall', 0.691],
    ['measles-outbreak', 0.75],
    // The released held-out sets CW, CX and CY (2026-12-06, from 08:19 UTC).
    ['jazz-pianist-obituary', 0.633],
    ['cup-final-penalty', 0.583],
    ['mobile-network-outage', 0.691],
    // The released held-out sets CZ, DA and DB (2026-12-06, from 11:11 UTC).
    ['acid-tanker-derailment', 0.608],
    ['festival-cancelled', 0.633],
    ['medieval-graves-estate', 0.583],
    // The released held-out sets DC, DD and DE (2026-12-06, from 14:08 UTC).
    // 0.558 → 0.541 (67 → 65) once a role the article gives one person stood for them (role41).
    ['tennis-doping-ban', 0.541],
    ['tractor-protest', 0.7],
    ['prisoner-escape', 0.566],
    // The released held-out sets DF, DG and DH (2026-12-06, from 17:04 UTC).
    ['whale-refloated', 0.533],
    ['tourist-tax-vote', 0.658],
    // 0.608 → 0.6 (73 → 72) once a role the article gives one person stood for them (role41).
    ['unclaimed-jackpot', 0.6],
    // The released held-out sets DI, DJ and DK (2026-12-06, from 19:45 UTC).
    ['street-sinkhole', 0.616],
    ['cooling-towers-demolished', 0.641],
    ['youngest-grandmaster', 0.458],
    // The released held-out sets DL, DM and DN (2026-12-06, from 22:23 UTC).
    ['last-bank-branch', 0.65],
    ['osprey-eggs-stolen', 0.591],
    ['timber-ship-aground', 0.666],
    // The released held-out sets DO, DP and DQ (2026-12-07, from 01:15 UTC).
    ['pool-chlorine-leak', 0.616],
    ['landlord-mould-fine', 0.658],
    ['garden-comet', 0.533],
    // The released held-out sets DR, DS and DT (2026-12-07, from 04:08 UTC).
    ['balloon-hard-landing', 0.466],
    ['cruise-norovirus', 0.55],
    // 0.616 until the same day's ingest fixes: "whats the distance between the field and the
    // lady's bee yard" ranks another beekeeper's distance from the field first.
    ['beekeeper-hives-sprayed', 0.608],
    // The released held-out sets DU, DV and DW (2026-12-07, from 07:00 UTC).
    ['care-home-closure', 0.741],
    ['lorry-bridge-strike', 0.716],
    ['trattoria-hygiene-zero', 0.683],
    // The released held-out sets DX, DY and DZ (2026-12-07, from 09:53 UTC).
    ['streetlights-switch-off', 0.783],
    ['park-dog-attack', 0.6],
    ['students-in-hotels', 0.666],
    // The released held-out sets EA, EB and EC (2026-12-07, from 12:48 UTC).
    ['village-pub-buyout', 0.65],
    ['ichthyosaur-beach-find', 0.641],
    ['motorway-fog-pileup', 0.766],
    // The released held-out sets ED, EE and EF (2026-12-07, from 15:48 UTC).
    ['bike-share-collapse', 0.75],
    ['church-clock-silenced', 0.775],
    ['wedding-venue-administration', 0.766],
    // The released held-out sets EG, EH and EI (2026-12-07, from 19:01 UTC).
    ['stand-roof-storm', 0.675],
    ['steam-railway-fires', 0.691],
    ['observation-wheel-stall', 0.683],
    // The released held-out sets EJ, EK and EL (2026-12-07, from 21:48 UTC).
    ['canal-breach', 0.758],
    ['safety-curtain-jam', 0.691],
    ['cycle-lane-removal', 0.758],
    // The released held-out sets EM, EN and EO (2026-12-08, from 00:47 UTC).
    ['school-bus-licence', 0.725],
    ['protected-oak-felled', 0.65],
    ['substation-fire', 0.691],
  ])('ranks the right unit first for the %s set at least %f of the time', (name, floor) => {
    expect(topUnitRight.get(name)).toBeGreaterThanOrEqual(floor);
  });
});

// offtopic-helper.json (177 messages) on every story, measured 2026-12-03:
// 19 of 1947 answered before small talk knew commands to other bots ("!rank"),
// a figure alone ("42"), the channel asked how it is or after now, a countdown,
// a remark of one everyday word or opening on "my", and slang read as a slip.
// One still answered: "drink water and go to bed" (the boil-water article's own
// "drink that water"). "this is fine 🐶🔥" (the cup semi-final's "fine" read as its
// penalties) abstains since "this" before "is" makes a remark, not a question.
describe('on off-topic messages written fresh (offtopic-helper.json), on every story', () => {
  it.each([
    ['curated', 1],
    ['bundled', 1],
    ['halden-boil-water', 0.994],
    ['port-valdora-ruling', 1],
    ['harlow-falls-flood', 1],
    ['weekend-sleep-study', 1],
    ['kessington-by-election', 1],
    ['rate-decision', 1],
    ['launch-failure', 1],
    ['cup-semi', 1],
    ['charity-theft', 1],
    ['rail-timetable', 1],
    ['maternity-unit', 1],
    ['museum-bronzes', 1],
    ['loyalty-card-breach', 1],
    ['airline-grounding', 1],
    ['teachers-strike', 1],
    ['cough-syrup-recall', 1],
    ['landslide-repair', 1],
    ['ae-closure', 1],
    ['bus-pay-deal', 1],
    ['planning-bribes', 1],
    ['trial-lab-suspended', 1],
    // 0.994 → 1 once "good" was no longer read as the ferry story's "God" (2026-12-04, wrong14).
    ['ferry-winter-cuts', 1],
    // 0.988 → 0.994 once "tonight" beside no other word of the story's was the
    // reader's own evening (2026-12-04, wrong15); "drink water and go to bed" is still answered.
    ['boil-notice-ecoli', 0.994],
    ['software-layoffs', 1],
    ['orchestra-tour', 1],
    ['milk-price-fixing', 1],
    ['wildfire-evacuation', 1],
    ['tram-line-delay', 1],
    ['council-ransomware', 1],
    ['rent-strike', 1],
    ['lithium-mine-inquiry', 1],
    ['bridge-closure', 1],
    ['club-takeover', 1],
    // 0.994 → 1 once a sentence reached through stand-ins alone no longer stayed
    // first leaving "chess" unsaid (2026-12-05, wrong18).
    ['exam-paper-leak', 1],
    ['sewage-fine', 1],
    ['school-concrete', 1],
    ['zoo-leopard-escape', 1],
    ['mayor-expenses', 1],
    ['hosepipe-ban', 1],
    ['factory-fire', 1],
    ['island-ferry-inspections', 1],
    ['baby-food-recall', 1],
    ['rural-bus-cuts', 1],
    ['escooter-suspension', 1],
    ['data-centre-approval', 1],
    ['lifeboat-rescue', 1],
    // 1 → 0.994 with the word-vector neighbours (2026-12-05): "who won the french election".
    ['hospital-ransomware', 0.994],
    ['pier-collapse', 0.988],
    ['ticket-fraud-jailed', 0.994],
    ['airport-last-route', 1],
    ['stolen-painting-found', 1],
    ['marathon-heat', 1],
    ['club-expelled', 1],
    ['moorland-wildfire', 1],
    ['exam-regrade', 1],
    ['university-cuts', 1],
    ['library-buyout', 1],
    ['cyclist-inquest', 1],
    ['river-dam-talks', 1],
    ['ev-battery-recall', 1],
    ['measles-outbreak', 1],
    ['jazz-pianist-obituary', 1],
    ['cup-final-penalty', 1],
    ['mobile-network-outage', 1],
    ['acid-tanker-derailment', 1.0],
    // Released batch 12 answered one message each: the festival "what does git rebase
    // actually do" ("git" read as a slip of "gist") still is; the graves "does anyone
    // know a good dentist" abstains since "goods" is no plural of "good" (2026-12-06).
    ['festival-cancelled', 0.994],
    ['medieval-graves-estate', 1],
    ['tennis-doping-ban', 1.0],
    ['tractor-protest', 1.0],
    ['prisoner-escape', 1.0],
    ['whale-refloated', 1.0],
    // "how much tax do i pay on tips" is answered by the tourist tax (2026-12-06).
    ['tourist-tax-vote', 0.994],
    ['unclaimed-jackpot', 1.0],
    ['street-sinkhole', 1.0],
    ['cooling-towers-demolished', 1.0],
    ['youngest-grandmaster', 1.0],
    ['last-bank-branch', 1.0],
    ['osprey-eggs-stolen', 1.0],
    // "where's the memes channel" (the shipping channel) and "what does git rebase actually
    // do" ("git" read as a slip of "gist") are answered on the ship story (2026-12-06).
    ['timber-ship-aground', 0.988],
    ['pool-chlorine-leak', 1.0],
    ['landlord-mould-fine', 1.0],
    ['garden-comet', 1.0],
    ['balloon-hard-landing', 1.0],
    ['cruise-norovirus', 1.0],
    ['beekeeper-hives-sprayed', 1.0],
    // "what's a good savings rate right now" is answered with the home's earlier rating.
    ['care-home-closure', 0.994],
    ['lorry-bridge-strike', 1.0],
    // "what's the score in the cricket" is answered with the rating cut from five to zero.
    ['trattoria-hygiene-zero', 0.994],
    ['streetlights-switch-off', 1.0],
    ['park-dog-attack', 1.0],
    ['students-in-hotels', 1.0],
    ['village-pub-buyout', 1.0],
    ['ichthyosaur-beach-find', 1.0],
    ['motorway-fog-pileup', 1.0],
    ['bike-share-collapse', 1.0],
    ['church-clock-silenced', 1.0],
    // "lost my bank card, what do i do" is answered with the advice to card holders.
    ['wedding-venue-administration', 0.994],
    ['stand-roof-storm', 1.0],
    ['steam-railway-fires', 1.0],
    ['observation-wheel-stall', 1.0],
    // "drink water and go to bed" is answered with the lead, of a canal's water.
    ['canal-breach', 0.994],
    ['safety-curtain-jam', 1.0],
    ['cycle-lane-removal', 1.0],
    ['school-bus-licence', 1.0],
    ['protected-oak-felled', 1.0],
    ['substation-fire', 1.0],
  ])('abstains on the %s story at least %f of the time', (name, floor) => {
    expect(helperOffTopicAbstained.get(name)).toBeGreaterThanOrEqual(floor);
  });
});
