import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { sourceView } from '../render/source.ts';
import { interactionReply } from '../respond.ts';
import { GUILD_ONLY } from './guild-only.ts';

/** `/source` — the article(s) behind every answer. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'source',
  description: 'The article behind the answers: title, outlet, author, date, and what I cover',
  ...GUILD_ONLY,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Shows the story's articles publicly. */
export async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  await interaction.reply(interactionReply(sourceView(ctx.engine.story())));
}
