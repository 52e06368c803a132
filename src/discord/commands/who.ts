import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from '../context.ts';
import { ReplyableError } from '../errors.ts';
import { whoView } from '../render/who.ts';
import { interactionReply } from '../respond.ts';
import { toChoices } from './autocomplete.ts';
import { GUILD_ONLY } from './guild-only.ts';

/** `/who name:` — how the story describes someone, and where it mentions them. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'who',
  description: 'Who or what someone is in the story, and the passages that mention them',
  ...GUILD_ONLY,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'name',
      description: 'A person, place or organization, e.g. "Zakharova"',
      required: true,
      max_length: 100,
      autocomplete: true,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The card publicly; an unknown name privately, with the names the story knows. */
export async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  const name = interaction.options.getString('name', true);
  const card = ctx.engine.who(name);
  if (!card) {
    const known = ctx.engine.whoNames('');
    throw new ReplyableError(
      `“${name.trim()}” is not in this story. It names: ${known.join(', ')}.`,
      'Not in this story',
    );
  }
  await interaction.reply(interactionReply(whoView(card)));
}

/** Names of people, places and organizations fitting what is typed. */
export async function autocomplete(
  interaction: AutocompleteInteraction,
  ctx: BotContext,
): Promise<void> {
  await interaction.respond(toChoices(ctx.engine.whoNames(interaction.options.getFocused())));
}
