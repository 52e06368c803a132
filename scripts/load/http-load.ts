/** Signed interactions against the HTTP mode: steady rates and bursts. */
import { Agent, request } from 'node:http';
import { signatureHeaders, type TestKeys } from '../../test/fixtures/http/signed.ts';

/** One interaction's outcome: milliseconds from when it was due until answered, or a failure. */
export interface Outcome {
  ms: number;
  ok: boolean;
  /** Why it failed: an HTTP status, a response that is not a reply, or a socket error code. */
  failure?: string;
}

/** A signed request ready to send: signing is done before the clock starts. */
interface Prepared {
  body: Buffer;
  headers: Record<string, string>;
}

/** Signs every interaction now (timestamps stay fresh for minutes). */
export function prepare(keys: TestKeys, interactions: readonly unknown[]): Prepared[] {
  return interactions.map((interaction) => {
    const body = Buffer.from(JSON.stringify(interaction));
    return {
      body,
      headers: {
        ...signatureHeaders(keys, body),
        'content-type': 'application/json',
        'content-length': String(body.length),
      },
    };
  });
}

// Like Discord's edge: many connections, kept alive.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** POSTs one prepared interaction: undefined when a 200 carries a type-4 reply, else why not. */
function send(url: URL, prepared: Prepared): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers: prepared.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type?: number };
          const ok = res.statusCode === 200 && body.type === 4;
          resolve(ok ? undefined : `HTTP ${res.statusCode} type ${body.type}`);
        } catch {
          resolve(`HTTP ${res.statusCode}, not JSON`);
        }
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(prepared.body);
  });
}

/** Sends every interaction at once; latency counts from the burst's start. */
export async function httpBurst(
  baseUrl: string,
  prepared: readonly Prepared[],
): Promise<Outcome[]> {
  const url = new URL('/interactions', baseUrl);
  const start = performance.now();
  return Promise.all(
    prepared.map(async (p) => {
      const failure = await send(url, p);
      return outcome(failure, performance.now() - start);
    }),
  );
}

/**
 * Sends at `perSecond` for the length of `prepared` (an open loop: the
 * next request is due on time whether or not earlier ones were answered),
 * latency counted from when each was due.
 */
export async function httpRate(
  baseUrl: string,
  prepared: readonly Prepared[],
  perSecond: number,
): Promise<Outcome[]> {
  const url = new URL('/interactions', baseUrl);
  const start = performance.now();
  const pending: Promise<Outcome>[] = [];
  let next = 0;
  while (next < prepared.length) {
    const elapsed = performance.now() - start;
    const due = Math.min(prepared.length, Math.floor((elapsed / 1000) * perSecond) + 1);
    for (; next < due; next += 1) {
      const dueAt = start + (next / perSecond) * 1000;
      const item = prepared[next];
      if (!item) break;
      pending.push(send(url, item).then((failure) => outcome(failure, performance.now() - dueAt)));
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return Promise.all(pending);
}

function outcome(failure: string | undefined, ms: number): Outcome {
  return failure === undefined ? { ok: true, ms } : { ok: false, ms, failure };
}
