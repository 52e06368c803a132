import type { MessageMeta } from './message-meta.ts';

/**
 * An interaction as the handlers see it: no discord.js object, no HTTP
 * request, only what StoryDesk reads. The gateway and the HTTP endpoint
 * each build one (`gateway-request.ts`, `api-request.ts`), so the same
 * handlers serve both.
 */
interface RequestBase {
  /** The interaction's snowflake, for logs. */
  id: string;
  userId: string;
  /** Null in DMs and group DMs, where a user-installed StoryDesk also answers. */
  guildId: string | null;
  /** The reader's Discord locale, e.g. `en-US`. */
  locale: string;
  /** How readers address the bot, for the help text. */
  botName: string;
}

/** A slash command's string options by name (the only kind StoryDesk declares). */
export type CommandOptions = ReadonlyMap<string, string>;

/** `/name option:value`. */
export interface CommandRequest extends RequestBase {
  kind: 'command';
  command: string;
  options: CommandOptions;
}

/** Typing in an option that has `autocomplete: true`. */
export interface AutocompleteRequest extends RequestBase {
  kind: 'autocomplete';
  command: string;
  options: CommandOptions;
  /** What the reader has typed so far in the focused option. */
  focused: string;
}

/** A click on a StoryDesk button. */
export interface ButtonRequest extends RequestBase {
  kind: 'button';
  customId: string;
  /** The message the button sits on. */
  message: MessageMeta;
}

/** Right-click a message → Apps → a StoryDesk command. */
export interface MessageMenuRequest extends RequestBase {
  kind: 'messageMenu';
  command: string;
  /** The target message's text; empty when it has none. */
  targetText: string;
}

/** Everything StoryDesk answers. */
export type InteractionRequest =
  | CommandRequest
  | AutocompleteRequest
  | ButtonRequest
  | MessageMenuRequest;

/** The label logs and metrics use: `ask`, `ask:autocomplete`, `button:tl`, … */
export function describeRequest(request: InteractionRequest): string {
  switch (request.kind) {
    case 'command':
    case 'messageMenu':
      return request.command;
    case 'autocomplete':
      return `${request.command}:autocomplete`;
    case 'button':
      return `button:${request.customId.split(':')[0] ?? ''}`;
  }
}
