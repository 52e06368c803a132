const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` characters, marking the cut with an ellipsis.
 * Never splits a surrogate pair, so an emoji is dropped whole rather than
 * turned into an invalid character.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * Makes text from readers or from the knowledge show as typed: no bold,
 * code, spoilers, headings, lists, links or quotes it did not mean. Escapes
 * are backslashes, which Discord hides, so quotes still read verbatim.
 * Linear on purpose: discord.js's `escapeMarkdown` takes seconds on a long
 * run of letters without spaces, which a reader can type.
 */
export function plain(text: string): string {
  return text
    .replace(/[\\*_~`|[]/g, '\\$&')
    .replace(/^(\s*)(#|-|>)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/** A Markdown block quote, one `> ` per line so multi-line quotes stay quoted. */
export function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A Markdown bulleted list. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `• ${item}`).join('\n');
}

/** The `¶n` mark readers use to find a paragraph in the article. */
export function paragraphMark(passage: number): string {
  return `¶${passage}`;
}
