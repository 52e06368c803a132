import type { StoryEngine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import type { Cooldown } from './cooldown.ts';
import type { QuestionCatalog } from './question-catalog.ts';

/** What every handler gets: the engine and the bot's own state, never a global. */
export interface BotContext {
  engine: StoryEngine;
  questions: QuestionCatalog;
  cooldown: Cooldown;
  /** Carries command, user and guild for the interaction being handled. */
  logger: Logger;
}
