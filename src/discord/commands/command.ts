import type {
  APIApplicationCommandAutocompleteResponse,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { BotContext } from '../context.ts';
import type { AutocompleteRequest, CommandRequest, MessageMenuRequest } from '../request.ts';
import type { InteractionResponse } from '../respond.ts';

/** A slash command module: its JSON for Discord, and what it does. */
export interface ChatInputCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** The response for Discord, whichever transport carries it; throws ReplyableError for the reader. */
  execute(request: CommandRequest, ctx: BotContext): InteractionResponse;
  autocomplete?(
    request: AutocompleteRequest,
    ctx: BotContext,
  ): APIApplicationCommandAutocompleteResponse;
}

/** A message context-menu command module (right-click a message → Apps). */
export interface MessageMenuCommand {
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(request: MessageMenuRequest, ctx: BotContext): InteractionResponse;
}

const isFunction = (value: unknown) => typeof value === 'function';

/**
 * Runtime shape of a command module. The type system already checks the
 * explicit list; this also catches a module edited into shape at runtime,
 * and fails loudly instead of skipping it.
 */
export const CommandModuleSchema = z.object({
  data: z.looseObject({
    name: z.string().min(1).max(32),
    type: z.number().int().optional(),
    description: z.string().max(100).optional(),
  }),
  execute: z.custom<(...args: never[]) => unknown>(isFunction, 'must export execute()'),
  autocomplete: z
    .custom<(...args: never[]) => unknown>(isFunction, 'autocomplete must be a function')
    .optional(),
});

/** A command module failed its check: the bot must not start without it. */
export class CommandModuleError extends Error {
  override readonly name = 'CommandModuleError';
}

/**
 * Checks every module of an explicit list and indexes it by name. Throws
 * {@link CommandModuleError} naming the module on any problem, including
 * two modules with the same name.
 */
export function indexCommands<Command extends { data: { name: string } }>(
  modules: readonly Command[],
): ReadonlyMap<string, Command> {
  const byName = new Map<string, Command>();
  for (const [position, module] of modules.entries()) {
    const result = CommandModuleSchema.safeParse(module);
    const name = (module as { data?: { name?: unknown } })?.data?.name;
    const label = typeof name === 'string' ? `"${name}"` : `at position ${position}`;
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new CommandModuleError(`Command module ${label} is malformed: ${problems.join('; ')}`);
    }
    if (byName.has(module.data.name)) {
      throw new CommandModuleError(`Two command modules are named ${label}`);
    }
    byName.set(module.data.name, module);
  }
  return byName;
}
