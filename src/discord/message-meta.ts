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
  /**
   * The question an answer message answers, read back from its embed, so a
   * click on one of its suggestions can be logged as a pick for that question
   * without keeping anything between requests.
   */
  askedQuestion: string | null;
}

/** The embed fields StoryDesk's answer views use, read back by {@link messageMeta}. */
export const ANSWER_FIELDS = Object.freeze({ asked: 'You asked', didYouMean: 'Did you mean…' });

interface EmbedShape {
  title?: string | null;
  fields?: readonly { name: string; value: string }[] | null;
}

/** Reads {@link MessageMeta} from either shape of message. */
export function messageMeta(message: Message | APIMessage): MessageMeta {
  const flags = message.flags;
  const bits = typeof flags === 'number' ? flags : (flags?.bitfield ?? 0);
  const invokerId =
    'interactionMetadata' in message
      ? (message.interactionMetadata?.user.id ?? null)
      : ((message as APIMessage).interaction_metadata?.user.id ?? null);
  return {
    ephemeral: (bits & MessageFlags.Ephemeral) !== 0,
    invokerId,
    askedQuestion: askedQuestion(message.embeds?.[0]),
  };
}

/**
 * An unknown answer shows the question under "You asked"; an answer with
 * "Did you mean…" suggestions has it as its title. Other messages: null.
 */
function askedQuestion(embed: EmbedShape | undefined): string | null {
  const fields = embed?.fields ?? [];
  const asked = fields.find((field) => field.name === ANSWER_FIELDS.asked)?.value;
  const text =
    asked ?? (fields.some((f) => f.name === ANSWER_FIELDS.didYouMean) ? embed?.title : null);
  // The renderers escape Markdown; the log keeps what the reader typed.
  return text ? text.replace(/\\(.)/g, '$1') : null;
}
