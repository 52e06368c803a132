/**
 * The recorder: what answering code calls. Every call only appends its
 * entry to a bounded queue and returns; once the questions pause, entries
 * are encoded a batch at a time and written in the background, so a burst
 * pays for neither encoding nor writing. A slow or absent database never
 * reaches an answer: when the queue is full, or a batch cannot be written,
 * entries are dropped and counted, with a warning at most once a minute.
 */
import type { Logger } from '../logger.ts';
import { BatchEncoder, type EncodedBatch } from './entry-codec.ts';
import type { AnswerFeedback, QuestionEvent, QuestionPick } from './events.ts';
import type { LogWriter } from './log-writer.ts';

/** What answering code (Discord, console, CLI) calls. All methods return at once and never throw. */
export interface QuestionRecorder {
  /** False when `QUESTION_LOG=off`: every call does nothing. */
  readonly enabled: boolean;
  /** How many days questions are kept, for the privacy notice; null when off. */
  readonly retentionDays: number | null;
  /** A question and what the reader was shown; it is read when written, so it must not change after. */
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
  /**
   * Writes wait until no entry has been recorded for this long, so a burst
   * of questions is answered first and written after; 0 writes at once.
   */
  idleMs?: number;
  /** Longest an entry waits for a pause in the questions before it is written anyway. */
  maxDeferMs?: number;
  /** The wall clock, for purging and for each entry's time; read when entries are written. */
  now?: () => Date;
}

/** An entry as queued: its time is worked out when it is written, from when it was recorded. */
type QueuedEntry =
  | { kind: 'question'; event: QuestionEvent }
  | { kind: 'pick'; pick: QuestionPick }
  | { kind: 'feedback'; feedback: AnswerFeedback };

const DEFAULTS = {
  capacity: 20_000,
  batchSize: 500,
  flushIntervalMs: 250,
  idleMs: 20,
  maxDeferMs: 10_000,
};
/** Past this share of the capacity, writes stop waiting for a pause: the queue must not overflow. */
const DEFER_UP_TO_SHARE = 0.75;
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
  const idleMs = options.idleMs ?? DEFAULTS.idleMs;
  const maxDeferMs = options.maxDeferMs ?? DEFAULTS.maxDeferMs;
  const deferUpTo = Math.floor(capacity * DEFER_UP_TO_SHARE);
  const now = options.now ?? (() => new Date());
  const clock = () => performance.now();
  const { logger } = options;

  /**
   * Entries waiting to be written, oldest first from `head`, each with the
   * time it was recorded on the monotonic clock. They stay objects until
   * written: encoding them during a burst would be time taken from answers.
   */
  let queue: QueuedEntry[] = [];
  let queuedAt: number[] = [];
  let head = 0;
  /** One encoder for every batch: sealing hands its buffer over and starts the next. */
  const encoder = new BatchEncoder();
  let lastRecordAt = Number.NEGATIVE_INFINITY;
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

  const pendingCount = () => queue.length - head;

  const emptyQueue = () => {
    queue = [];
    queuedAt = [];
    head = 0;
  };

  // One monotonic clock read per entry and no Date: on some virtual machines reading the
  // wall clock costs a microsecond or more, which a burst of answers would pay for.
  const enqueue = (entry: QueuedEntry) => {
    if (closed) return;
    if (pendingCount() >= capacity) {
      drop(1);
      warn('question log queue is full; dropping entries', 'the database is not keeping up');
      return;
    }
    const at = clock();
    queue.push(entry);
    queuedAt.push(at);
    lastRecordAt = at;
    if (pendingCount() % batchSize === 0) {
      // A full batch may be due sooner than the timer set for a partial one.
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    }
    schedule();
  };

  /** Milliseconds until the next batch should be written: 0 now, Infinity when nothing waits. */
  const waitBeforeWrite = (): number => {
    const pending = pendingCount();
    if (pending === 0) return Number.POSITIVE_INFINITY;
    if (closed) return 0;
    const at = clock();
    const oldest = queuedAt[head] ?? at;
    // A batch that is not full yet waits for more entries, up to the flush interval.
    let wait = pending >= batchSize ? 0 : flushIntervalMs - (at - oldest);
    // While questions keep coming, answering them comes first: wait for a pause, within bounds.
    if (idleMs > 0 && pending < deferUpTo && at - oldest < maxDeferMs) {
      wait = Math.max(wait, Math.min(idleMs - (at - lastRecordAt), maxDeferMs - (at - oldest)));
    }
    return Math.max(0, wait);
  };

  /** Sets the one timer that starts writing, unless a write or a timer is already under way. */
  const schedule = () => {
    if (timer !== undefined || writing !== undefined) return;
    const wait = waitBeforeWrite();
    if (wait === Number.POSITIVE_INFINITY) return;
    timer = setTimeout(() => {
      timer = undefined;
      void drain(false);
    }, wait);
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

  /**
   * Writes batches, one write at a time, until the queue is empty or (unless
   * `everything`) the next batch should wait; then sets the timer for it.
   */
  const drain = (everything: boolean): Promise<void> => {
    // `.finally` runs after the assignment even when there is nothing to write.
    writing ??= writeQueued(everything).finally(() => {
      writing = undefined;
      schedule();
    });
    return writing;
  };

  /** Encodes the oldest entries, up to a batch, and takes them off the queue. */
  const takeBatch = (): EncodedBatch => {
    // Each entry's wall time: now, less how long ago it was recorded on the monotonic clock.
    const wallNow = now().getTime();
    const monotonicNow = clock();
    const end = Math.min(queue.length, head + batchSize);
    for (; head < end; head += 1) {
      const since = monotonicNow - (queuedAt[head] as number);
      encoder.add({ ...(queue[head] as QueuedEntry), at: new Date(wallNow - since) });
    }
    if (head === queue.length) {
      emptyQueue();
    } else if (head >= batchSize * 8) {
      // Compact now and then, not on every batch, so taken entries do not stay reachable for long.
      queue = queue.slice(head);
      queuedAt = queuedAt.slice(head);
      head = 0;
    }
    return encoder.seal();
  };

  const writeQueued = async (everything: boolean) => {
    while (pendingCount() > 0 && (everything || waitBeforeWrite() === 0)) {
      const batch = takeBatch();
      const open = await connect();
      if (!open) {
        drop(batch.count);
        continue;
      }
      try {
        await open.write(batch);
        written += batch.count;
      } catch (error) {
        drop(batch.count);
        warn('question log write failed; entries dropped', error);
      }
    }
  };

  const writeEverything = async () => {
    while (writing) await writing;
    await drain(true);
  };

  return {
    enabled: true,
    retentionDays: options.retentionDays,
    record: (event) => enqueue({ kind: 'question', event }),
    recordPick: (pick) => enqueue({ kind: 'pick', pick }),
    recordFeedback: (feedback) => enqueue({ kind: 'feedback', feedback }),
    droppedCount: () => dropped,
    writtenCount: () => written,
    pendingCount,
    flush: writeEverything,
    close: async (timeoutMs = 30_000) => {
      if (closed) return;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (purgeTimer !== undefined) clearInterval(purgeTimer);
      let timeout: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timeout = setTimeout(() => resolve('late'), timeoutMs);
      });
      const result = await Promise.race([writeEverything(), late]);
      clearTimeout(timeout);
      if (result === 'late') {
        drop(pendingCount());
        emptyQueue();
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
