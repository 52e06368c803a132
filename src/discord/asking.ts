import type { CitationInfo } from '../engine/answer.ts';
import type { QuestionSource } from '../metrics.ts';
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
    passageButton: (citation: CitationInfo) => {
      const source = sources.findIndex((s) => s.id === citation.sourceId);
      return source < 0
        ? null
        : encodeButton({ kind: 'passage', source, passage: citation.passage });
    },
  };
}

/** Asks the engine and renders the reply; an empty question gets an example instead. */
export function answerView(ctx: BotContext, question: string, source: QuestionSource): MessageView {
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
  ctx.metrics.questions.inc({ source, outcome: answer.status });
  return view;
}
