import { joinedPositionals, parseCommandArgs } from '../args.ts';
import { type CliCommand, writeJson } from '../command.ts';
import { UsageError } from '../usage-error.ts';

/** How many candidates `explain` lists unless told otherwise. */
const DEFAULT_CANDIDATES = 5;
const MAX_CANDIDATES = 64;

/**
 * `storydesk explain`: the answers the engine weighed for a question, best
 * first, with their scores, so an editor can see why it answered (or did not)
 * and which pair a new phrasing belongs to.
 */
export const explainCommand: CliCommand = {
  name: 'explain',
  summary: 'List the answers weighed for a question, best first, with their scores.',
  usage: ['explain [--json] [--limit N] "question"'],
  options: [
    [
      '--json',
      'Print {"question", "status", "candidates": [{kind, title, score}]} as one JSON object',
    ],
    [
      '--limit N',
      `How many candidates to list (default ${DEFAULT_CANDIDATES}, at most ${MAX_CANDIDATES})`,
    ],
  ],
  parse(args) {
    const { values, positionals } = parseCommandArgs(args, {
      options: { json: { type: 'boolean' }, limit: { type: 'string' } },
      allowPositionals: true,
    });
    const question = joinedPositionals(positionals);
    if (question === '') throw new UsageError('explain needs a question');
    const limit = values.limit === undefined ? DEFAULT_CANDIDATES : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CANDIDATES) {
      throw new UsageError(`--limit must be a whole number from 1 to ${MAX_CANDIDATES}`);
    }
    return async (context) => {
      const engine = await context.engine();
      const candidates = engine.explain(question, limit);
      const answer = engine.ask(question);
      if (values.json) {
        writeJson(context, { question, status: answer.status, candidates });
        return 0;
      }
      const lines = candidates.map(
        (c, at) => `${at + 1}. ${c.score.toFixed(2)}  ${c.kind.padEnd(8)}  ${c.title}`,
      );
      context.stdout(
        `${[`${answer.status === 'answered' ? 'Answered' : 'Not answered'}: ${question}`, ...lines].join('\n')}\n`,
      );
      return 0;
    };
  },
};
