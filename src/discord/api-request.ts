import {
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIMessage,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
} from 'discord.js';
import { messageMeta } from './message-meta.ts';
import type { CommandOptions, InteractionRequest } from './request.ts';

/**
 * Builds the transport-free request from an interaction as Discord's API
 * sends it (the HTTP endpoint's body). Null for anything StoryDesk does not
 * offer (PING is answered before this, modals and selects are not used).
 * The body is untrusted JSON, so every field is read defensively.
 */
export function requestFromApi(raw: APIInteraction, botName: string): InteractionRequest | null {
  const userId = raw.member?.user.id ?? raw.user?.id;
  if (typeof userId !== 'string') return null;
  const base = {
    id: String(raw.id),
    userId,
    guildId: typeof raw.guild_id === 'string' ? raw.guild_id : null,
    locale: 'locale' in raw && typeof raw.locale === 'string' ? raw.locale : 'en-US',
    botName,
  };
  switch (raw.type) {
    case InteractionType.ApplicationCommand: {
      const data = raw.data;
      if (data?.type === ApplicationCommandType.ChatInput) {
        return {
          ...base,
          kind: 'command',
          command: data.name,
          options: stringOptions(data.options).options,
        };
      }
      if (data?.type === ApplicationCommandType.Message) {
        const target = data.resolved?.messages?.[data.target_id] as APIMessage | undefined;
        return {
          ...base,
          kind: 'messageMenu',
          command: data.name,
          targetText: typeof target?.content === 'string' ? target.content : '',
        };
      }
      return null;
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const { options, focused } = stringOptions(raw.data?.options);
      return { ...base, kind: 'autocomplete', command: raw.data?.name ?? '', options, focused };
    }
    case InteractionType.MessageComponent: {
      if (raw.data?.component_type !== ComponentType.Button || !raw.message) return null;
      return {
        ...base,
        kind: 'button',
        customId: String(raw.data.custom_id),
        message: messageMeta(raw.message),
      };
    }
    default:
      return null;
  }
}

/** The top-level string options, and the value of the focused one (autocomplete). */
function stringOptions(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
): {
  options: CommandOptions;
  focused: string;
} {
  const byName = new Map<string, string>();
  let focused = '';
  for (const option of Array.isArray(options) ? options : []) {
    if (option.type !== ApplicationCommandOptionType.String) continue;
    const value = typeof option.value === 'string' ? option.value : String(option.value ?? '');
    byName.set(option.name, value);
    if ('focused' in option && option.focused) focused = value;
  }
  return { options: byName, focused };
}
