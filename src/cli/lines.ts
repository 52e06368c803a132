import { createInterface } from 'node:readline';

/** Non-blank lines of a stream, trimmed, as they arrive. */
export async function* nonBlankLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) {
      const text = line.trim();
      if (text !== '') yield text;
    }
  } finally {
    lines.close();
  }
}
