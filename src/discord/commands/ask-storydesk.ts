import {
  ApplicationCommandType,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { answerView, takeCooldown } from '../asking.ts';
import type { BotContext } from '../context.ts';
import { ReplyableError } from '../errors.ts';
import { questionFromMessage } from '../mention.ts';
import { NOTICES } from '../messages.ts';
import { interactionReply } from '../respond.ts';
import { GUILD_ONLY } from './guild-only.ts';

/** Right-click a message → Apps → "Ask StoryDesk": answers that message's text. */
export const data = {
  type: ApplicationCommandType.Message,
  name: 'Ask StoryDesk',
  ...GUILD_ONLY,
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Reads the target message's text as the question; the reply is the same as `/ask`. */
export async function execute(
  interaction: MessageContextMenuCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  const question = questionFromMessage(interaction.targetMessage.content);
  if (question === '') throw new ReplyableError(NOTICES.noMessageText);
  takeCooldown(ctx, interaction.user.id);
  await interaction.reply(interactionReply(answerView(ctx, question)));
}
