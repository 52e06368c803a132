/**
 * The HTTP interactions mode alone in its own process, as `npm start` runs
 * it with DISCORD_PUBLIC_KEY: loopback, ephemeral port. Prints its URL on
 * stdout; on SIGTERM prints its CPU time as JSON and stops. Usage: http-server.ts <public key hex>
 */
import { BUNDLED_KNOWLEDGE_DIR, parseConfig } from '../../src/config.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { serveHttp } from '../../src/http/run.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createLogger } from '../../src/logger.ts';

const publicKey = process.argv[2] ?? '';
const config = parseConfig({
  DISCORD_PUBLIC_KEY: publicKey,
  HTTP_PORT: '8080',
  LOG_LEVEL: 'error',
});
const engine = createEngine(await loadKnowledge(BUNDLED_KNOWLEDGE_DIR));
const running = await serveHttp(config, {
  engine,
  logger: createLogger('error'),
  host: '127.0.0.1',
  port: 0,
});
const atReady = process.cpuUsage();
process.stdout.write(`${running?.url}\n`);
// CPU time spent serving (start-up excluded), so the caller can give a figure that does not depend on the machine's load.
process.once('SIGTERM', () => {
  const { user, system } = process.cpuUsage(atReady);
  process.stdout.write(`${JSON.stringify({ cpuMs: (user + system) / 1000 })}\n`);
  void running?.close().then(() => process.exit(0));
});
