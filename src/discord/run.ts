import type { Config } from '../config.ts';

/** Starts the Discord bot. The Discord adapter replaces this placeholder. */
export async function runDiscordBot(_config: Config): Promise<void> {
  throw new Error('The Discord adapter is not built yet: unset DISCORD_TOKEN to use the console chat.');
}
