import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

/**
 * Where every StoryDesk command is offered: in servers that installed the
 * bot, never in DMs, since a story desk belongs to a server's channel.
 */
export const GUILD_ONLY = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};
