/** `npm run -s storydesk -- <command>`: the story from the command line, as text or JSON. */
import { exitQuietlyOnClosedPipe, terminalRenderOptions } from '../render/text/terminal.ts';
import { runCli } from './run.ts';

exitQuietlyOnClosedPipe(process.stdout);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  stdinIsTerminal: Boolean(process.stdin.isTTY),
  render: terminalRenderOptions(process.stdout),
});
