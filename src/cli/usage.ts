import type { CliCommand } from './command.ts';

/** Name the CLI is invoked by in usage text. */
export const PROGRAM = 'storydesk';

/** The overview: every command with its summary. */
export function renderUsage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    `  ${'help'.padEnd(width)}  Show this help, or a command's: ${PROGRAM} help <command>`,
    '',
    `Run \`${PROGRAM} <command> --help\` for a command's options.`,
    'Exit codes: 0 success, 1 failure or nothing found, 2 bad arguments.',
  ].join('\n');
}

/** One command's synopsis and options. */
export function renderCommandUsage(command: CliCommand): string {
  const [first = command.name, ...more] = command.usage;
  const lines = [
    `Usage: ${PROGRAM} ${first}`,
    ...more.map((line) => `       ${PROGRAM} ${line}`),
    '',
    command.summary,
  ];
  if (command.options.length > 0) {
    const width = Math.max(...command.options.map(([flag]) => flag.length));
    lines.push(
      '',
      'Options:',
      ...command.options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    );
  }
  return lines.join('\n');
}
