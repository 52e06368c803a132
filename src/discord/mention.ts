import type { Message } from 'discord.js';
import type { Logger } from '../logger.ts';
import { answerView, CooldownError, takeCooldown } from './asking.ts';
import type { BotContext } from './context.ts';
import { ReplyableError } from './errors.ts';
import { NOTICES } from './messages.ts';
import { noticeView } from './render/notice.ts';
import { messageReply } from './respond.ts';

const ANY_MENTION = /<(?:@[!&]?|#)\d{17,20}>/g;

/** True when the text mentions the user `botId` directly (`<@id>` or `<@!id>`). */
export function mentionsUser(content: string, botId: string): boolean {
  return content.includes(`<@${botId}>`) || content.includes(`<@!${botId}>`);
}

/**
 * The question in a message: mentions of users, roles and channels removed,
 * with the punctuation that addressed the bot ("@StoryDesk, where…").
 */
export function questionFromMessage(content: string): string {
  return content
    .replace(ANY_MENTION, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,:;.!\s-]+/, '')
    .trim();
}

/**
 * Answers "@StoryDesk where are the bases?" with a reply to that message.
 * Ignores bots, webhooks, system messages, DMs (mentions are a server
 * feature) and anything not addressed to the bot by a direct mention.
 * Never rejects.
 */
export async function handleMention(message: Message, shared: BotContext): Promise<void> {
  const me = message.client.user;
  if (!me || message.author.bot || message.webhookId || message.system) return;
  if (!message.inGuild() || !mentionsUser(message.content, me.id)) return;

  const logger = shared.logger.child({
    command: 'mention',
    user: message.author.id,
    guild: message.guildId,
  });
  const ctx: BotContext = { ...shared, logger };
  ctx.metrics.interactions.inc({ command: 'mention', transport: 'gateway' });
  try {
    takeCooldown(ctx, message.author.id, 'mention');
    const view = answerView(ctx, questionFromMessage(message.content), {
      source: 'mention',
      guildId: message.guildId,
    });
    await message.reply(messageReply(view));
  } catch (error) {
    await reportMentionFailure(message, error, ctx);
  }
}

async function reportMentionFailure(message: Message, error: unknown, ctx: BotContext) {
  const { logger } = ctx;
  if (error instanceof CooldownError && !ctx.mentionNotices.allow(message.author.id)) {
    // Already told once in this window: a public reply per refusal would be the flood itself.
    logger.debug('refused a mention silently', { reason: error.message });
    return;
  }
  const userFacing = error instanceof ReplyableError;
  if (userFacing) logger.info('told the reader', { reason: error.message });
  else {
    ctx.metrics.errors.inc({ where: 'mention' });
    logger.error('mention failed', { error });
  }
  const text = userFacing ? error.message : NOTICES.somethingWentWrong;
  await sendReply(message, text, logger);
}

async function sendReply(message: Message, text: string, logger: Logger) {
  try {
    await message.reply(messageReply(noticeView(text)));
  } catch (secondary) {
    logger.error('could not reply to the mention', { error: secondary });
  }
}
