import type { RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import * as ask from './ask.ts';
import * as askStoryDesk from './ask-storydesk.ts';
import { type ChatInputCommand, indexCommands, type MessageMenuCommand } from './command.ts';
import * as help from './help.ts';
import * as quote from './quote.ts';
import * as source from './source.ts';
import * as timeline from './timeline.ts';
import * as who from './who.ts';

/** Every slash command, listed explicitly: a module missing here is not deployed. */
export const CHAT_INPUT_COMMANDS = [
  ask,
  timeline,
  quote,
  who,
  source,
  help,
] as const satisfies readonly ChatInputCommand[];

/** Every message context-menu command. */
export const MESSAGE_MENU_COMMANDS = [
  askStoryDesk,
] as const satisfies readonly MessageMenuCommand[];

/** Slash commands by name, checked at start-up. */
export const chatInputCommands = indexCommands<ChatInputCommand>(CHAT_INPUT_COMMANDS);

/** Context-menu commands by name, checked at start-up. */
export const messageMenuCommands = indexCommands<MessageMenuCommand>(MESSAGE_MENU_COMMANDS);

/** The JSON `deploy-commands` registers: every command, in one bulk overwrite. */
export function commandPayload(): RESTPutAPIApplicationCommandsJSONBody {
  return [
    ...CHAT_INPUT_COMMANDS.map((command) => command.data),
    ...MESSAGE_MENU_COMMANDS.map((command) => command.data),
  ];
}
