/**
 * The worker thread's entry: opens the question log named in `workerData`
 * and answers the main thread's write, purge and close requests. PGlite's
 * WebAssembly work runs here, so it never holds up an answer.
 */
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { QuestionLogLocation } from './database.ts';
import { type LogWriter, openInThreadWriter } from './log-writer.ts';
import type { WriterReply, WriterRequest } from './writer-protocol.ts';

const port = parentPort;
if (!port) throw new Error('writer-worker.ts runs only as a worker thread');

const failure = (error: unknown) => ({
  message: error instanceof Error ? error.message : String(error),
  name: error instanceof Error ? error.name : 'Error',
});

let writer: LogWriter;
try {
  writer = await openInThreadWriter(workerData as QuestionLogLocation);
  lowerPriority();
  port.postMessage({ id: 0, ok: true, value: null } satisfies WriterReply);
} catch (error) {
  port.postMessage({ id: 0, ok: false, ...failure(error) } satisfies WriterReply);
  port.close();
}

port.on('message', async (request: WriterRequest) => {
  try {
    const value = await perform(request);
    port.postMessage({ id: request.id, ok: true, value } satisfies WriterReply);
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, ...failure(error) } satisfies WriterReply);
  }
});

/** Runs one request; only a purge has a value to report (how many rows went). */
async function perform(request: WriterRequest): Promise<number | null> {
  if (request.op === 'purge') return writer.purge(request.days, request.now);
  if (request.op === 'write') await writer.write(request.batch);
  else await writer.close();
  return null;
}

/**
 * On Linux a priority is per thread, so this lowers only this worker: on a
 * busy machine answers come first and the log catches up in the gaps (or
 * drops, counted, if it never can). Opening runs before it, at full speed,
 * so a first start's initdb is not starved.
 */
function lowerPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // Not permitted here: the log still works, at the same priority as answers.
  }
}
