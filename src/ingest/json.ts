/**
 * Pretty-prints JSON the way the project's formatter (Biome) lays out the
 * hand-written knowledge files, so a freshly ingested source is already
 * formatted and a later `biome check` leaves it alone.
 */

/** Line width the formatter wraps at (biome.json `lineWidth`). */
const LINE_WIDTH = 100;
const INDENT = '  ';

/** The JSON text of `value`: groups that fit on one line stay inline, others break one item a line. */
export function formatJson(value: unknown): string {
  return `${printValue(value, '', 0)}\n`;
}

/**
 * `prefixWidth` is what precedes the value on its line (indent and key);
 * `suffixWidth` is what follows it there (a comma), both count against the width.
 */
function printValue(value: unknown, indent: string, prefixWidth: number, suffixWidth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Array.isArray(value)
    ? value.map((item) => ({ key: '', item }))
    : Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => ({ key: `${JSON.stringify(key)}: `, item }));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;

  const inline = flat(value);
  if (prefixWidth + inline.length + suffixWidth <= LINE_WIDTH) return inline;

  const inner = indent + INDENT;
  const lines = entries.map(({ key, item }, i) => {
    const comma = i < entries.length - 1 ? 1 : 0;
    return `${inner}${key}${printValue(item, inner, inner.length + key.length, comma)}`;
  });
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** The one-line form: `{ "a": 1 }` and `["x", "y"]`, spaced like the formatter's. */
function flat(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  const members = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => `${JSON.stringify(key)}: ${flat(item)}`);
  return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
}
