import {
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  MessageFlags,
  type MessageMentionOptions,
  type MessageReplyOptions,
} from 'discord.js';
import type { MessageView } from './render/view.ts';

/**
 * Nobody is ever pinged: answers echo readers' text, and a question such as
 * "@everyone where are the bases?" must not notify a whole server.
 */
export const NO_PINGS: MessageMentionOptions = Object.freeze({ parse: [] });

/** A reply to an interaction: ephemeral when the view says so. */
export function interactionReply(view: MessageView): InteractionReplyOptions {
  return {
    ...(view.content === undefined ? {} : { content: view.content }),
    embeds: view.embeds,
    components: view.components,
    allowedMentions: NO_PINGS,
    ...(view.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Replaces the message a button sits on (paging). */
export function messageUpdate(view: MessageView): InteractionUpdateOptions {
  return {
    ...(view.content === undefined ? {} : { content: view.content }),
    embeds: view.embeds,
    components: view.components,
    allowedMentions: NO_PINGS,
  };
}

/** Fills in a deferred reply; its visibility was fixed when it was deferred. */
export function replyEdit(view: MessageView): InteractionEditReplyOptions {
  return messageUpdate(view);
}

/** A reply to a message that mentioned the bot: no pings, not even the asker. */
export function messageReply(view: MessageView): MessageReplyOptions {
  return {
    ...(view.content === undefined ? {} : { content: view.content }),
    embeds: view.embeds,
    components: view.components,
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
  };
}
