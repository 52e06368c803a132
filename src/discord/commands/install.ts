import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

/**
 * Where every StoryDesk command is offered: in servers that installed the
 * app, and for readers who installed it to their own account, in DMs and
 * group DMs too. Handlers therefore cope with no guild. Mentions stay a
 * server feature: they need the bot user in the channel.
 */
export const EVERYWHERE = {
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};
