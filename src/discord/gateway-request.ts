import {
  ApplicationCommandOptionType,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import { messageMeta } from './message-meta.ts';
import type { CommandOptions, InteractionRequest } from './request.ts';

/**
 * Builds the transport-free request from a discord.js interaction (the
 * gateway). Null for anything StoryDesk does not offer.
 */
export function requestFromGateway(interaction: Interaction): InteractionRequest | null {
  const base = {
    id: interaction.id,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? null,
    locale: interaction.locale,
    botName: interaction.client.user?.username ?? 'StoryDesk',
  };
  if (interaction.isChatInputCommand()) {
    return {
      ...base,
      kind: 'command',
      command: interaction.commandName,
      options: stringOptions(interaction.options.data),
    };
  }
  if (interaction.isAutocomplete()) {
    return {
      ...base,
      kind: 'autocomplete',
      command: interaction.commandName,
      options: stringOptions(interaction.options.data),
      focused: String(interaction.options.getFocused()),
    };
  }
  if (interaction.isMessageContextMenuCommand()) {
    return {
      ...base,
      kind: 'messageMenu',
      command: interaction.commandName,
      targetText: interaction.targetMessage.content ?? '',
    };
  }
  if (interaction.isButton()) {
    return {
      ...base,
      kind: 'button',
      customId: interaction.customId,
      message: messageMeta(interaction.message),
    };
  }
  return null;
}

function stringOptions(options: readonly CommandInteractionOption[]): CommandOptions {
  const byName = new Map<string, string>();
  for (const option of options) {
    if (option.type === ApplicationCommandOptionType.String && typeof option.value === 'string') {
      byName.set(option.name, option.value);
    }
  }
  return byName;
}
