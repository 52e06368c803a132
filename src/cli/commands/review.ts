import { printable } from '../../render/text/clean.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { UsageError } from '../usage-error.ts';

const ACTIONS = ['accept', 'reject', 'report'] as const;
type Action = (typeof ACTIONS)[number];

/** `storydesk review`: what readers asked that the story did not answer, and the editor's verdicts. */
export const reviewCommand: CliCommand = {
  name: 'review',
  summary: 'Review the question log: unanswered questions, unhelpful answers, gaps, picks.',
  usage: [
    'review [--json]',
    'review accept --question "…" --pair ID',
    'review reject --question "…"',
    'review report --html FILE',
  ],
  options: [
    ['--json', 'Print the review as one JSON object: unanswered, unhelpful, gaps, picked'],
    ['--question TEXT', 'accept/reject: the question, as listed by the review'],
    ['--pair ID', 'accept: the Q&A pair (its id in qa.json) to add the question to'],
    ['--html FILE', 'report: write one self-contained HTML page for editors'],
  ],
  parse(args) {
    const { values, positionals } = parseCommandArgs(args, {
      options: {
        json: { type: 'boolean' },
        question: { type: 'string' },
        pair: { type: 'string' },
        html: { type: 'string' },
      },
      allowPositionals: true,
    });
    const [word, ...extra] = positionals;
    if (extra.length > 0)
      throw new UsageError(`unexpected argument "${printable(extra[0] ?? '', 40)}"`);
    if (word !== undefined && !ACTIONS.includes(word as Action)) {
      throw new UsageError(`unknown review action "${printable(word, 40)}"`);
    }
    const action = word as Action | undefined;
    const allowed: Record<string, readonly string[]> = {
      review: ['json'],
      accept: ['question', 'pair'],
      reject: ['question'],
      report: ['html'],
    };
    const name = action ?? 'review';
    for (const [flag, value] of Object.entries(values)) {
      if (value !== undefined && !allowed[name]?.includes(flag)) {
        throw new UsageError(
          `--${flag} does not go with ${action ? `review ${action}` : 'review'}`,
        );
      }
    }
    const need = (flag: 'question' | 'pair' | 'html'): string => {
      const value = values[flag]?.trim();
      if (!value) throw new UsageError(`review ${name} needs --${flag}`);
      return value;
    };

    // The database drivers load only when a review command runs, not with every command.
    const actions = () => import('./review-actions.ts');
    switch (action) {
      case 'accept': {
        const question = need('question');
        const pair = need('pair');
        return async (context) => (await actions()).acceptQuestion(context, question, pair);
      }
      case 'reject': {
        const question = need('question');
        return async (context) => (await actions()).rejectQuestion(context, question);
      }
      case 'report': {
        const file = need('html');
        return async (context) => (await actions()).writeReport(context, file);
      }
      default: {
        const json = values.json === true;
        return async (context) => (await actions()).showReview(context, json);
      }
    }
  },
};
