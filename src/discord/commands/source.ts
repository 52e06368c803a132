import {
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { sourceView } from '../render/source.ts';
import type { CommandRequest } from '../request.ts';
import { type InteractionResponse, replyResponse } from '../respond.ts';
import { EVERYWHERE } from './install.ts';

/** `/source` — the article(s) behind every answer. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'source',
  description: 'The article behind the answers: title, outlet, author, date, and what I cover',
  ...EVERYWHERE,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Shows the story's articles publicly. */
export function execute(_request: CommandRequest, ctx: BotContext): InteractionResponse {
  return replyResponse(sourceView(ctx.engine.story()));
}
