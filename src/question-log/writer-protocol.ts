/** The messages between the recorder's thread and the question log's worker thread. */
import type { EncodedBatch } from './entry-codec.ts';

/** A request to the worker; `id` pairs it with its reply. */
export type WriterRequest =
  | { id: number; op: 'write'; batch: EncodedBatch }
  | { id: number; op: 'purge'; days: number; now: Date }
  | { id: number; op: 'close' };

/** The worker's answer; id 0 answers the open the worker does on start. */
export type WriterReply =
  | { id: number; ok: true; value: number | null }
  | { id: number; ok: false; name: string; message: string };
