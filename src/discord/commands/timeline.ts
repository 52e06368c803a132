import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { StoryEngine } from '../../engine/engine.ts';
import type { BotContext } from '../context.ts';
import { encodeButton } from '../custom-ids.ts';
import { timelineView } from '../render/timeline.ts';
import type { MessageView } from '../render/view.ts';
import { interactionReply } from '../respond.ts';
import { GUILD_ONLY } from './guild-only.ts';

/** `/timeline` — the story's events in order. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'timeline',
  description: 'The events of the story in order, with dates as the article words them',
  ...GUILD_ONLY,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** One page of the engine's timeline, with paging buttons. Shared with the paging buttons. */
export function timelinePage(engine: StoryEngine, page: number): MessageView {
  return timelineView(engine.timeline(), page, {
    storyTitle: engine.story().title,
    pageButton: (target) => encodeButton({ kind: 'timeline', page: target }),
  });
}

/** Shows the first page publicly. */
export async function execute(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
): Promise<void> {
  await interaction.reply(interactionReply(timelinePage(ctx.engine, 0)));
}
