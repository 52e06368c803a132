import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { chatInput } from '../fixtures/discord/gateway.ts';
import { bundledEngine, type Harness, startHarness } from '../fixtures/discord/harness.ts';
import { GUILD_ID, READER } from '../fixtures/discord/ids.ts';
import { CALLBACK, callbackOf, EPHEMERAL, textOf } from '../fixtures/discord/payloads.ts';

const SECRET = 'engine exploded at /srv/storydesk/secret.ts:42';

/** The real engine, except that asking throws: a bug the bot must survive. */
async function brokenEngine(): Promise<StoryEngine> {
  const engine = await bundledEngine();
  return {
    ...engine,
    ask: () => {
      throw new Error(SECRET);
    },
  };
}

describe('when the engine throws while answering /ask', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness({ engine: await brokenEngine() });
  });
  afterAll(() => bot.stop());

  it('tells the reader privately that something went wrong, without internals', async () => {
    const id = bot.interact(chatInput('ask', { question: 'where are the bases?' }));
    const callback = callbackOf(await bot.discord.callback(id));
    expect(callback.type).toBe(CALLBACK.reply);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(textOf(callback.data)).toMatch(/Something went wrong/);
    expect(JSON.stringify(callback)).not.toContain('exploded');
    expect(JSON.stringify(callback)).not.toContain('secret.ts');
  });

  it('logs the error with command, user and guild', async () => {
    const id = bot.interact(chatInput('ask', { question: 'who is zakharova' }));
    await bot.discord.callback(id);
    const line = bot.logs.find((l) => l.message === 'interaction failed');
    expect(line).toMatchObject({
      level: 'error',
      command: 'ask',
      user: READER.id,
      guild: GUILD_ID,
    });
    expect((line?.error as { message?: string })?.message).toBe(SECRET);
  });

  it('keeps serving other commands', async () => {
    const id = bot.interact(chatInput('timeline'));
    const callback = callbackOf(await bot.discord.callback(id));
    expect(textOf(callback.data)).toMatch(/Timeline/);
  });
});

describe('when Discord says the interaction is gone', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness();
  });
  afterEach(() => bot.discord.reset());
  afterAll(() => bot.stop());

  for (const [code, message, status] of [
    [10062, 'Unknown interaction', 404],
    [40060, 'Interaction has already been acknowledged.', 400],
  ] as const) {
    it(`logs ${code} "${message}" once and sends nothing more`, async () => {
      const raw = chatInput('ask', { question: 'where are the bases?' });
      bot.discord.respondWith((r) =>
        r.path.startsWith(`/interactions/${raw.id}/`)
          ? { status, body: { code, message } }
          : undefined,
      );
      bot.interact(raw);
      await bot.discord.callback(raw.id);
      // A later interaction is answered, so the bot is alive and the first one is settled.
      const next = bot.interact(chatInput('help'));
      await bot.discord.callback(next);
      await expect
        .poll(() => bot.logs.find((l) => l.code === code))
        .toMatchObject({ level: 'warn', command: 'ask' });
      expect(
        bot.discord.requests.filter((r) => r.path.startsWith(`/interactions/${raw.id}/`)),
      ).toHaveLength(1);
      expect(bot.logs.some((l) => l.level === 'error')).toBe(false);
    });
  }
});
