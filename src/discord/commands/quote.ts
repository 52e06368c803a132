import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { foldText } from '../../engine/text.ts';
import type { BotContext } from '../context.ts';
import { ReplyableError } from '../errors.ts';
import { NOTICES } from '../messages.ts';
import { quotesView } from '../render/quotes.ts';
import { interactionReply } from '../respond.ts';
import { toChoices } from './autocomplete.ts';
import { GUILD_ONLY } from './guild-only.ts';

/** `/quote speaker: about:` — direct quotes, verbatim, with when and where said. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'quote',
  description: 'Direct quotes from the story, by speaker and topic (leave both empty for all)',
  ...GUILD_ONLY,
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
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Matching quotes publicly; when none match, says so privately and names the speakers. */
export async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  const speaker = interaction.options.getString('speaker') ?? undefined;
  const about = interaction.options.getString('about') ?? undefined;
  const quotes = ctx.engine.quotes({ speaker, about });
  if (quotes.length === 0) {
    const speakers = ctx.engine.speakers();
    throw new ReplyableError(
      `${NOTICES.noQuotes} People quoted in it: ${speakers.join(', ') || 'nobody'}.`,
    );
  }
  await interaction.reply(interactionReply(quotesView(quotes, { speaker, about })));
}

/** Everyone quoted, filtered by what the reader typed. */
export async function autocomplete(
  interaction: AutocompleteInteraction,
  ctx: BotContext,
): Promise<void> {
  const typed = foldText(interaction.options.getFocused()).trim();
  const speakers = ctx.engine.speakers();
  const fitting = typed === '' ? speakers : speakers.filter((s) => foldText(s).includes(typed));
  await interaction.respond(toChoices(fitting));
}
