/**
 * Breaks text into lines of at most `width` columns at spaces; a word longer
 * than the width gets a line of its own. Without a width, one line.
 */
export function wrap(text: string, width: number | undefined): string[] {
  if (width === undefined || width <= 0 || text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/** Prefixes every wrapped line of `text`, keeping the total within `width`. */
export function indent(text: string, prefix: string, width: number | undefined): string[] {
  const room = width === undefined ? undefined : Math.max(20, width - prefix.length);
  return wrap(text, room).map((line) => `${prefix}${line}`);
}

/** A bulleted list, one item per line (wrapped under its bullet). */
export function bullets(items: readonly string[], width: number | undefined): string[] {
  return items.flatMap((item) => {
    const [first = '', ...rest] = wrap(item, width === undefined ? undefined : width - 4);
    return [`  • ${first}`, ...rest.map((line) => `    ${line}`)];
  });
}
