import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { sourceView } from '../render/source.ts';
import { interactionReply } from '../respond.ts';

/** `/source` — the article(s) behind every answer. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'source',
  description: 'The article behind the answers: title, outlet, author, date, and what I cover',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Shows the story's articles publicly. */
export async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  await interaction.reply(interactionReply(sourceView(ctx.engine.story())));
}
