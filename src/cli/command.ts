import type { Config } from '../config.ts';
import type { StoryEngine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import type { RenderOptions } from '../render/text/style.ts';

/** The process around a command: streams and terminal facts, passed in so tests can run it. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: NodeJS.ReadableStream;
  /** A person is typing on stdin (so there is no piped input to read). */
  stdinIsTerminal: boolean;
  /** Plain-text output settings for stdout. */
  render: RenderOptions;
}

/** Everything a command may use once its arguments are known to be right. */
export interface CliContext extends CliIO {
  config: Config;
  logger: Logger;
  /** The engine over `config.knowledgeDir`, loaded on first use; throws `KnowledgeError`. */
  engine(): Promise<StoryEngine>;
}

/** A command whose arguments have been parsed: run it, get the exit code. */
export type PreparedCommand = (context: CliContext) => Promise<number>;

/**
 * One `storydesk <name>` subcommand. `parse` checks the arguments before
 * anything is loaded (throwing `UsageError`); what it returns does the work.
 */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Synopsis lines, without the program name, e.g. `ask [--json] "question"`. */
  usage: readonly string[];
  /** `[flag, what it does]` pairs for help. */
  options: readonly (readonly [string, string])[];
  parse(args: readonly string[]): PreparedCommand;
}

/** Writes one value as one line of JSON: the only thing `--json` puts on stdout. */
export function writeJson(context: CliIO, value: unknown): void {
  context.stdout(`${JSON.stringify(value)}\n`);
}
