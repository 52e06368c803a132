import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';

/**
 * A failure the reader should hear about in plain words (a cooldown, an
 * unknown name). Its message is shown as is; anything else is a bug and
 * the reader only hears that something went wrong.
 */
export class ReplyableError extends Error {
  override readonly name = 'ReplyableError';

  constructor(
    message: string,
    /** Optional heading for the notice. */
    readonly title?: string,
  ) {
    super(message);
  }
}

const GONE_CODES: ReadonlySet<unknown> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

/**
 * True when Discord says the interaction expired (10062) or was already
 * answered (40060): nothing more can be sent for it, so it is logged, not retried.
 */
export function isInteractionGone(error: unknown): boolean {
  return error instanceof DiscordAPIError && GONE_CODES.has(error.code);
}

/** Discord's JSON error code, for log lines that need no stack. */
export function discordErrorCode(error: unknown): number | string | null {
  return error instanceof DiscordAPIError ? error.code : null;
}
