import type { LogLevel } from './config.ts';

/** Context carried by every line of a logger, such as command, user and guild. */
export type LogBindings = Record<string, string | number | boolean | null | undefined>;

/** A small structured logger: one JSON line per event, on stderr so stdout stays clean. */
export interface Logger {
  debug(message: string, fields?: LogBindings): void;
  info(message: string, fields?: LogBindings): void;
  warn(message: string, fields?: LogBindings): void;
  /** `fields.error` may be any thrown value; it is logged as name, message, code and stack. */
  error(message: string, fields?: LogBindings | { error?: unknown; [key: string]: unknown }): void;
  /** A logger that adds `bindings` to every line. */
  child(bindings: LogBindings): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Where log lines go; tests pass an array's push. */
export type LogSink = (line: string) => void;

/** Creates a logger writing JSON lines at `level` and above. */
export function createLogger(
  level: LogLevel,
  sink: LogSink = (line) => process.stderr.write(`${line}\n`),
  bindings: LogBindings = {},
): Logger {
  const write = (
    at: Exclude<LogLevel, 'silent'>,
    message: string,
    fields: Record<string, unknown> = {},
  ) => {
    if (RANK[at] < RANK[level]) return;
    const { error, ...rest } = fields;
    const line: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: at,
      message,
      ...bindings,
      ...rest,
    };
    if (error !== undefined) line.error = describeError(error);
    sink(JSON.stringify(line));
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (more) => createLogger(level, sink, { ...bindings, ...more }),
  };
}

function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      ...(code === undefined ? {} : { code }),
      stack: error.stack,
    };
  }
  return { message: String(error) };
}
