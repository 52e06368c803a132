import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { answerView, takeCooldown } from '../asking.ts';
import type { BotContext } from '../context.ts';
import { LIMITS } from '../render/limits.ts';
import type { AutocompleteRequest, CommandRequest } from '../request.ts';
import { choicesResponse, type InteractionResponse, replyResponse } from '../respond.ts';
import { toChoices } from './autocomplete.ts';
import { EVERYWHERE } from './install.ts';

/** Longest question accepted; the engine reads no further anyway. */
export const MAX_QUESTION_LENGTH = 300;

/** `/ask question:` — the answer, the verbatim quote and its attribution. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: 'Ask about the story: get the answer with the verbatim quote and who said it',
  ...EVERYWHERE,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question, e.g. "Where are the Russian bases?"',
      required: true,
      max_length: MAX_QUESTION_LENGTH,
      autocomplete: true,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Answers publicly; when the article does not say, tells only the asker. */
export function execute(request: CommandRequest, ctx: BotContext): InteractionResponse {
  takeCooldown(ctx, request.userId, 'slash');
  return replyResponse(
    answerView(ctx, request.options.get('question') ?? '', {
      source: 'slash',
      guildId: request.guildId,
    }),
  );
}

/** Known questions that fit what the reader is typing. */
export function autocomplete(request: AutocompleteRequest, ctx: BotContext) {
  return choicesResponse(
    toChoices(ctx.engine.complete(request.focused, LIMITS.autocompleteChoices)),
  );
}
