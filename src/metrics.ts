import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Where a question came from. */
export type QuestionSource = 'slash' | 'button' | 'menu' | 'mention';

/**
 * StoryDesk's Prometheus metrics in their own registry, so a test can read
 * a fresh set and nothing leaks between bots in one process.
 */
/** What the question log tells the metrics (its recorder has these). */
export interface QuestionLogCounts {
  writtenCount(): number;
  droppedCount(): number;
  pendingCount(): number;
}

/**
 * Prometheus metrics with a registry of their own, not prom-client's global
 * one, so a test's instance never shares counts with the process's
 * (`processMetrics`); `GET /metrics` serves them (`src/http/server.ts`).
 */
export class Metrics {
  readonly registry = new Registry();

  /** Questions by source (slash, button, menu, mention) and outcome (answered, unknown). */
  readonly questions = new Counter({
    name: 'storydesk_questions_total',
    help: 'Questions asked, by where they came from and how the engine answered',
    labelNames: ['source', 'outcome'] as const,
    registers: [this.registry],
  });

  /** Time from question to rendered answer, engine and renderer included. */
  readonly answerSeconds = new Histogram({
    name: 'storydesk_answer_seconds',
    help: 'Time to answer one question (engine and rendering)',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  /** Interactions by command, e.g. `ask`, `ask:autocomplete`, `button:tl`. */
  readonly interactions = new Counter({
    name: 'storydesk_interactions_total',
    help: 'Interactions handled, by command',
    labelNames: ['command', 'transport'] as const,
    registers: [this.registry],
  });

  /** Failures that were bugs or Discord refusing a reply, not reader mistakes. */
  readonly errors = new Counter({
    name: 'storydesk_errors_total',
    help: 'Errors, by where they happened',
    labelNames: ['where'] as const,
    registers: [this.registry],
  });

  /** discord.js REST `rateLimited` events. */
  readonly rateLimits = new Counter({
    name: 'storydesk_rest_rate_limits_total',
    help: 'REST requests discord.js held back for a rate limit, by scope',
    labelNames: ['scope', 'global'] as const,
    registers: [this.registry],
  });

  /** Questions refused by the per-reader cooldown. */
  readonly cooldownRefusals = new Counter({
    name: 'storydesk_cooldown_refusals_total',
    help: 'Questions refused by the per-reader cooldown, by source',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  private pingSource: (() => Iterable<readonly [shard: number, pingMs: number]>) | null = null;
  private questionLog: QuestionLogCounts | null = null;

  constructor() {
    const metrics = this;
    new Gauge({
      name: 'storydesk_gateway_ping_seconds',
      help: 'Gateway heartbeat round trip per shard, as discord.js last measured it',
      labelNames: ['shard'] as const,
      registers: [this.registry],
      collect() {
        // Absent without a gateway, or before the first heartbeat (discord.js says -1).
        this.reset();
        for (const [shard, ping] of metrics.pingSource?.() ?? []) {
          if (ping >= 0) this.set({ shard: String(shard) }, ping / 1000);
        }
      },
    });
    new Gauge({
      name: 'storydesk_question_log_entries',
      help: 'Question log entries since start: written, dropped (queue full or database down) and pending',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const log = metrics.questionLog;
        if (!log) return;
        this.set({ state: 'written' }, log.writtenCount());
        this.set({ state: 'dropped' }, log.droppedCount());
        this.set({ state: 'pending' }, log.pendingCount());
      },
    });
  }

  /** Reads the question log's counts at every scrape. */
  watchQuestionLog(counts: QuestionLogCounts): void {
    this.questionLog = counts;
  }

  /** Reads each shard's ping (ms) at every scrape, e.g. from `client.ws.shards`. */
  watchPing(source: () => Iterable<readonly [shard: number, pingMs: number]>): void {
    this.pingSource = source;
  }

  /** The Prometheus text exposition. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type the text is served with. */
  get contentType(): string {
    return this.registry.contentType;
  }
}

/** The process's metrics: the bot and the HTTP server share them. */
export const processMetrics = new Metrics();
