import type { WriteStream } from 'node:tty';
import type { RenderOptions } from './style.ts';

/** Widest a line is wrapped to, even on a very wide terminal: long lines are hard to read. */
const MAX_WIDTH = 100;

/**
 * Render options for an output stream: colour and wrapping only on a terminal.
 * `hasColors()` already honours NO_COLOR, NODE_DISABLE_COLORS, FORCE_COLOR and
 * TERM=dumb, so this terminal convention needs no environment reading here.
 */
export function terminalRenderOptions(stream: NodeJS.WritableStream): RenderOptions {
  const tty = stream as Partial<WriteStream>;
  if (!tty.isTTY) return { color: false };
  return {
    color: typeof tty.hasColors === 'function' && tty.hasColors(),
    width: tty.columns ? Math.min(tty.columns, MAX_WIDTH) : undefined,
  };
}

/**
 * Ends the process with success when the reader of our output goes away
 * (`storydesk timeline | head`): that is not a failure worth a stack trace.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
