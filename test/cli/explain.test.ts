import { describe, expect, it } from 'vitest';
import { cli as storydesk } from './in-process.ts';

describe('storydesk explain "who did bogdanov meet"', () => {
  it('lists the candidates best first, the answer given on top', async () => {
    const { code, stdout } = await storydesk(['explain', '--json', 'who did bogdanov meet']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      status: string;
      candidates: { kind: string; title: string; score: number }[];
    };
    expect(report.status).toBe('answered');
    const scores = report.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(report.candidates.length).toBe(5);
  });

  it('prints one numbered line per candidate as text', async () => {
    const { stdout } = await storydesk(['explain', '--limit', '2', 'who did bogdanov meet']);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('Answered: who did bogdanov meet');
    expect(lines.slice(1)).toHaveLength(2);
    expect(lines[1]).toMatch(/^1\. \d\.\d\d {2}\S+/);
  });
});

describe('storydesk explain with a bad limit', () => {
  it('says what to type and exits 2', async () => {
    const { code, stderr } = await storydesk(['explain', '--limit', '0', 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain('--limit must be a whole number from 1 to 64');
  });
});
