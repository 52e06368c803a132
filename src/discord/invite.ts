import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/**
 * What StoryDesk needs in a channel: see it, answer mentions (Send Messages,
 * Read Message History for replies), and show answers as embeds. Slash
 * command replies need none of these; mentions do.
 */
export const INVITE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/** Scopes of the invite: the bot user, and its slash commands. */
export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

/** The link a server admin opens to add StoryDesk. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: INVITE_SCOPES.join(' '),
    permissions: INVITE_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
