import { type Client, Events } from 'discord.js';
import type { Logger } from '../logger.ts';
import type { Clock } from './cooldown.ts';

// discord.js v14 reports an invalid session (gateway opcode 9) only in its debug stream.
const INVALID_SESSION = /^\[WS => Shard (\d+)\] Invalid session; will attempt to resume: (\w+)/;

/**
 * Logs the gateway's life, per shard: when a connection drops and the
 * shard reconnects, when it resumes or is ready again and how long it was
 * down, invalidated sessions, and a disconnect discord.js will not recover
 * from (bad token, intents or shard), which the process must exit on.
 */
export function logGatewayEvents(client: Client, logger: Logger, now: Clock = Date.now): void {
  const downSince = new Map<number, number>();
  const downtime = (shard: number) => {
    const since = downSince.get(shard);
    downSince.delete(shard);
    return since === undefined ? undefined : now() - since;
  };

  client.on(Events.ShardReconnecting, (shard) => {
    if (!downSince.has(shard)) downSince.set(shard, now());
    logger.warn('gateway reconnecting', { shard });
  });
  client.on(Events.ShardResume, (shard, replayedEvents) => {
    logger.info('gateway resumed', { shard, downtimeMs: downtime(shard), replayedEvents });
  });
  client.on(Events.ShardReady, (shard, unavailableGuilds) => {
    logger.info('gateway ready', {
      shard,
      downtimeMs: downtime(shard),
      unavailableGuilds: unavailableGuilds?.size ?? 0,
    });
  });
  client.on(Events.Debug, (message) => {
    const invalid = INVALID_SESSION.exec(message);
    if (!invalid) return;
    const shard = Number(invalid[1]);
    if (!downSince.has(shard)) downSince.set(shard, now());
    logger.warn('gateway session invalidated', { shard, resumable: invalid[2] === 'true' });
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.error('gateway disconnected for good; discord.js will not reconnect', {
      shard,
      code: event.code,
    });
  });
  client.on(Events.Invalidated, () => {
    logger.error('gateway session invalidated for good; discord.js will not reconnect');
  });
}
