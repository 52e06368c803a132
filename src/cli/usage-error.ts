/**
 * The command line was wrong (unknown command or flag, missing value or
 * name): the user gets the message and the usage, and the process exits 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
