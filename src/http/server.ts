import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { HealthState } from './health.ts';
import type { InteractionEndpoint, JsonReply } from './interactions.ts';

/** Discord's interaction bodies are a few KB; anything this large is not one. */
export const MAX_BODY_BYTES = 100 * 1024;

/** What the server serves. */
export interface HttpServerOptions {
  health: HealthState;
  metrics: Metrics;
  logger: Logger;
  /** `POST /interactions`; absent when no DISCORD_PUBLIC_KEY is configured. */
  interactions?: InteractionEndpoint;
}

class BodyTooLarge extends Error {}

/**
 * One small node:http server: `GET /healthz`, `GET /metrics`, and with a
 * public key `POST /interactions`. A request it cannot serve gets a 4xx;
 * no input crashes it.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const server = createServer((req, res) => {
    serve(req, res, options).catch((error: unknown) => {
      options.metrics.errors.inc({ where: 'http' });
      options.logger.error('http request failed', { error, path: req.url ?? '' });
      if (!res.headersSent) sendJson(res, { status: 500, body: { error: 'internal error' } });
      else res.destroy();
    });
  });
  // Slow or stuck clients must not hold sockets: Discord sends small bodies at once.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  // Longer than load balancers' idle timeouts (60 s is common), so the balancer
  // closes idle connections first and never sends on one this server is closing.
  server.keepAliveTimeout = 65_000;
  return server;
}

async function serve(req: IncomingMessage, res: ServerResponse, options: HttpServerOptions) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const route = `${req.method ?? ''} ${path}`;
  switch (route) {
    case 'GET /healthz': {
      const report = options.health.report();
      sendJson(res, { status: report.status === 'ok' ? 200 : 503, body: report });
      return;
    }
    case 'GET /metrics': {
      const text = await options.metrics.text();
      res.writeHead(200, { 'content-type': options.metrics.contentType });
      res.end(text);
      return;
    }
    case 'POST /interactions': {
      if (!options.interactions) break;
      let body: Buffer;
      try {
        body = await readBody(req, MAX_BODY_BYTES);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        res.setHeader('connection', 'close');
        sendJson(res, { status: 413, body: { error: `body over ${MAX_BODY_BYTES} bytes` } });
        return;
      }
      sendJson(
        res,
        options.interactions(
          header(req, 'x-signature-ed25519'),
          header(req, 'x-signature-timestamp'),
          body,
        ),
      );
      return;
    }
  }
  const known = ['/healthz', '/metrics', ...(options.interactions ? ['/interactions'] : [])];
  sendJson(
    res,
    known.includes(path)
      ? { status: 405, body: { error: `${req.method} is not allowed on ${path}` } }
      : { status: 404, body: { error: 'not found' } },
  );
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: ServerResponse, reply: JsonReply): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The raw body bytes, refused as soon as they pass `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
