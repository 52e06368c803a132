import {
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { StoryEngine } from '../../engine/engine.ts';
import type { BotContext } from '../context.ts';
import { encodeButton } from '../custom-ids.ts';
import { timelineView } from '../render/timeline.ts';
import type { MessageView } from '../render/view.ts';
import type { CommandRequest } from '../request.ts';
import { type InteractionResponse, replyResponse } from '../respond.ts';
import { EVERYWHERE } from './install.ts';

/** `/timeline` — the story's events in order. */
export const data = {
  type: ApplicationCommandType.ChatInput,
  name: 'timeline',
  description: 'The events of the story in order, with dates as the article words them',
  ...EVERYWHERE,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** One page of the engine's timeline, with paging buttons. Shared with the paging buttons. */
export function timelinePage(engine: StoryEngine, page: number): MessageView {
  return timelineView(engine.timeline(), page, {
    storyTitle: engine.story().title,
    pageButton: (target) => encodeButton({ kind: 'timeline', page: target }),
  });
}

/** Shows the first page publicly. */
export function execute(_request: CommandRequest, ctx: BotContext): InteractionResponse {
  return replyResponse(timelinePage(ctx.engine, 0));
}
