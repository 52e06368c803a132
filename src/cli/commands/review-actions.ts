/** What `storydesk review` does, loaded only when it runs (see review.ts). */
import writeFileAtomic from 'write-file-atomic';
import { loadKnowledge } from '../../knowledge/load.ts';
import { AcceptRefused, acceptPhrasing } from '../../question-log/accept.ts';
import { openQuestionLog, type QuestionLogDatabase } from '../../question-log/database.ts';
import { QuestionLogError } from '../../question-log/errors.ts';
import { buildReportData } from '../../question-log/report.ts';
import { renderReportHtml } from '../../question-log/report-html.ts';
import { buildReview } from '../../question-log/review.ts';
import { renderReviewText } from '../../question-log/review-text.ts';
import { rejectQuestion as hideQuestion } from '../../question-log/store.ts';
import { printable } from '../../render/text/clean.ts';
import { type CliContext, writeJson } from '../command.ts';
import { PROGRAM } from '../usage.ts';

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

/** `review` and `review --json`. */
export async function showReview(context: CliContext, json: boolean): Promise<number> {
  const kb = await loadKnowledge(context.config.knowledgeDir);
  return withLog(context, async (log) => {
    const review = await buildReview(log.db, kb);
    if (json) writeJson(context, review);
    else context.stdout(`${renderReviewText(review, context.render)}\n`);
    return 0;
  });
}

/** `review reject`. */
export function rejectQuestion(context: CliContext, question: string): Promise<number> {
  return withLog(context, async (log) => {
    await hideQuestion(log.db, question, new Date());
    context.stdout(`Rejected: “${printable(question, 200)}” no longer appears in reviews.\n`);
    return 0;
  });
}

/** `review accept`: exit 2 when refused. */
export async function acceptQuestion(
  context: CliContext,
  question: string,
  pair: string,
): Promise<number> {
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

/** `review report --html FILE`. */
export async function writeReport(context: CliContext, file: string): Promise<number> {
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
