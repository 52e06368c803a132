import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSI_ESCAPE,
  articleTexts,
  CONSOLE,
  isVerbatim,
  KNOWLEDGE_ROOT,
  type ProcessResult,
  runScript,
  sourceDirs,
  sourceFiles,
} from '../cli/process.ts';
import { type ChatResult, chat, startChat } from './in-process.ts';

const articles = articleTexts();
const speakers = sourceFiles<{ entities: { id: string; name: string }[] }>('entities.json')
  .flatMap((file) => file.entities)
  .filter((entity) =>
    sourceFiles<{ quotes: { speaker: string | null }[] }>('quotes.json').some((file) =>
      file.quotes.some((quote) => quote.speaker === entity.id),
    ),
  );
const quotedSpeaker = speakers[0]?.name ?? '';

/** Lines of a quote block (`  > …`), without the marker. */
function quoteBlockLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('  > '))
    .map((line) => line.slice(4));
}

/** Questions echoed above their answers when input is piped. */
function echoedQuestions(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('Q: '));
}

/**
 * The one child-process smoke test of `src/main.ts`: `npm start` as a user
 * pipes into it. The specs after it run the chat in process (`in-process.ts`).
 */
describe('npm start with piped stdin (console chat)', () => {
  let result: ProcessResult;

  beforeAll(async () => {
    const input = [
      'who is zakharova',
      '/timeline',
      `/quote ${quotedSpeaker}`,
      '/quote bases',
      `/who ${quotedSpeaker}`,
      '/source',
      '/help',
      '/frobnicate',
      '',
      'What will the weather be like in Paris tomorrow?',
    ].join('\n');
    result = await runScript(CONSOLE, [], { input: `${input}\n` });
  });

  it('answers every line and exits 0 at the end of input', () => {
    expect(result.code).toBe(0);
    expect(echoedQuestions(result.stdout)).toHaveLength(2);
    expect(result.stderr).toBe('');
  });

  it('shows quotes as quote blocks, every one verbatim from the article', () => {
    const quoted = quoteBlockLines(result.stdout);
    expect(quoted.length).toBeGreaterThan(0);
    for (const line of quoted) expect(isVerbatim(line, articles), line).toBe(true);
  });

  it('attributes quotes to speaker, outlet and paragraph', () => {
    expect(result.stdout).toMatch(new RegExp(`^ {2}— ${quotedSpeaker}, `, 'm'));
    expect(result.stdout).toMatch(/ · ¶\d+$/m);
  });

  it('reads /quote NAME as a speaker', () => {
    expect(result.stdout).toContain(`Quotes by ${quotedSpeaker}`);
  });

  it('answers /timeline, /who, /source and /help', () => {
    expect(result.stdout).toMatch(/^Timeline$/m);
    expect(result.stdout).toMatch(new RegExp(`^${quotedSpeaker} \\(person\\)$`, 'm'));
    expect(result.stdout).toContain('/quote [who or topic]');
  });

  it('hints at /help for an unknown command', () => {
    expect(result.stdout).toMatch(/There is no \/frobnicate command.*\/help/);
  });

  it('says when the article does not cover a question, and suggests some it does', () => {
    const tail = result.stdout.slice(result.stdout.lastIndexOf('Q: '));
    expect(tail).toMatch(/does not say/);
    expect(tail).toMatch(/^ {2}• /m);
  });

  it('uses no colour when stdout is not a terminal', () => {
    expect(result.stdout).not.toContain(ANSI_ESCAPE);
  });
});

describe('the console chat fed hostile input', () => {
  const questions = [
    '@everyone @here ping',
    '🎉🎉🎉 😀 🇷🇺',
    'who is \u0000zakharova\u001b[31m red \u0007',
    '\u202eevil bidi override',
    'x'.repeat(10_000),
  ];
  let result: ChatResult;

  beforeAll(async () => {
    const input = [
      '',
      '   ',
      '/',
      '/who',
      `/who ${'y'.repeat(10_000)}`,
      `/quote \u001b]0;title\u0007`,
      ...questions,
    ];
    result = await chat(`${input.join('\n')}\n`);
  });

  it('answers every question and exits 0', () => {
    expect(result.code).toBe(0);
    expect(echoedQuestions(result.stdout)).toHaveLength(questions.length);
    expect(result.errors).toEqual([]);
  });

  it('never echoes control characters back to the terminal', () => {
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u0007');
    expect(result.stdout).not.toContain('\u0000');
  });

  it('does not repeat a 10,000-character line in full', () => {
    expect(Math.max(...result.stdout.split('\n').map((line) => line.length))).toBeLessThan(1000);
  });
});

describe('leaving the console chat', () => {
  for (const command of ['/quit', '/exit']) {
    it(`${command} stops before the next line and exits 0`, async () => {
      const result = await chat(`who is zakharova\n${command}\nwhen was assad ousted\n`);
      expect(result.code).toBe(0);
      expect(echoedQuestions(result.stdout)).toEqual(['Q: who is zakharova']);
    });
  }

  it('Ctrl-C (SIGINT) exits 0', async () => {
    const running = startChat();
    running.stdin.write('who is zakharova\n');
    await running.firstOutput;
    running.signals.emit('SIGINT');
    expect((await running.result).code).toBe(0);
  });
});

describe('npm start with something wrong', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'storydesk-console-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('lists every knowledge problem on stderr and exits 1 without starting', async () => {
    const dir = path.join(scratch, 'broken');
    cpSync(KNOWLEDGE_ROOT, dir, { recursive: true });
    const [sourceDir = ''] = sourceDirs(dir);
    const quotesFile = path.join(sourceDir, 'quotes.json');
    const json = JSON.parse(readFileSync(quotesFile, 'utf8'));
    json.quotes[0].text = `${json.quotes[0].text} and words nobody said`;
    writeFileSync(quotesFile, JSON.stringify(json));

    const result = await chat('who is zakharova\n', { KNOWLEDGE_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${path.relative(dir, quotesFile)}: $.quotes[0]`);
  });

  it('reports bad configuration by variable name and exits 1', async () => {
    const result = await chat('', { LOG_LEVEL: 'chatty' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LOG_LEVEL');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
