import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './usage-error.ts';

/**
 * `parseArgs` in strict mode, with its complaints (unknown flag, missing
 * value, stray argument) turned into a {@link UsageError}.
 */
export function parseCommandArgs<const T extends Omit<ParseArgsConfig, 'args' | 'strict'>>(
  args: readonly string[],
  config: T,
): ReturnType<typeof parseArgs<T & { args: string[]; strict: true }>> {
  try {
    return parseArgs({ ...config, args: [...args], strict: true as const });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      throw new UsageError((error as Error).message);
    }
    throw error;
  }
}

/** Positional words joined into one text, so `ask who is zakharova` works without quotes. */
export function joinedPositionals(positionals: readonly string[]): string {
  return positionals.join(' ').trim();
}
