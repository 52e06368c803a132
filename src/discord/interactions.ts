import type { Interaction } from 'discord.js';
import type { Logger } from '../logger.ts';
import { handleButton } from './buttons.ts';
import { chatInputCommands, messageMenuCommands } from './commands/index.ts';
import type { BotContext } from './context.ts';
import { discordErrorCode, isInteractionGone, ReplyableError } from './errors.ts';
import { NOTICES } from './messages.ts';
import { noticeView } from './render/notice.ts';
import { interactionReply, replyEdit } from './respond.ts';

/**
 * The one error boundary per interaction. Routes to the command, button or
 * autocomplete handler; whatever they throw is logged with command, user
 * and guild, and the reader gets an answer instead of "did not respond".
 * Never rejects.
 */
export async function handleInteraction(
  interaction: Interaction,
  shared: BotContext,
): Promise<void> {
  const logger = shared.logger.child({
    command: describeInteraction(interaction),
    user: interaction.user.id,
    guild: interaction.guildId ?? null,
  });
  const ctx: BotContext = { ...shared, logger };
  try {
    await route(interaction, ctx);
  } catch (error) {
    await reportFailure(interaction, error, logger);
  }
}

async function route(interaction: Interaction, ctx: BotContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = chatInputCommands.get(interaction.commandName);
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
    return;
  }
  if (interaction.isChatInputCommand()) {
    const command = chatInputCommands.get(interaction.commandName);
    if (!command) throw new ReplyableError(NOTICES.staleButton);
    await command.execute(interaction, ctx);
    return;
  }
  if (interaction.isMessageContextMenuCommand()) {
    const command = messageMenuCommands.get(interaction.commandName);
    if (!command) throw new ReplyableError(NOTICES.staleButton);
    await command.execute(interaction, ctx);
    return;
  }
  if (interaction.isButton()) {
    await handleButton(interaction, ctx);
    return;
  }
  ctx.logger.debug('ignored an interaction StoryDesk does not offer', { type: interaction.type });
}

/**
 * Tells the reader what went wrong without internals, using whatever
 * Discord still accepts: a reply, the deferred reply, or a follow-up.
 */
export async function reportFailure(
  interaction: Interaction,
  error: unknown,
  logger: Logger,
): Promise<void> {
  if (isInteractionGone(error)) {
    logger.warn('interaction expired or was already answered', {
      code: discordErrorCode(error),
    });
    return;
  }
  const userFacing = error instanceof ReplyableError;
  if (userFacing) logger.info('told the reader', { reason: error.message });
  else logger.error('interaction failed', { error });
  const view = userFacing
    ? noticeView(error.message, error.title)
    : noticeView(NOTICES.somethingWentWrong);
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    if (interaction.deferred && !interaction.replied) await interaction.editReply(replyEdit(view));
    else if (interaction.replied) await interaction.followUp(interactionReply(view));
    else await interaction.reply(interactionReply(view));
  } catch (secondary) {
    if (isInteractionGone(secondary)) {
      logger.warn('could not tell the reader: interaction gone', {
        code: discordErrorCode(secondary),
      });
    } else logger.error('could not tell the reader', { error: secondary });
  }
}

function describeInteraction(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) {
    return interaction.isAutocomplete()
      ? `${interaction.commandName}:autocomplete`
      : interaction.commandName;
  }
  if (interaction.isButton()) return `button:${interaction.customId.split(':')[0] ?? ''}`;
  return `interaction:${interaction.type}`;
}
