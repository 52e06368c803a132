/**
 * The log: pino, one JSON line per event on stderr so stdout stays the
 * console's and the CLI's. pino because it is the well-kept standard for
 * Node JSON logs: fast, with path redaction and error serializers
 * (including `cause`) that a hand-written logger would have to copy.
 */
import { pino, stdSerializers, stdTimeFunctions } from 'pino';
import type { LogLevel } from './config.ts';

/** Context carried by every line of a logger, such as command, user and guild. */
export type LogBindings = Record<string, string | number | boolean | null | undefined>;

/** A small structured logger: one JSON line per event, on stderr so stdout stays clean. */
export interface Logger {
  debug(message: string, fields?: LogBindings): void;
  info(message: string, fields?: LogBindings): void;
  warn(message: string, fields?: LogBindings): void;
  /** `fields.error` may be any thrown value; it is logged with name, message, code, stack and cause. */
  error(message: string, fields?: LogBindings | { error?: unknown; [key: string]: unknown }): void;
  /** A logger that adds `bindings` to every line. */
  child(bindings: LogBindings): Logger;
}

/** Where log lines go, one JSON object per call without the newline; tests pass an array's push. */
export type LogSink = (line: string) => void;

/**
 * Fields that may hold the bot token or an `Authorization: Bot …` header,
 * at the top of a line or one level down (an error, a request). pino
 * replaces them before the line is written.
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'discord.token',
  '*.discord.token',
];

/** Creates a logger writing JSON lines at `level` and above, to stderr unless given a sink. */
export function createLogger(level: LogLevel, sink?: LogSink, bindings: LogBindings = {}): Logger {
  const destination = sink
    ? { write: (line: string) => sink(line.replace(/\n$/, '')) }
    : // Synchronous, so the last line before `process.exit` is never lost.
      pino.destination({ dest: 2, sync: true });
  const base = pino(
    {
      level,
      messageKey: 'message',
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: serializeError },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
  return wrap(Object.keys(bindings).length > 0 ? base.child(bindings) : base);
}

function wrap(log: pino.Logger): Logger {
  return {
    debug: (message, fields) => log.debug(fields ?? {}, message),
    info: (message, fields) => log.info(fields ?? {}, message),
    warn: (message, fields) => log.warn(fields ?? {}, message),
    error: (message, fields) => log.error(fields ?? {}, message),
    child: (bindings) => wrap(log.child(bindings)),
  };
}

/** Errors with their causes (pino's serializer); anything else thrown, as its text. */
function serializeError(error: unknown): unknown {
  if (error instanceof Error) {
    const { type, ...rest } = stdSerializers.errWithCause(error) as Record<string, unknown>;
    return { name: error.name || type, ...rest };
  }
  return { message: String(error) };
}
