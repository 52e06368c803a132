import { APIVersion, REST, Routes } from 'discord.js';
import { type Config, ConfigError } from '../config.ts';
import { commandPayload } from './commands/index.ts';
import { inviteUrl } from './invite.ts';

/** The one request that registers every command: a bulk overwrite. */
export interface DeployRequest {
  method: 'PUT';
  route: string;
  /** The full address, for reading the dry run; the route is what the REST client takes. */
  url: string;
  /** Where the commands live: one server (instant) or everywhere (global). */
  scope: 'guild' | 'global';
  body: ReturnType<typeof commandPayload>;
}

/**
 * The bulk PUT for this configuration: guild-scoped when DISCORD_GUILD_ID is
 * set (changes show at once, good for testing), global otherwise.
 */
export function deployRequest(config: Config): DeployRequest {
  const { applicationId, guildId } = config.discord;
  if (!applicationId) {
    throw new ConfigError([
      'DISCORD_APPLICATION_ID: required to register commands (Developer Portal → General Information → Application ID)',
    ]);
  }
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  return {
    method: 'PUT',
    route,
    url: `${config.discord.apiUrl}/v${APIVersion}${route}`,
    scope: guildId ? 'guild' : 'global',
    body: commandPayload(),
  };
}

/** How the deploy went, for the script to print. */
export interface DeployResult {
  request: DeployRequest;
  registered: number;
  inviteUrl: string;
}

/**
 * Registers every command with one bulk PUT through `@discordjs/rest`,
 * replacing whatever was registered before. Run it when commands change,
 * never on every start: Discord rate-limits command registration.
 */
export async function deployCommands(config: Config): Promise<DeployResult> {
  const request = deployRequest(config);
  const token = config.discord.token;
  if (!token) {
    throw new ConfigError([
      'DISCORD_TOKEN: required to register commands (use --dry-run to see the payload without it)',
    ]);
  }
  const rest = new REST({ api: config.discord.apiUrl }).setToken(token);
  const saved = await rest.put(request.route as `/${string}`, { body: request.body });
  return {
    request,
    registered: Array.isArray(saved) ? saved.length : 0,
    inviteUrl: inviteUrl(config.discord.applicationId ?? ''),
  };
}
