import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { foldText } from '../../engine/text.ts';
import type { BotContext } from '../context.ts';
import { ReplyableError } from '../errors.ts';
import { NOTICES } from '../messages.ts';
import { quotesView } from '../render/quotes.ts';
import type { AutocompleteRequest, CommandRequest } from '../request.ts';
import { choicesResponse, type InteractionResponse, replyResponse } from '../respond.ts';
import { toChoices } from './autocomplete.ts';
import { EVERYWHERE } from './install.ts';

/** `/quote speaker: about:` — direct quotes, verbatim, with when and where said. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'quote',
  description: 'Direct quotes from the story, by speaker and topic (leave both empty for all)',
  ...EVERYWHERE,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'speaker',
      description: 'Who said it',
      max_length: 100,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'about',
      description: 'What it is about, e.g. "bases" or "arms"',
      max_length: 100,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Matching quotes publicly; when none match, says so privately and names the speakers. */
export function execute(request: CommandRequest, ctx: BotContext): InteractionResponse {
  const speaker = request.options.get('speaker');
  const about = request.options.get('about');
  const quotes = ctx.engine.quotes({ speaker, about });
  if (quotes.length === 0) {
    const speakers = ctx.engine.speakers();
    throw new ReplyableError(
      `${NOTICES.noQuotes} People quoted in it: ${speakers.join(', ') || 'nobody'}.`,
    );
  }
  return replyResponse(quotesView(quotes, { speaker, about }));
}

/** Everyone quoted, filtered by what the reader typed. */
export function autocomplete(request: AutocompleteRequest, ctx: BotContext) {
  const typed = foldText(request.focused).trim();
  const speakers = ctx.engine.speakers();
  const fitting = typed === '' ? speakers : speakers.filter((s) => foldText(s).includes(typed));
  return choicesResponse(toChoices(fitting));
}
