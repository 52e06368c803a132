import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openInThreadWriter } from '../../src/question-log/log-writer.ts';
import { createQuestionRecorder } from '../../src/question-log/recorder.ts';
import { cli } from '../cli/in-process.ts';
import { BACKEND_START_MS, pgliteBackend, recordingLogger } from './backends.ts';
import { copyOfBundledKnowledge, logEnv, pairsIn } from './support.ts';

const run = promisify(execFile);
/** Debian's headless Chromium; .ci/run installs it when missing. */
const CHROMIUM = process.env.CHROMIUM_BIN ?? 'chromium';
const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
];

const backend = pgliteBackend();
let knowledge: Awaited<ReturnType<typeof copyOfBundledKnowledge>>;
let folder: string;
let reportFile: string;
let html: string;
const DAY = 86_400_000;

beforeAll(async () => {
  await backend.start();
  knowledge = await copyOfBundledKnowledge();
  folder = await mkdtemp(path.join(tmpdir(), 'storydesk-report-'));
  reportFile = path.join(folder, 'report.html');
  for (const [key, value] of Object.entries(logEnv(backend.location, knowledge.dir))) {
    vi.stubEnv(key, value);
  }
  const pairs = await pairsIn(knowledge.dir);
  const answerable = pairs.filter((p) => !p.gap);
  const gap = pairs.find((p) => p.gap);
  const recorder = createQuestionRecorder({
    open: () => openInThreadWriter(backend.location),
    logger: recordingLogger().logger,
    retentionDays: 90,
  });
  const now = Date.now();
  // A week of questions: more answered each day, a few not, one gap.
  for (let day = 6; day >= 0; day -= 1) {
    const askedAt = new Date(now - day * DAY);
    for (let i = 0; i < 10 - day; i += 1) {
      const pair = answerable[i % 3]?.id ?? '';
      recorder.record({
        question: `question ${i} on day ${day}`,
        askedAt,
        guildId: null,
        source: 'slash',
        outcome: 'answered',
        unit: { kind: 'qa', id: pair },
        confidence: 0.9,
        suggestions: [],
        alternatives: [],
      });
    }
    for (let i = 0; i <= day % 3; i += 1) {
      recorder.record({
        question:
          day % 2 === 0 ? 'what about the <b>qwertyuiop</b> & co' : 'who sells the flurbles',
        askedAt,
        guildId: null,
        source: 'mention',
        outcome: i === 0 && gap ? 'gap' : 'unknown',
        unit: i === 0 && gap ? { kind: 'qa', id: gap.id } : null,
        confidence: 0.2,
        suggestions: [],
        alternatives: [],
      });
    }
  }
  recorder.recordFeedback({
    unit: { kind: 'qa', id: answerable[0]?.id ?? '' },
    helpful: true,
    guildId: null,
  });
  await recorder.close();
  const result = await cli(['review', 'report', '--html', reportFile]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  html = await readFile(reportFile, 'utf8');
}, BACKEND_START_MS);

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(folder, { recursive: true, force: true });
  await knowledge?.remove();
  await backend.stop();
});

describe('storydesk review report --html', () => {
  it('writes one page that needs nothing from elsewhere: no script, no stylesheet or image links', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(/i);
  });

  it('draws questions per day as an inline SVG, answered against not', () => {
    expect(html).toContain('<svg');
    const bars = html.match(/<title>\d{4}-\d{2}-\d{2}: \d+ answered, \d+ not answered<\/title>/g);
    expect(bars).toHaveLength(7);
  });

  it('escapes what readers typed', () => {
    expect(html).toContain('what about the &lt;b&gt;qwertyuiop&lt;/b&gt; &amp; co');
    expect(html).not.toContain('<b>qwertyuiop</b>');
  });

  it('renders in headless Chromium with the chart and every list', async () => {
    const { stdout: dom } = await run(
      CHROMIUM,
      [...BROWSER_FLAGS, '--dump-dom', `file://${reportFile}`],
      { timeout: 60_000 },
    );
    expect(dom).toMatch(/<svg[^>]*id="questions-per-day"/);
    for (const heading of [
      'Questions per day',
      'Top unanswered questions',
      'Gaps readers hit most',
      'Most useful pairs',
    ]) {
      expect(dom).toContain(`<h2>${heading}</h2>`);
    }
    expect(dom).toContain('who sells the flurbles');
    const screenshot = path.join(folder, 'report.png');
    await run(
      CHROMIUM,
      [
        ...BROWSER_FLAGS,
        '--window-size=1000,1400',
        `--screenshot=${screenshot}`,
        `file://${reportFile}`,
      ],
      { timeout: 60_000 },
    );
    expect((await stat(screenshot)).size).toBeGreaterThan(10_000);
    // To look at it: REPORT_SCREENSHOT=/tmp/report.png npx vitest run test/question-log/report.test.ts
    if (process.env.REPORT_SCREENSHOT) await copyFile(screenshot, process.env.REPORT_SCREENSHOT);
  }, 120_000);
});
