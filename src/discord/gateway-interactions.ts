import { type Interaction, Routes } from 'discord.js';
import type { BotContext } from './context.ts';
import { discordErrorCode, isInteractionGone } from './errors.ts';
import { requestFromGateway } from './gateway-request.ts';
import { answerInteraction, interactionLogger } from './interactions.ts';

/**
 * The gateway adapter: builds the request from the discord.js interaction,
 * lets the transport-free handlers answer, and posts their response to the
 * interaction callback route, as `interaction.reply()` would. Never rejects.
 */
export async function handleGatewayInteraction(
  interaction: Interaction,
  shared: BotContext,
): Promise<void> {
  const request = requestFromGateway(interaction);
  if (!request) {
    shared.logger.debug('ignored an interaction StoryDesk does not offer', {
      type: interaction.type,
    });
    return;
  }
  const logger = interactionLogger(request, shared.logger);
  const response = answerInteraction(request, { ...shared, logger }, 'gateway');
  try {
    await interaction.client.rest.post(
      Routes.interactionCallback(interaction.id, interaction.token),
      {
        body: response,
        auth: false,
      },
    );
  } catch (error) {
    if (isInteractionGone(error)) {
      logger.warn('interaction expired or was already answered', {
        code: discordErrorCode(error),
      });
      return;
    }
    shared.metrics.errors.inc({ where: 'reply' });
    logger.error('could not answer the interaction', { error });
  }
}
