import { describe, expect, it } from 'vitest';
import { messageCreate } from '../fixtures/discord/gateway.ts';
import { useHarness } from '../fixtures/discord/harness.ts';
import { BOT_USER, CHANNEL_ID, READER } from '../fixtures/discord/ids.ts';
import { blockQuoted, messageProblems, unescapeMarkdown } from '../fixtures/discord/limits.ts';
import { messageOf, textOf } from '../fixtures/discord/payloads.ts';

const bot = useHarness({ cooldown: { questions: 1000, windowMs: 10_000 } });

const MENTION = `<@${BOT_USER.id}>`;

/** Posts a message and waits for the bot's reply to it. */
async function replyTo(content: string, author = READER) {
  const raw = messageCreate(content, author);
  bot().post(raw);
  const request = await bot().discord.waitFor(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${CHANNEL_ID}/messages` &&
      messageOf(r).message_reference?.message_id === raw.id,
  );
  return { request, sent: messageOf(request), id: raw.id as string };
}

/** Replies the bot sent in the channel so far. */
function channelReplies() {
  return bot().discord.requests.filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
}

describe('when a reader writes "@StoryDesk where are the bases?"', () => {
  it('replies to that message with the answer embed, pinging nobody', async () => {
    const { request, sent } = await replyTo(`${MENTION} where are the bases?`);
    expect(request.authorization).toBe('Bot test-bot-token');
    expect(sent.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(sent.message_reference?.fail_if_not_exists).toBe(false);
    expect(sent.flags).toBeUndefined();
    expect(messageProblems(sent)).toEqual([]);
  });

  it('asks the question without the mention', async () => {
    const { sent } = await replyTo(`${MENTION}, where are the bases?`);
    const answer = bot().engine.ask('where are the bases?');
    expect(unescapeMarkdown(sent.embeds?.[0]?.title ?? '')).toBe(answer.question);
    expect(unescapeMarkdown(blockQuoted(sent.embeds?.[0]?.description ?? ''))).toBe(
      answer.quote?.text,
    );
  });

  it('understands the nickname form of the mention, and the mention at the end', async () => {
    const { sent } = await replyTo(`where are the bases? <@!${BOT_USER.id}>`);
    expect(unescapeMarkdown(sent.embeds?.[0]?.title ?? '')).toBe('where are the bases?');
  });
});

describe('when a mention also says @everyone', () => {
  it('answers with every kind of ping disabled', async () => {
    const { sent } = await replyTo(`${MENTION} @everyone @here where are the bases?`);
    expect(sent.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(sent.content).toBeUndefined();
    expect(textOf(sent)).toContain('@everyone');
  });
});

describe('when a mention asks what the article does not say', () => {
  it('replies in the channel (messages cannot be private) with suggestions', async () => {
    const { sent } = await replyTo(`${MENTION} how many troops does russia have in syria`);
    expect(textOf(sent)).toMatch(/does not say/);
    expect(sent.components?.length).toBeGreaterThan(0);
    expect(sent.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('when the mention carries no question', () => {
  it('replies with an example question', async () => {
    const { sent } = await replyTo(MENTION);
    expect(textOf(sent)).toContain(bot().engine.story().examples[0]);
    expect(sent.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('when a message is not for the bot', () => {
  // Each ignored message is followed by a real question; only that one may get a reply.
  const ignored: [string, () => Record<string, unknown>][] = [
    [
      'another bot mentions it',
      () =>
        messageCreate(`${MENTION} where are the bases?`, {
          ...READER,
          id: '1100000000000000099',
          bot: true,
        }),
    ],
    ['a message does not mention it', () => messageCreate('where are the bases?')],
    ['a message mentions only @everyone', () => messageCreate('@everyone where are the bases?')],
    ['it writes itself', () => messageCreate(`${MENTION} where are the bases?`, BOT_USER)],
  ];
  for (const [what, build] of ignored) {
    it(`stays silent when ${what}`, async () => {
      bot().post(build());
      const control = await replyTo(`${MENTION} who is zakharova`);
      expect(channelReplies().map((r) => messageOf(r).message_reference?.message_id)).toEqual([
        control.id,
      ]);
    });
  }
});
