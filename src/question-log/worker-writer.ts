/**
 * A {@link LogWriter} whose database lives in a worker thread: this thread
 * only posts each batch as one message, its bytes transferred, not copied. The worker holds the process open
 * only while a request is waiting, and is terminated on close.
 */
import { Worker } from 'node:worker_threads';
import type { QuestionLogLocation } from './database.ts';
import { QuestionLogError } from './errors.ts';
import type { LogWriter } from './log-writer.ts';
import type { WriterReply, WriterRequest } from './writer-protocol.ts';

type Pending = { resolve: (value: number | null) => void; reject: (error: Error) => void };

/** tsc rewrites import specifiers but not this URL, so the worker's extension follows this file's. */
const WORKER_FILE = new URL(
  `./writer-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/** Opens and migrates the log in a worker thread, or throws `QuestionLogError` saying why not. */
export async function openWorkerWriter(location: QuestionLogLocation): Promise<LogWriter> {
  const worker = WORKER_FILE.pathname.endsWith('.ts')
    ? // Under tsx (development, tests) the worker loads TypeScript through tsx's API: on Node 20 a worker's `--import tsx` does not reach its entry file.
      new Worker(
        `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_FILE.href)}, ${JSON.stringify(import.meta.url)}))`,
        { eval: true, workerData: location },
      )
    : new Worker(WORKER_FILE, { workerData: location });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let gone: Error | undefined;

  // Referenced only while something waits for it, so an idle log never keeps the process alive.
  const track = () => {
    if (pending.size > 0) worker.ref();
    else worker.unref();
  };
  const settle = (id: number, outcome: (entry: Pending) => void) => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    track();
    outcome(entry);
  };
  const failAll = (error: Error) => {
    gone ??= error;
    for (const id of [...pending.keys()]) settle(id, (entry) => entry.reject(error));
  };

  worker.on('message', (reply: WriterReply) => {
    settle(reply.id, (entry) => {
      if (reply.ok) entry.resolve(reply.value);
      else
        entry.reject(
          reply.name === 'QuestionLogError'
            ? new QuestionLogError(reply.message)
            : new Error(reply.message),
        );
    });
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => failAll(new Error(`the question log worker stopped (exit ${code})`)));

  const call = (request: WriterRequest | { id: 0 }): Promise<number | null> =>
    new Promise((resolve, reject) => {
      if (gone) {
        reject(gone);
        return;
      }
      pending.set(request.id, { resolve, reject });
      track();
      if (request.id === 0) return;
      if ('op' in request && request.op === 'write')
        worker.postMessage(request, [request.batch.bytes]);
      else worker.postMessage(request);
    });

  try {
    await call({ id: 0 });
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  return {
    write: async (batch) => {
      await call({ id: nextId++, op: 'write', batch });
    },
    purge: async (days, now) => (await call({ id: nextId++, op: 'purge', days, now })) ?? 0,
    close: async () => {
      try {
        await call({ id: nextId++, op: 'close' });
      } finally {
        await worker.terminate();
      }
    },
  };
}
