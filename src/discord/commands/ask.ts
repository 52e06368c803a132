import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { answerView, takeCooldown } from '../asking.ts';
import type { BotContext } from '../context.ts';
import { LIMITS } from '../render/limits.ts';
import { interactionReply } from '../respond.ts';
import { toChoices } from './autocomplete.ts';
import { GUILD_ONLY } from './guild-only.ts';

/** Longest question accepted; the engine reads no further anyway. */
export const MAX_QUESTION_LENGTH = 300;

/** `/ask question:` — the answer, the verbatim quote and its attribution. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'ask',
  description: 'Ask about the story: get the answer with the verbatim quote and who said it',
  ...GUILD_ONLY,
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
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Answers publicly; when the article does not say, tells only the asker. */
export async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  takeCooldown(ctx, interaction.user.id);
  const view = answerView(ctx, interaction.options.getString('question', true));
  await interaction.reply(interactionReply(view));
}

/** Known questions that fit what the reader is typing. */
export async function autocomplete(
  interaction: AutocompleteInteraction,
  ctx: BotContext,
): Promise<void> {
  const typed = interaction.options.getFocused();
  await interaction.respond(toChoices(ctx.engine.complete(typed, LIMITS.autocompleteChoices)));
}
