import {
  ApplicationCommandType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { answerView, takeCooldown } from '../asking.ts';
import type { BotContext } from '../context.ts';
import { ReplyableError } from '../errors.ts';
import { questionFromMessage } from '../mention.ts';
import { NOTICES } from '../messages.ts';
import type { MessageMenuRequest } from '../request.ts';
import { type InteractionResponse, replyResponse } from '../respond.ts';
import { EVERYWHERE } from './install.ts';

/** Right-click a message → Apps → "Ask StoryDesk": answers that message's text. */
export const data = {
  type: ApplicationCommandType.Message,
  name: 'Ask StoryDesk',
  ...EVERYWHERE,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Reads the target message's text as the question; the reply is the same as `/ask`. */
export function execute(request: MessageMenuRequest, ctx: BotContext): InteractionResponse {
  const question = questionFromMessage(request.targetText);
  if (question === '') throw new ReplyableError(NOTICES.noMessageText);
  takeCooldown(ctx, request.userId, 'menu');
  return replyResponse(answerView(ctx, question, { source: 'menu', guildId: request.guildId }));
}
