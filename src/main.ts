/**
 * `npm start`: the Discord bot when a token is configured, otherwise the
 * console chat on the configured knowledge. Never starts half-loaded.
 */
import { type Config, parseConfig } from './config.ts';
import { runConsoleChat } from './console/run.ts';
import { reportFailure } from './failure.ts';
import { createLogger, type Logger } from './logger.ts';
import { startQuestionLog } from './question-log/start.ts';
import { exitQuietlyOnClosedPipe, terminalRenderOptions } from './render/text/terminal.ts';

async function start(config: Config, logger: Logger): Promise<void> {
  if (config.discord.token && config.sharding.shards !== undefined) {
    const { runShardManager } = await import('./discord/sharding.ts');
    // Each shard process runs this same entry, under the same node flags (tsx in development).
    await runShardManager(config, { file: import.meta.filename, execArgv: process.execArgv });
    return;
  }
  // Every process that answers records questions (QUESTION_LOG=off: a recorder that does nothing).
  const recorder = startQuestionLog(config.questionLog, logger);
  if (config.discord.token) {
    const { runDiscordBot } = await import('./discord/run.ts');
    await runDiscordBot(config, process, logger, recorder);
    return;
  }
  // No token but a public key: interactions over HTTP only (src/http/run.ts).
  if (config.discord.publicKey) {
    const { runHttpInteractions } = await import('./http/run.ts');
    await runHttpInteractions(config, process, logger, recorder);
    return;
  }
  await runConsoleChat({
    knowledgeDir: config.knowledgeDir,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    render: terminalRenderOptions(process.stdout),
    logger: logger.child({ command: 'console' }),
    signals: process,
    recorder,
  }).finally(() => recorder.close());
}

async function main(): Promise<number> {
  let config: Config | undefined;
  let logger: Logger | undefined;
  try {
    config = parseConfig();
    logger = createLogger(config.logLevel);
    await start(config, logger);
    return 0;
  } catch (error) {
    return reportFailure(error, (text) => process.stderr.write(text), config?.knowledgeDir, logger);
  }
}

exitQuietlyOnClosedPipe(process.stdout);
process.exitCode = await main();
