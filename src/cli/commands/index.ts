/**
 * Every `storydesk` subcommand, in the order `--help` lists them.
 *
 * To add one: write `src/cli/commands/<name>.ts` exporting a `CliCommand`
 * (see `../command.ts`: a name, help text, and `parse(args)` returning the
 * function that runs it), then import it here and add it to the list.
 */
import type { CliCommand } from '../command.ts';
import { askCommand } from './ask.ts';
import { checkCommand } from './check.ts';
import { explainCommand } from './explain.ts';
import { ingestCommand } from './ingest.ts';
import { quoteCommand } from './quote.ts';
import { reviewCommand } from './review.ts';
import { sourceCommand } from './source.ts';
import { timelineCommand } from './timeline.ts';
import { whoCommand } from './who.ts';

/** The registry `storydesk` dispatches on. */
export const COMMANDS: readonly CliCommand[] = [
  askCommand,
  explainCommand,
  timelineCommand,
  quoteCommand,
  whoCommand,
  sourceCommand,
  checkCommand,
  ingestCommand,
  reviewCommand,
];
