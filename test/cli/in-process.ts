/**
 * `storydesk ARGS` run in this process through `runCli`, as `src/cli/main.ts`
 * runs it: no child process and no tsx start-up, so a spec stays quick on a
 * loaded machine. Keep child processes (`process.ts`) for a few smoke tests.
 */
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/run.ts';

/** What one in-process run wrote and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `storydesk ARGS` with piped stdin (empty unless given); configuration comes from process.env. */
export async function cli(args: readonly string[], stdin = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from([stdin]),
    stdinIsTerminal: false,
    render: { color: false },
  });
  return { code, stdout, stderr };
}
