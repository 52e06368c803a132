import writeFileAtomic from 'write-file-atomic';
import { loadKnowledge } from '../../knowledge/load.ts';
import { AcceptRefused, acceptPhrasing } from '../../question-log/accept.ts';
import { openQuestionLog, type QuestionLogDatabase } from '../../question-log/database.ts';
import { QuestionLogError } from '../../question-log/errors.ts';
import { buildReportData } from '../../question-log/report.ts';
import { renderReportHtml } from '../../question-log/report-html.ts';
import { buildReview } from '../../question-log/review.ts';
import { renderReviewText } from '../../question-log/review-text.ts';
import { rejectQuestion } from '../../question-log/store.ts';
import { printable } from '../../render/text/clean.ts';
import { parseCommandArgs } from '../args.ts';
import { type CliCommand, type CliContext, writeJson } from '../command.ts';
import { PROGRAM } from '../usage.ts';
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

    switch (action) {
      case 'accept': {
        const question = need('question');
        const pair = need('pair');
        return (context) => accept(context, question, pair);
      }
      case 'reject': {
        const question = need('question');
        return (context) =>
          withLog(context, async (log) => {
            await rejectQuestion(log.db, question, new Date());
            context.stdout(
              `Rejected: “${printable(question, 200)}” no longer appears in reviews.\n`,
            );
            return 0;
          });
      }
      case 'report': {
        const file = need('html');
        return (context) => report(context, file);
      }
      default: {
        const json = values.json === true;
        return async (context) => {
          const kb = await loadKnowledge(context.config.knowledgeDir);
          return withLog(context, async (log) => {
            const review = await buildReview(log.db, kb);
            if (json) writeJson(context, review);
            else context.stdout(`${renderReviewText(review, context.render)}\n`);
            return 0;
          });
        };
      }
    }
  },
};

/** Opens the log for one command; an unreachable or damaged log is exit 1 with the reason. */
async function withLog(
  context: CliContext,
  run: (log: QuestionLogDatabase) => Promise<number>,
): Promise<number> {
  let log: QuestionLogDatabase;
  try {
    log = await openQuestionLog(context.config.questionLog);
  } catch (error) {
    if (!(error instanceof QuestionLogError)) throw error;
    context.stderr(`${PROGRAM} review: ${error.message}\n`);
    return 1;
  }
  try {
    return await run(log);
  } finally {
    await log.close();
  }
}

async function accept(context: CliContext, question: string, pair: string): Promise<number> {
  try {
    const accepted = await acceptPhrasing(context.config.knowledgeDir, question, pair);
    context.stdout(
      `Accepted: “${printable(accepted.question, 200)}” is now a phrasing of ${accepted.pair} (${accepted.file}).\nReview the change like code, and restart the bot to use it.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof AcceptRefused)) throw error;
    context.stderr(`${PROGRAM} review accept: ${error.message}; nothing was written.\n`);
    return 2;
  }
}

async function report(context: CliContext, file: string): Promise<number> {
  const kb = await loadKnowledge(context.config.knowledgeDir);
  return withLog(context, async (log) => {
    const data = await buildReportData(log.db, kb, new Date());
    try {
      await writeFileAtomic(file, renderReportHtml(data));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      context.stderr(`${PROGRAM} review report: cannot write ${file}: ${reason}\n`);
      return 1;
    }
    context.stdout(`Report written to ${file}\n`);
    return 0;
  });
}
