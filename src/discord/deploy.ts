import { APIVersion, REST, Routes } from 'discord.js';
import { parseCommandArgs } from '../cli/args.ts';
import { type Config, ConfigError } from '../config.ts';
import { commandPayload } from './commands/index.ts';
import { inviteUrl } from './invite.ts';

/** Help for `npm run deploy-commands`, shown by --help and after a bad command line. */
export const DEPLOY_USAGE = `usage: npm run deploy-commands -- [--dry-run]

Registers StoryDesk's commands with Discord: in DISCORD_GUILD_ID when set
(shows at once), globally otherwise (may take a few minutes).

  --dry-run  print the exact request (route and JSON body); no token, no network
  --help     show this help`;

/** What the deploy-commands command line asks for. */
export type DeployArgs = { dryRun: boolean } | 'help';

/**
 * Parses deploy-commands' arguments strictly: an unknown flag or a stray
 * word throws `UsageError`, so a typo such as `--dryrun` never becomes a
 * real deploy.
 */
export function parseDeployArgs(argv: readonly string[]): DeployArgs {
  const { values } = parseCommandArgs(argv, {
    allowPositionals: false,
    options: {
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  return { dryRun: values['dry-run'] ?? false };
}

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
