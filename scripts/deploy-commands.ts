/**
 * Registers StoryDesk's commands with Discord: `npm run deploy-commands`.
 * `--dry-run` prints the exact request (route and JSON body) and touches
 * neither the network nor the token. Anything else on the command line is
 * refused with the usage and exit code 2, before any configuration or network.
 * The work is `runDeployCommands` (`src/discord/deploy.ts`), which tests run in process.
 */
import { runDeployCommands } from '../src/discord/deploy.ts';

process.exitCode = await runDeployCommands(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
