import {
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { helpView } from '../render/help.ts';
import type { CommandRequest } from '../request.ts';
import { type InteractionResponse, replyResponse } from '../respond.ts';
import { data as askStoryDesk } from './ask-storydesk.ts';
import { EVERYWHERE } from './install.ts';

/** `/help` — a short guide with examples. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  description: 'How to ask StoryDesk about the story, with examples',
  ...EVERYWHERE,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Only the reader sees the guide: it would be noise in the channel. */
export function execute(request: CommandRequest, ctx: BotContext): InteractionResponse {
  const view = helpView(ctx.engine.story(), {
    botName: request.botName,
    // Mentions need the bot in a server channel, and a gateway connection.
    mentions: ctx.mentions && request.guildId !== null,
    contextMenu: askStoryDesk.name,
    speaker: ctx.engine.speakers()[0],
    name: ctx.engine.whoNames('')[0],
    questionLogDays: ctx.recorder.retentionDays,
  });
  return replyResponse(view);
}
