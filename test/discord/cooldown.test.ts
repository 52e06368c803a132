import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  botReply,
  buttonClick,
  chatInput,
  message,
  messageContextMenu,
  messageCreate,
} from '../fixtures/discord/gateway.ts';
import { type Harness, startHarness } from '../fixtures/discord/harness.ts';
import {
  BOT_USER,
  CHANNEL_ID,
  OTHER_READER,
  READER,
  type UserJson,
} from '../fixtures/discord/ids.ts';
import {
  buttonsOf,
  callbackOf,
  EPHEMERAL,
  messageOf,
  textOf,
} from '../fixtures/discord/payloads.ts';

const QUESTIONS = 5;
const WINDOW_MS = 10_000;
let bot: Harness;

beforeAll(async () => {
  bot = await startHarness({ cooldown: { questions: QUESTIONS, windowMs: WINDOW_MS } });
});
afterEach(() => {
  bot.discord.reset();
  // Let every window from the previous test expire.
  bot.clock.now += WINDOW_MS * 10;
});
afterAll(() => bot.stop());

async function ask(user: UserJson = READER) {
  const id = bot.interact(chatInput('ask', { question: 'where are the bases?' }, user));
  return callbackOf(await bot.discord.callback(id));
}

const isCooldownNotice = (text: string) => /Easy there/.test(text);

describe(`when a reader asks more than ${QUESTIONS} questions in ${WINDOW_MS / 1000} seconds`, () => {
  it('answers the first five and politely refuses the sixth, privately', async () => {
    for (let i = 0; i < QUESTIONS; i += 1) {
      const answered = await ask();
      expect(isCooldownNotice(textOf(answered.data))).toBe(false);
      bot.clock.now += 100;
    }
    const refused = await ask();
    expect(refused.data?.flags).toBe(EPHEMERAL);
    expect(refused.data?.allowed_mentions).toEqual({ parse: [] });
    expect(isCooldownNotice(textOf(refused.data))).toBe(true);
    expect(textOf(refused.data)).toMatch(/Try again in \d+ s/);
  });

  it('answers again once the window has passed', async () => {
    for (let i = 0; i < QUESTIONS; i += 1) await ask();
    expect(isCooldownNotice(textOf((await ask()).data))).toBe(true);
    bot.clock.now += WINDOW_MS;
    expect(isCooldownNotice(textOf((await ask()).data))).toBe(false);
  });

  it('does not hold one reader back for another', async () => {
    for (let i = 0; i < QUESTIONS; i += 1) await ask(READER);
    expect(isCooldownNotice(textOf((await ask(OTHER_READER)).data))).toBe(false);
  });

  it('counts context-menu asks and question buttons too', async () => {
    for (let i = 0; i < QUESTIONS - 2; i += 1) await ask();
    const viaMenu = bot.interact(messageContextMenu('Ask StoryDesk', message('who is zakharova')));
    expect(isCooldownNotice(textOf(callbackOf(await bot.discord.callback(viaMenu)).data))).toBe(
      false,
    );
    const unknown = callbackOf(
      await bot.discord.callback(
        bot.interact(chatInput('ask', { question: 'how many troops does russia have' })),
      ),
    );
    const suggestion = buttonsOf(unknown.data)[0]?.custom_id ?? '';
    const click = bot.interact(
      buttonClick(suggestion, botReply(unknown.data?.components ?? [], READER, true)),
    );
    expect(isCooldownNotice(textOf(callbackOf(await bot.discord.callback(click)).data))).toBe(true);
  });

  it('answers a mention flood with a short reply that pings nobody', async () => {
    for (let i = 0; i < QUESTIONS; i += 1) await ask();
    const raw = messageCreate(`<@${BOT_USER.id}> where are the bases?`);
    bot.post(raw);
    const reply = await bot.discord.waitFor(
      (r) =>
        r.path === `/channels/${CHANNEL_ID}/messages` &&
        messageOf(r).message_reference?.message_id === raw.id,
    );
    expect(isCooldownNotice(textOf(messageOf(reply)))).toBe(true);
    expect(messageOf(reply).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('tells a mention flood once per window, then stays silent instead of flooding', async () => {
    for (let i = 0; i < QUESTIONS; i += 1) await ask();
    const flood = Array.from({ length: 4 }, () =>
      messageCreate(`<@${BOT_USER.id}> where are the bases?`),
    );
    for (const raw of flood) bot.post(raw);
    await bot.discord.waitFor((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    // A control from another reader is answered after the flood was handled.
    const control = messageCreate(`<@${BOT_USER.id}> who is zakharova`, OTHER_READER);
    bot.post(control);
    await bot.discord.waitFor(
      (r) =>
        r.path === `/channels/${CHANNEL_ID}/messages` &&
        messageOf(r).message_reference?.message_id === control.id,
    );
    const notices = bot.discord.requests.filter(
      (r) =>
        r.path === `/channels/${CHANNEL_ID}/messages` && isCooldownNotice(textOf(messageOf(r))),
    );
    expect(notices.map((r) => messageOf(r).message_reference?.message_id)).toEqual([flood[0]?.id]);

    bot.clock.now += WINDOW_MS;
    for (let i = 0; i < QUESTIONS; i += 1) await ask();
    const later = messageCreate(`<@${BOT_USER.id}> where are the bases?`);
    bot.post(later);
    const reply = await bot.discord.waitFor(
      (r) => messageOf(r).message_reference?.message_id === later.id,
    );
    expect(isCooldownNotice(textOf(messageOf(reply)))).toBe(true);
  });

  it('never limits browsing commands such as /timeline', async () => {
    for (let i = 0; i < QUESTIONS; i += 1) await ask();
    const timeline = callbackOf(await bot.discord.callback(bot.interact(chatInput('timeline'))));
    expect(isCooldownNotice(textOf(timeline.data))).toBe(false);
  });
});
