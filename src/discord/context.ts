import type { StoryEngine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import { type Metrics, processMetrics } from '../metrics.ts';
import { DISABLED_RECORDER, type QuestionRecorder } from '../question-log/recorder.ts';
import { type Clock, Cooldown, type CooldownSettings } from './cooldown.ts';
import { NoticeGate } from './notice-gate.ts';
import { QuestionCatalog } from './question-catalog.ts';

/** What every handler gets: the engine and the bot's own state, never a global. */
export interface BotContext {
  engine: StoryEngine;
  questions: QuestionCatalog;
  cooldown: Cooldown;
  /** Lets one cooldown notice per reader per window through for mentions. */
  mentionNotices: NoticeGate;
  /** Carries command, user and guild for the interaction being handled. */
  logger: Logger;
  metrics: Metrics;
  /** True when this process also reads @mentions (it holds a gateway connection). */
  mentions: boolean;
  /** The question log; plain data only, and never who asked. */
  recorder: QuestionRecorder;
}

/** What a context is built from. */
export interface BotContextOptions {
  engine: StoryEngine;
  logger: Logger;
  cooldown: CooldownSettings;
  clock?: Clock;
  metrics?: Metrics;
  mentions: boolean;
  /** Off (records nothing) unless given. */
  recorder?: QuestionRecorder;
}

/**
 * The handlers' shared context. The question catalog is derived from the
 * engine alone, so every process on the same knowledge makes and reads the
 * same button ids: replicas and restarts agree.
 */
export function createBotContext(options: BotContextOptions): BotContext {
  return {
    engine: options.engine,
    logger: options.logger,
    questions: QuestionCatalog.fromEngine(options.engine),
    cooldown: new Cooldown(options.cooldown, options.clock),
    mentionNotices: new NoticeGate(options.cooldown.windowMs, options.clock),
    metrics: options.metrics ?? processMetrics,
    mentions: options.mentions,
    recorder: options.recorder ?? DISABLED_RECORDER,
  };
}
