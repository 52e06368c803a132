/** Control and invisible format characters: an echoed escape sequence could drive the terminal. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/gu;

/** Longest user-typed text echoed back; a 10k-character paste is not worth repeating. */
export const MAX_ECHO_CHARS = 120;

/**
 * User-supplied text made safe to show: no control characters, whitespace
 * collapsed, cut to `max` characters with an ellipsis.
 */
export function printable(text: string, max = MAX_ECHO_CHARS): string {
  const flat = text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}
