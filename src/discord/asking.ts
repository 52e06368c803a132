import type { CitationInfo } from '../engine/answer.ts';
import type { BotContext } from './context.ts';
import { encodeButton } from './custom-ids.ts';
import { ReplyableError } from './errors.ts';
import { cooldownNotice, NOTICES } from './messages.ts';
import { type AnswerLinks, askView } from './render/answer.ts';
import type { MessageView } from './render/view.ts';

/**
 * Counts a question against the reader's cooldown, refusing politely when
 * they ask too fast. Shared by `/ask`, buttons, the context menu and mentions.
 */
export function takeCooldown(ctx: BotContext, userId: string): void {
  const retryAfter = ctx.cooldown.take(userId);
  if (retryAfter > 0) {
    const { questions, windowMs } = ctx.cooldown.settings;
    throw new ReplyableError(cooldownNotice(questions, windowMs, retryAfter));
  }
}

/** Buttons that point back into this engine: questions by key, passages by index. */
export function answerLinks(ctx: BotContext): AnswerLinks {
  const sources = ctx.engine.story().sources;
  return {
    askButton: (question) => {
      const key = ctx.questions.remember(question);
      return key ? encodeButton({ kind: 'ask', key }) : null;
    },
    passageButton: (citation: CitationInfo) => {
      const source = sources.findIndex((s) => s.id === citation.sourceId);
      return source < 0
        ? null
        : encodeButton({ kind: 'passage', source, passage: citation.passage });
    },
  };
}

/** Asks the engine and renders the reply; an empty question gets an example instead. */
export function answerView(ctx: BotContext, question: string): MessageView {
  if (question.trim() === '') {
    const example = ctx.engine.story().examples[0] ?? 'What is this article about?';
    throw new ReplyableError(`${NOTICES.emptyQuestion}“${example}”`);
  }
  const answer = ctx.engine.ask(question);
  ctx.logger.info('answered', {
    status: answer.status,
    confidence: answer.confidence,
    match: answer.match?.id ?? null,
  });
  return askView(answer, { scope: ctx.engine.story().scope }, answerLinks(ctx));
}
