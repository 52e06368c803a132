import { type Config, ConfigError, parseConfig } from '../config.ts';
import { createEngine, type StoryEngine } from '../engine/engine.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KnowledgeError } from '../knowledge/problems.ts';
import { createLogger } from '../logger.ts';
import { printable } from '../render/text/clean.ts';
import { renderKnowledgeProblems } from '../render/text/problems.ts';
import type { CliCommand, CliIO, PreparedCommand } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { PROGRAM, renderCommandUsage, renderUsage } from './usage.ts';
import { UsageError } from './usage-error.ts';

/** Exit codes: success, failure or nothing found, bad arguments. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2 });

const HELP_FLAGS = new Set(['--help', '-h']);

/**
 * Runs `storydesk <command> [args]` and returns the exit code. Arguments are
 * checked before configuration and knowledge are loaded, so a typo always
 * gets the usage, whatever else is wrong.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIO,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [name, ...args] = argv;
  const usageFailure = (message: string, command?: CliCommand) => {
    const usage = command ? renderCommandUsage(command) : renderUsage(commands);
    io.stderr(`${PROGRAM}: ${message}\n\n${usage}\n`);
    return EXIT.usage;
  };

  if (name === undefined) return usageFailure('no command given');
  if (name === 'help' || HELP_FLAGS.has(name)) {
    const topic = args[0];
    if (topic === undefined) {
      io.stdout(`${renderUsage(commands)}\n`);
      return EXIT.ok;
    }
    const command = commands.find((c) => c.name === topic);
    if (!command) return usageFailure(`unknown command "${printable(topic, 40)}"`);
    io.stdout(`${renderCommandUsage(command)}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return usageFailure(`unknown command "${printable(name, 40)}"`);
  if (asksForHelp(args)) {
    io.stdout(`${renderCommandUsage(command)}\n`);
    return EXIT.ok;
  }

  let prepared: PreparedCommand;
  try {
    prepared = command.parse(args);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error.message, command);
    throw error;
  }

  let config: Config;
  try {
    config = parseConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.failed;
  }
  const logger = createLogger(config.logLevel).child({ command: command.name });
  let engine: Promise<StoryEngine> | undefined;
  const context = {
    ...io,
    config,
    logger,
    engine: () => {
      engine ??= loadKnowledge(config.knowledgeDir).then((kb) => createEngine(kb));
      return engine;
    },
  };

  try {
    return await prepared(context);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error.message, command);
    if (error instanceof KnowledgeError) {
      io.stderr(`${renderKnowledgeProblems(config.knowledgeDir, error.problems)}\n`);
      return EXIT.failed;
    }
    logger.error('command failed', { error });
    io.stderr(
      `${PROGRAM} ${command.name} failed unexpectedly; the log line above has the details.\n`,
    );
    return EXIT.failed;
  }
}

/** `--help` anywhere before a `--` that ends the options. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => HELP_FLAGS.has(arg));
}
