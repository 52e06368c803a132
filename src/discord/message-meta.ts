import { type APIMessage, type Message, MessageFlags } from 'discord.js';

/**
 * What a button needs to know about the message it sits on. discord.js gives
 * a `Message` when the channel is cached and the raw API object otherwise,
 * so both shapes are read.
 */
export interface MessageMeta {
  ephemeral: boolean;
  /** Who ran the command that produced the message, when Discord says. */
  invokerId: string | null;
}

/** Reads {@link MessageMeta} from either shape of message. */
export function messageMeta(message: Message | APIMessage): MessageMeta {
  const flags = message.flags;
  const bits = typeof flags === 'number' ? flags : (flags?.bitfield ?? 0);
  const invokerId =
    'interactionMetadata' in message
      ? (message.interactionMetadata?.user.id ?? null)
      : ((message as APIMessage).interaction_metadata?.user.id ?? null);
  return { ephemeral: (bits & MessageFlags.Ephemeral) !== 0, invokerId };
}
