import type { Logger } from '../logger.ts';
import { handleButton } from './buttons.ts';
import { chatInputCommands, messageMenuCommands } from './commands/index.ts';
import type { BotContext } from './context.ts';
import { decodeButton } from './custom-ids.ts';
import { ReplyableError } from './errors.ts';
import { NOTICES } from './messages.ts';
import { noticeView } from './render/notice.ts';
import { describeRequest, type InteractionRequest } from './request.ts';
import { choicesResponse, type InteractionResponse, replyResponse } from './respond.ts';

/** The logger for one interaction: every line carries command, user and guild. */
export function interactionLogger(request: InteractionRequest, logger: Logger): Logger {
  return logger.child({
    command: describeRequest(request),
    user: request.userId,
    guild: request.guildId,
  });
}

/**
 * The one error boundary per interaction, for every transport. Routes to
 * the command, button or autocomplete handler and returns Discord's
 * response; whatever they throw is logged, and the reader gets a notice
 * instead of "did not respond". Never throws. `ctx.logger` should come
 * from {@link interactionLogger}.
 */
export function answerInteraction(
  request: InteractionRequest,
  ctx: BotContext,
  transport: 'gateway' | 'http',
): InteractionResponse {
  ctx.metrics.interactions.inc({ command: metricLabel(request), transport });
  try {
    return route(request, ctx);
  } catch (error) {
    return failureResponse(request, error, ctx);
  }
}

function route(request: InteractionRequest, ctx: BotContext): InteractionResponse {
  switch (request.kind) {
    case 'autocomplete': {
      const command = chatInputCommands.get(request.command);
      return command?.autocomplete ? command.autocomplete(request, ctx) : choicesResponse([]);
    }
    case 'command': {
      const command = chatInputCommands.get(request.command);
      if (!command) throw new ReplyableError(NOTICES.unknownCommand);
      return command.execute(request, ctx);
    }
    case 'messageMenu': {
      const command = messageMenuCommands.get(request.command);
      if (!command) throw new ReplyableError(NOTICES.unknownCommand);
      return command.execute(request, ctx);
    }
    case 'button':
      return handleButton(request, ctx);
  }
}

/** Tells the reader what went wrong, without internals; autocomplete just offers nothing. */
function failureResponse(
  request: InteractionRequest,
  error: unknown,
  ctx: BotContext,
): InteractionResponse {
  if (error instanceof ReplyableError) {
    ctx.logger.info('told the reader', { reason: error.message });
  } else {
    ctx.metrics.errors.inc({ where: 'handler' });
    ctx.logger.error('interaction failed', { error });
  }
  if (request.kind === 'autocomplete') return choicesResponse([]);
  const view =
    error instanceof ReplyableError
      ? noticeView(error.message, error.title)
      : noticeView(NOTICES.somethingWentWrong);
  return replyResponse(view);
}

/** A bounded label: forged or stale ids and unknown names must not grow the metrics. */
function metricLabel(request: InteractionRequest): string {
  switch (request.kind) {
    case 'button':
      return decodeButton(request.customId) ? describeRequest(request) : 'button:unknown';
    case 'messageMenu':
      return messageMenuCommands.has(request.command) ? request.command : 'unknown';
    default:
      return chatInputCommands.has(request.command) ? describeRequest(request) : 'unknown';
  }
}
