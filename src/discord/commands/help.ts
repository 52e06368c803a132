import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { helpView } from '../render/help.ts';
import { interactionReply } from '../respond.ts';
import { data as askStoryDesk } from './ask-storydesk.ts';
import { GUILD_ONLY } from './guild-only.ts';

/** `/help` — a short guide with examples. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'help',
  description: 'How to ask StoryDesk about the story, with examples',
  ...GUILD_ONLY,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Only the reader sees the guide: it would be noise in the channel. */
export async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  const view = helpView(ctx.engine.story(), {
    botName: interaction.client.user.username,
    contextMenu: askStoryDesk.name,
    speaker: ctx.engine.speakers()[0],
    name: ctx.engine.whoNames('')[0],
  });
  await interaction.reply(interactionReply(view));
}
