import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, AnswerSchema } from '../../src/engine/answer.ts';
import { type CliResult, cli } from './in-process.ts';
import {
  ANSI_ESCAPE,
  articleTexts,
  CLI,
  errorLogLines,
  isVerbatim,
  outputLines,
  type ProcessResult,
  runScript,
  sourceFiles,
} from './process.ts';

interface QaFile {
  pairs: { id: string; questions: string[]; featured?: boolean }[];
}

const articles = articleTexts();
const featuredQuestions = sourceFiles<QaFile>('qa.json')
  .flatMap((file) => file.pairs)
  .filter((pair) => pair.featured)
  .map((pair) => pair.questions[0] ?? '');
const OFF_TOPIC = 'What will the weather be like in Paris tomorrow?';
const HOSTILE = [
  '@everyone @here',
  '🎉🎉🎉 😀 who?',
  'who is \u0000zakharova\u001b[31m\u0007',
  '\u202eevil bidi override',
  'x'.repeat(10_000),
];

function parseJsonLines(stdout: string): unknown[] {
  return outputLines(stdout).map((line) => JSON.parse(line));
}

/**
 * The one child-process smoke test of `src/cli/main.ts`: stdin, stdout, exit
 * code and the log as a user gets them. Every other CLI spec runs the
 * commands in process (`in-process.ts`), which costs no tsx start-up.
 */
describe('storydesk ask --json, reading questions from stdin', () => {
  const questions = [...featuredQuestions, OFF_TOPIC, ...HOSTILE];
  let result: ProcessResult;
  let answers: Answer[];

  beforeAll(async () => {
    const input = ['', ...questions.flatMap((q) => [q, '   ']), ''].join('\n');
    result = await runScript(CLI, ['ask', '--json'], { input });
    answers = parseJsonLines(result.stdout).map((line) => AnswerSchema.parse(line));
  });

  it('exits 0 at the end of input', () => {
    expect(result.code).toBe(0);
  });

  it('prints one JSON object per non-blank line, and nothing else on stdout', () => {
    const lines = outputLines(result.stdout);
    expect(lines).toHaveLength(questions.length);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('keeps every line to the Answer contract', () => {
    for (const line of parseJsonLines(result.stdout)) {
      expect(AnswerSchema.safeParse(line).success).toBe(true);
    }
  });

  it('answers in the order the questions came', () => {
    featuredQuestions.forEach((question, i) => {
      expect(answers[i]?.question).toBe(question);
    });
  });

  it('answers the featured questions, each with a quote and a citation', () => {
    const featured = answers.slice(0, featuredQuestions.length);
    expect(featured.length).toBeGreaterThan(0);
    for (const answer of featured) {
      expect(answer.status).toBe('answered');
      expect(answer.quote).not.toBeNull();
      expect(answer.citation?.passage).toBeGreaterThan(0);
    }
  });

  it('quotes only words that are verbatim in the article', () => {
    const quoted = answers.flatMap((answer) => (answer.quote ? [answer.quote.text] : []));
    expect(quoted.length).toBeGreaterThan(0);
    for (const text of quoted) expect(isVerbatim(text, articles), text).toBe(true);
  });

  it('says the article does not cover an off-topic question, and suggests what it does cover', () => {
    const answer = answers[featuredQuestions.length];
    expect(answer?.question).toBe(OFF_TOPIC);
    expect(answer?.status).toBe('unknown');
    expect(answer?.quote).toBeNull();
    expect(answer?.citation).toBeNull();
    expect(answer?.suggestions.length).toBeGreaterThan(0);
  });

  it('answers hostile input (mentions, emoji, control characters, 10k characters) without failing', () => {
    const hostile = answers.slice(featuredQuestions.length + 1);
    expect(hostile).toHaveLength(HOSTILE.length);
    for (const answer of hostile) {
      expect(answer.question).not.toMatch(/[\p{Cc}\u202e]/u);
    }
    expect(errorLogLines(result.stderr)).toEqual([]);
  });
});

describe('storydesk ask --json "question"', () => {
  let result: CliResult;

  beforeAll(async () => {
    result = await cli(['ask', '--json', 'who is zakharova']);
  });

  it('prints exactly one JSON answer', () => {
    expect(result.code).toBe(0);
    const lines = outputLines(result.stdout);
    expect(lines).toHaveLength(1);
    expect(AnswerSchema.safeParse(JSON.parse(lines[0] ?? '')).success).toBe(true);
  });

  it('answers about the spokeswoman', () => {
    const answer = AnswerSchema.parse(JSON.parse(result.stdout));
    expect(answer.status).toBe('answered');
    expect(answer.answer).toMatch(/Zakharova/);
  });
});

describe('storydesk ask "question" (text)', () => {
  let result: CliResult;
  const outlet = sourceFiles<{ outlet: string }>('source.json')[0]?.outlet ?? '';

  beforeAll(async () => {
    result = await cli(['ask', 'who', 'is', 'zakharova']);
  });

  it('joins the words into one question and answers it', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Zakharova/);
  });

  it('shows the verbatim quote as a quote block', () => {
    const quoteLines = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('  > '))
      .map((line) => line.slice(4));
    expect(quoteLines.length).toBeGreaterThan(0);
    for (const line of quoteLines) expect(isVerbatim(line, articles), line).toBe(true);
  });

  it('attributes it: a speaker line, then outlet and paragraph', () => {
    expect(result.stdout).toMatch(/^ {2}— \S/m);
    expect(result.stdout).toContain(`${outlet} · `);
    expect(result.stdout).toMatch(/¶\d+/);
  });

  it('gives a modest confidence cue', () => {
    expect(result.stdout).toMatch(/Match: (strong|fair|tentative)/);
  });

  it('uses no colour when stdout is not a terminal', () => {
    expect(result.stdout).not.toContain(ANSI_ESCAPE);
  });
});

describe('storydesk ask (text) with questions piped on stdin', () => {
  it('answers each one under its question', async () => {
    const result = await cli(
      ['ask'],
      `${featuredQuestions.slice(0, 2).join('\n')}\n\n${OFF_TOPIC}\n`,
    );
    expect(result.code).toBe(0);
    const echoed = result.stdout.split('\n').filter((line) => line.startsWith('Q: '));
    expect(echoed).toEqual([...featuredQuestions.slice(0, 2), OFF_TOPIC].map((q) => `Q: ${q}`));
  });
});
