import { describe, expect, it } from 'vitest';
import { cli } from './in-process.ts';

describe.concurrent('storydesk with bad arguments', () => {
  const cases: [string, string[]][] = [
    ['an unknown command', ['frobnicate']],
    ['an unknown flag', ['timeline', '--colour']],
    ['a flag missing its value', ['quote', '--speaker']],
    ['who without a name', ['who', '--json']],
  ];

  for (const [what, args] of cases) {
    it(`prints the usage on stderr and exits 2 for ${what}`, async () => {
      const result = await cli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage: storydesk');
      expect(result.stdout).toBe('');
    });
  }
});

describe.concurrent('storydesk help', () => {
  it('--help lists every command on stdout and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['ask', 'timeline', 'quote', 'who', 'source', 'check']) {
      expect(result.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    }
  });

  it("help <command> shows that command's options", async () => {
    const result = await cli(['help', 'quote']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: storydesk quote');
    expect(result.stdout).toContain('--speaker');
  });
});
