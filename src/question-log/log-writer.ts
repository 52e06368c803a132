/**
 * What the recorder needs from the database: write a batch, purge old
 * questions, close. One implementation works in this thread; the other
 * (`worker-writer.ts`) does the same work in a worker thread.
 */
import { openQuestionLog, type QuestionLogLocation } from './database.ts';
import { decodeBatch, type EncodedBatch } from './entry-codec.ts';
import { purgeOlderThan, writeBatch } from './store.ts';

/** An open question log, as the recorder uses it. */
export interface LogWriter {
  /** Writes a batch of encoded entries in one transaction. */
  write(batch: EncodedBatch): Promise<void>;
  /** Deletes what is older than `days` days before `now`; returns how many rows went. */
  purge(days: number, now: Date): Promise<number>;
  close(): Promise<void>;
}

/** Opens and migrates the log in this thread, or throws `QuestionLogError` saying why not. */
export async function openInThreadWriter(location: QuestionLogLocation): Promise<LogWriter> {
  const log = await openQuestionLog(location);
  return {
    write: (batch) => writeBatch(log.db, decodeBatch(batch)),
    purge: (days, now) => purgeOlderThan(log.db, days, now),
    close: () => log.close(),
  };
}
