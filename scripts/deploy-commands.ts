/**
 * Registers StoryDesk's commands with Discord: `npm run deploy-commands`.
 * `--dry-run` prints the exact request (route and JSON body) and touches
 * neither the network nor the token.
 */
import { ConfigError, parseConfig } from '../src/config.ts';
import { deployCommands, deployRequest } from '../src/discord/deploy.ts';

async function main(args: readonly string[]): Promise<number> {
  const config = parseConfig();
  if (args.includes('--dry-run')) {
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
