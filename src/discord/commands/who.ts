import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { ReplyableError } from '../errors.ts';
import { whoView } from '../render/who.ts';
import type { AutocompleteRequest, CommandRequest } from '../request.ts';
import { choicesResponse, type InteractionResponse, replyResponse } from '../respond.ts';
import { toChoices } from './autocomplete.ts';
import { EVERYWHERE } from './install.ts';

/** `/who name:` — how the story describes someone, and where it mentions them. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'who',
  description: 'Who or what someone is in the story, and the passages that mention them',
  ...EVERYWHERE,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'name',
      description: 'A person, place, organization or product, e.g. "Zakharova"',
      required: true,
      max_length: 100,
      autocomplete: true,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The card publicly; an unknown name privately, with the names the story knows. */
export function execute(request: CommandRequest, ctx: BotContext): InteractionResponse {
  const name = request.options.get('name') ?? '';
  const card = ctx.engine.who(name);
  if (!card) {
    const known = ctx.engine.whoNames('');
    throw new ReplyableError(
      `“${name.trim()}” is not in this story. It names: ${known.join(', ')}.`,
      'Not in this story',
    );
  }
  return replyResponse(whoView(card));
}

/** Names of people, places, organizations and products fitting what is typed. */
export function autocomplete(request: AutocompleteRequest, ctx: BotContext) {
  return choicesResponse(toChoices(ctx.engine.whoNames(request.focused)));
}
