import {
  type APIAllowedMentions,
  type APIApplicationCommandAutocompleteResponse,
  type APIApplicationCommandOptionChoice,
  type APIInteractionResponseCallbackData,
  type APIInteractionResponseChannelMessageWithSource,
  type APIInteractionResponseUpdateMessage,
  InteractionResponseType,
  MessageFlags,
  type MessageReplyOptions,
} from 'discord.js';
import type { MessageView } from './render/view.ts';

/**
 * Nobody is ever pinged: answers echo readers' text, and a question such as
 * "@everyone where are the bases?" must not notify a whole server.
 */
export const NO_PINGS: APIAllowedMentions = Object.freeze({ parse: [] });

/** What a handler answers with: Discord's interaction response JSON, for any transport. */
export type InteractionResponse =
  | APIInteractionResponseChannelMessageWithSource
  | APIInteractionResponseUpdateMessage
  | APIApplicationCommandAutocompleteResponse;

function messageData(view: MessageView): APIInteractionResponseCallbackData {
  return {
    ...(view.content === undefined ? {} : { content: view.content }),
    embeds: view.embeds,
    components: view.components,
    allowed_mentions: NO_PINGS,
  };
}

/** A reply to an interaction (type 4): ephemeral when the view says so. */
export function replyResponse(view: MessageView): APIInteractionResponseChannelMessageWithSource {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { ...messageData(view), ...(view.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) },
  };
}

/** Replaces the message a button sits on (type 7, paging). */
export function updateResponse(view: MessageView): APIInteractionResponseUpdateMessage {
  return { type: InteractionResponseType.UpdateMessage, data: messageData(view) };
}

/** Autocomplete choices (type 8). */
export function choicesResponse(
  choices: APIApplicationCommandOptionChoice<string>[],
): APIApplicationCommandAutocompleteResponse {
  return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
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
