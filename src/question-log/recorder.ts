/**
 * The recorder: what answering code calls. Every call only puts plain data
 * on a bounded queue and returns; batches go to the database in the
 * background. A slow or absent database never reaches an answer: when the
 * queue is full, or a batch cannot be written, entries are dropped and
 * counted, with a warning at most once a minute.
 */
import type { Logger } from '../logger.ts';
import type { AnswerFeedback, QuestionEvent, QuestionPick } from './events.ts';
import type { LogWriter } from './log-writer.ts';
import type { LogEntry } from './store.ts';

/** What answering code (Discord, console, CLI) calls. All methods return at once and never throw. */
export interface QuestionRecorder {
  /** False when `QUESTION_LOG=off`: every call does nothing. */
  readonly enabled: boolean;
  /** How many days questions are kept, for the privacy notice; null when off. */
  readonly retentionDays: number | null;
  /** A question and what the reader was shown. */
  record(event: QuestionEvent): void;
  /** A reader picked a pair for their question. */
  recordPick(pick: QuestionPick): void;
  /** A reader judged an answer helpful or not. */
  recordFeedback(feedback: AnswerFeedback): void;
  /** Entries lost since start (queue full, database unreachable): the metric to export. */
  droppedCount(): number;
  /** Entries written since start. */
  writtenCount(): number;
  /** Entries waiting to be written. */
  pendingCount(): number;
  /** Writes everything queued so far (or drops it, counted, if the database fails). */
  flush(): Promise<void>;
  /** Flushes, within `timeoutMs`, then closes the database. Later calls record nothing. */
  close(timeoutMs?: number): Promise<void>;
}

/** How the recorder reaches the database and paces its writes. */
export interface RecorderOptions {
  /** Opens the database (in this thread or a worker); called again after a failure, on a later flush. */
  open(): Promise<LogWriter>;
  logger: Logger;
  retentionDays: number;
  /** Most entries waiting at once; beyond it new ones are dropped. */
  capacity?: number;
  /** Most entries written in one statement batch. */
  batchSize?: number;
  /** How long an entry may wait for its batch to fill. */
  flushIntervalMs?: number;
  now?: () => Date;
}

const DEFAULTS = { capacity: 20_000, batchSize: 500, flushIntervalMs: 250 };
const WARN_EVERY_MS = 60_000;
const RETRY_OPEN_AFTER_MS = 5_000;
const PURGE_EVERY_MS = 24 * 60 * 60 * 1000;

/** A recorder that records nothing, for `QUESTION_LOG=off` and for commands that do not log. */
export const DISABLED_RECORDER: QuestionRecorder = Object.freeze({
  enabled: false,
  retentionDays: null,
  record() {},
  recordPick() {},
  recordFeedback() {},
  droppedCount: () => 0,
  writtenCount: () => 0,
  pendingCount: () => 0,
  flush: async () => {},
  close: async () => {},
});

/** Starts a recorder; the database is opened in the background, on the first flush. */
export function createQuestionRecorder(options: RecorderOptions): QuestionRecorder {
  const capacity = options.capacity ?? DEFAULTS.capacity;
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  const flushIntervalMs = options.flushIntervalMs ?? DEFAULTS.flushIntervalMs;
  const now = options.now ?? (() => new Date());
  const { logger } = options;

  let queue: LogEntry[] = [];
  let dropped = 0;
  let written = 0;
  let closed = false;
  /** Set once `close` is done: a database that finishes opening after that is closed at once. */
  let finished = false;
  let database: LogWriter | undefined;
  let openFailedAt = Number.NEGATIVE_INFINITY;
  let lastWarnAt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let purgeTimer: NodeJS.Timeout | undefined;
  /** The one write in progress; writes never overlap, so batches land in order. */
  let writing: Promise<void> | undefined;

  const warn = (message: string, error: unknown) => {
    const at = Date.now();
    if (at - lastWarnAt < WARN_EVERY_MS) return;
    lastWarnAt = at;
    logger.warn(message, { reason: describe(error), dropped });
  };

  const drop = (count: number) => {
    dropped += count;
  };

  const enqueue = (entry: LogEntry) => {
    if (closed) return;
    if (queue.length >= capacity) {
      drop(1);
      warn('question log queue is full; dropping entries', 'the database is not keeping up');
      return;
    }
    queue.push(entry);
    if (queue.length >= batchSize) schedule(0);
    else schedule(flushIntervalMs);
  };

  const schedule = (delayMs: number) => {
    if (timer !== undefined && delayMs > 0) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void drain();
    }, delayMs);
    timer.unref();
  };

  const connect = async (): Promise<LogWriter | undefined> => {
    if (database) return database;
    if (Date.now() - openFailedAt < RETRY_OPEN_AFTER_MS) return undefined;
    try {
      const opened = await options.open();
      if (finished) {
        await opened.close();
        return undefined;
      }
      database = opened;
      await purge(database);
      purgeTimer = setInterval(() => {
        if (database) void purge(database);
      }, PURGE_EVERY_MS);
      purgeTimer.unref();
      return database;
    } catch (error) {
      openFailedAt = Date.now();
      warn('question log database unavailable; questions are answered but not recorded', error);
      return undefined;
    }
  };

  const purge = async (open: LogWriter) => {
    try {
      const removed = await open.purge(options.retentionDays, now());
      if (removed > 0) logger.info('question log purged', { removed, days: options.retentionDays });
    } catch (error) {
      warn('question log purge failed', error);
    }
  };

  /** Writes batches until the queue is empty, one write at a time. */
  const drain = (): Promise<void> => {
    // `.finally` runs after the assignment even when there is nothing to write.
    writing ??= writeQueued().finally(() => {
      writing = undefined;
    });
    return writing;
  };

  const writeQueued = async () => {
    while (queue.length > 0) {
      const batch = queue.slice(0, batchSize);
      queue = queue.slice(batch.length);
      const open = await connect();
      if (!open) {
        drop(batch.length);
        continue;
      }
      try {
        await open.write(batch);
        written += batch.length;
      } catch (error) {
        drop(batch.length);
        warn('question log write failed; entries dropped', error);
      }
    }
  };

  const stamp = <T extends LogEntry>(entry: T) => enqueue(entry);

  return {
    enabled: true,
    retentionDays: options.retentionDays,
    record: (event) => stamp({ kind: 'question', event, at: now() }),
    recordPick: (pick) => stamp({ kind: 'pick', pick, at: now() }),
    recordFeedback: (feedback) => stamp({ kind: 'feedback', feedback, at: now() }),
    droppedCount: () => dropped,
    writtenCount: () => written,
    pendingCount: () => queue.length,
    flush: async () => {
      while (writing) await writing;
      await drain();
    },
    close: async (timeoutMs = 30_000) => {
      if (closed) return;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      if (purgeTimer !== undefined) clearInterval(purgeTimer);
      let timeout: NodeJS.Timeout | undefined;
      const flushed = (async () => {
        while (writing) await writing;
        await drain();
      })();
      const late = new Promise<'late'>((resolve) => {
        timeout = setTimeout(() => resolve('late'), timeoutMs);
      });
      const result = await Promise.race([flushed, late]);
      clearTimeout(timeout);
      if (result === 'late') {
        drop(queue.length);
        queue = [];
        logger.warn('question log not flushed in time; entries dropped', { dropped });
      }
      finished = true;
      await database?.close().catch((error: unknown) => {
        logger.warn('question log did not close cleanly', { reason: describe(error) });
      });
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
