import { APIVersion, REST, Routes } from 'discord.js';
import { parseCommandArgs } from '../cli/args.ts';
import { UsageError } from '../cli/usage-error.ts';
import { type Config, ConfigError, parseConfig } from '../config.ts';
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

/** Where `npm run deploy-commands` writes: the process's streams, or a test's strings. */
export interface DeployIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * `npm run deploy-commands [--dry-run]` from its arguments to its exit code:
 * 0 done, 2 a bad command line (before any configuration or network), 1
 * anything else, said on stderr. `env` is the environment to configure from.
 */
export async function runDeployCommands(
  argv: readonly string[],
  io: DeployIO,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  let args: DeployArgs;
  try {
    args = parseDeployArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`deploy-commands: ${error.message}\n\n${DEPLOY_USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    io.stdout(`${DEPLOY_USAGE}\n`);
    return 0;
  }
  try {
    const config = parseConfig(env);
    if (args.dryRun) {
      io.stdout(`${JSON.stringify(deployRequest(config), null, 2)}\n`);
      return 0;
    }
    const result = await deployCommands(config);
    const where =
      result.request.scope === 'guild'
        ? `in guild ${config.discord.guildId} (shows at once)`
        : 'globally (may take a few minutes to show)';
    io.stdout(
      `Registered ${result.registered} commands ${where}.\nInvite link: ${result.inviteUrl}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr(`deploy-commands: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
