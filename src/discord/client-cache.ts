import { type ClientOptions, Options } from 'discord.js';

/** Readers and members kept in memory per process; older ones are dropped first. */
export const CACHE_LIMITS = Object.freeze({ users: 10_000, members: 1_000 });

// Hourly, drop every cached user and member but the bot itself: StoryDesk reads them
// from each interaction and message, never from the cache.
const SWEEP_EVERY_SECONDS = 3600;

/**
 * Cache limits and sweepers: no message cache (the bot reads only the
 * message that mentions it, which the event carries), bounded user and
 * member caches, and sweepers that empty them, so memory stays flat however
 * many readers a shard sees.
 */
export const CACHE_OPTIONS: Pick<ClientOptions, 'makeCache' | 'sweepers'> = {
  makeCache: Options.cacheWithLimits({
    ...Options.DefaultMakeCacheSettings,
    MessageManager: 0,
    UserManager: {
      maxSize: CACHE_LIMITS.users,
      keepOverLimit: (user) => user.id === user.client.user.id,
    },
    GuildMemberManager: {
      maxSize: CACHE_LIMITS.members,
      keepOverLimit: (member) => member.id === member.client.user.id,
    },
  }),
  sweepers: {
    ...Options.DefaultSweeperSettings,
    users: {
      interval: SWEEP_EVERY_SECONDS,
      filter: () => (user) => user.id !== user.client.user?.id,
    },
    guildMembers: {
      interval: SWEEP_EVERY_SECONDS,
      filter: () => (member) => member.id !== member.client.user?.id,
    },
  },
};
