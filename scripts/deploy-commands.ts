/**
 * Registers StoryDesk's commands with Discord: `npm run deploy-commands`.
 * `--dry-run` prints the exact request (route and JSON body) and touches
 * neither the network nor the token. Anything else on the command line is
 * refused with the usage and exit code 2, before any configuration or network.
 */
import { UsageError } from '../src/cli/usage-error.ts';
import { ConfigError, parseConfig } from '../src/config.ts';
import {
  DEPLOY_USAGE,
  type DeployArgs,
  deployCommands,
  deployRequest,
  parseDeployArgs,
} from '../src/discord/deploy.ts';

async function main(argv: readonly string[]): Promise<number> {
  let args: DeployArgs;
  try {
    args = parseDeployArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`deploy-commands: ${error.message}\n\n${DEPLOY_USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${DEPLOY_USAGE}\n`);
    return 0;
  }
  const config = parseConfig();
  if (args.dryRun) {
    process.stdout.write(`${JSON.stringify(deployRequest(config), null, 2)}\n`);
    return 0;
  }
  const result = await deployCommands(config);
  const where =
    result.request.scope === 'guild'
      ? `in guild ${config.discord.guildId} (shows at once)`
      : 'globally (may take a few minutes to show)';
  process.stdout.write(
    `Registered ${result.registered} commands ${where}.\nInvite link: ${result.inviteUrl}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`deploy-commands: ${message}\n`);
    process.exitCode = 1;
  },
);
