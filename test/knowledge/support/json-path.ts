/**
 * Reads the JSON paths that knowledge problems use (`$.pairs[3].id`,
 * `$.synonyms["air base"]`) back into segments, so recipes can name the
 * place they edit the same way a problem names the place it found.
 */
const SEGMENT = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** Splits a JSON path into keys and array indexes; throws on anything it cannot read. */
export function parseJsonPath(jsonPath: string): (string | number)[] {
  if (!jsonPath.startsWith('$')) throw new Error(`a JSON path starts with $: ${jsonPath}`);
  const segments: (string | number)[] = [];
  SEGMENT.lastIndex = 1;
  while (SEGMENT.lastIndex < jsonPath.length) {
    const match = SEGMENT.exec(jsonPath);
    if (match === null) throw new Error(`cannot read JSON path ${jsonPath}`);
    const [, name, index, quoted] = match;
    if (name !== undefined) segments.push(name);
    else if (index !== undefined) segments.push(Number(index));
    else if (quoted !== undefined) segments.push(JSON.parse(quoted) as string);
  }
  return segments;
}
