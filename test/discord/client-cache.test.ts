import { describe, expect, it } from 'vitest';
import { CACHE_LIMITS } from '../../src/discord/client-cache.ts';
import { messageCreate } from '../fixtures/discord/gateway.ts';
import { useHarness } from '../fixtures/discord/harness.ts';
import { BOT_USER, CHANNEL_ID, GUILD_ID, nextId } from '../fixtures/discord/ids.ts';

const bot = useHarness();

function reader(i: number) {
  return {
    id: `12${String(i).padStart(17, '0')}`,
    username: `reader${i}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
  };
}

describe('when messages and readers pour in', () => {
  it('keeps no message in memory, yet still answers a mention', async () => {
    const { client, discord } = bot();
    bot().post(messageCreate(`<@${BOT_USER.id}> who is zakharova`));
    await discord.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
    );
    const channel = client.channels.cache.get(CHANNEL_ID);
    expect(channel && 'messages' in channel ? channel.messages.cache.size : -1).toBe(0);
  });

  it('keeps at most the configured number of users and members, and always the bot itself', () => {
    const { client } = bot();
    const guild = client.guilds.cache.get(GUILD_ID);
    // `_add` is how discord.js caches what the gateway sends; private in the typings only.
    type Adder = { _add(raw: unknown): unknown };
    const users = client.users as unknown as Adder;
    const members = guild?.members as unknown as Adder;
    for (let i = 0; i < CACHE_LIMITS.users + 50; i += 1) {
      const user = reader(i);
      users._add(user);
      members._add({
        user,
        roles: [],
        joined_at: null,
        deaf: false,
        mute: false,
        id: nextId(),
      });
    }
    expect(client.users.cache.size).toBeLessThanOrEqual(CACHE_LIMITS.users + 1);
    expect(client.users.cache.has(BOT_USER.id)).toBe(true);
    expect(guild?.members.cache.size).toBeLessThanOrEqual(CACHE_LIMITS.members + 1);
  });
});
