import { IngestError } from './errors.ts';

/**
 * The article's text from the file's bytes. Refuses what cannot be a plain
 * text article, because ingesting it would only produce garbage drafts.
 * A byte-order mark is kept so the text matches the verbatim `article.txt`.
 */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new IngestError(`${name} is empty`);
  if (bytes.includes(0)) {
    throw new IngestError(`${name} looks like a binary file (it contains NUL bytes), not text`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError(`${name} is not valid UTF-8 text`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new IngestError(`${name} is empty (it holds only whitespace)`);
  }
  return text;
}
