import type { Answer, CitationInfo } from '../engine/answer.ts';
import type { QuestionSource } from '../metrics.ts';
import { questionEvent } from '../question-log/events.ts';
import type { BotContext } from './context.ts';
import { encodeButton } from './custom-ids.ts';
import { ReplyableError } from './errors.ts';
import { cooldownNotice, NOTICES } from './messages.ts';
import { questionKey } from './question-catalog.ts';
import { type AnswerLinks, askView } from './render/answer.ts';
import type { MessageView } from './render/view.ts';

/** A refused question: the reader asked too fast. */
export class CooldownError extends ReplyableError {}

/**
 * Counts a question against the reader's cooldown, refusing politely when
 * they ask too fast. Shared by `/ask`, buttons, the context menu and mentions.
 */
export function takeCooldown(ctx: BotContext, userId: string, source: QuestionSource): void {
  const retryAfter = ctx.cooldown.take(userId);
  if (retryAfter > 0) {
    ctx.metrics.cooldownRefusals.inc({ source });
    const { questions, windowMs } = ctx.cooldown.settings;
    throw new CooldownError(cooldownNotice(questions, windowMs, retryAfter));
  }
}

/**
 * Buttons that point back into this engine: questions by key, passages by
 * index. Only questions the catalog held from the start get a button, never
 * one remembered later: another replica, or this one after a restart, must
 * be able to read every id it is sent.
 */
export function answerLinks(ctx: BotContext): AnswerLinks {
  const sources = ctx.engine.story().sources;
  return {
    askButton: (question) =>
      ctx.questions.has(question)
        ? encodeButton({ kind: 'ask', key: questionKey(question) })
        : null,
    feedbackButton: (answer: Answer, helpful: boolean) =>
      answer.match && ctx.recorder.enabled
        ? encodeButton({ kind: 'feedback', helpful, unit: answer.match })
        : null,
    passageButton: (citation: CitationInfo) => {
      const source = sources.findIndex((s) => s.id === citation.sourceId);
      return source < 0
        ? null
        : encodeButton({ kind: 'passage', source, passage: citation.passage });
    },
  };
}

/** Where a question was asked, for metrics and the question log; never who asked it. */
export interface AskedWhere {
  source: QuestionSource;
  /** The server, or null in DMs. */
  guildId: string | null;
  /** The reader's earlier question, when they asked this one by clicking a suggestion. */
  pickedFor?: string | null;
}

/**
 * Asks the engine, records the question (and a suggestion the reader picked
 * for an earlier question) in the question log, and renders the reply. An
 * empty question gets an example instead.
 */
export function answerView(ctx: BotContext, question: string, asked: AskedWhere): MessageView {
  if (question.trim() === '') {
    const example = ctx.engine.story().examples[0] ?? 'What is this article about?';
    throw new ReplyableError(`${NOTICES.emptyQuestion}“${example}”`);
  }
  const stopTimer = ctx.metrics.answerSeconds.startTimer();
  const answer = ctx.engine.ask(question);
  ctx.logger.info('answered', {
    status: answer.status,
    confidence: answer.confidence,
    match: answer.match?.id ?? null,
  });
  const view = askView(answer, { scope: ctx.engine.story().scope }, answerLinks(ctx));
  stopTimer();
  ctx.metrics.questions.inc({ source: asked.source, outcome: answer.status });
  if (!ctx.recorder.enabled) return view;
  ctx.recorder.record(questionEvent(question, answer, asked));
  if (asked.pickedFor && answer.match?.kind === 'qa') {
    ctx.recorder.recordPick({
      question: asked.pickedFor,
      pairId: answer.match.id,
      guildId: asked.guildId,
      source: asked.source,
    });
  }
  return view;
}
