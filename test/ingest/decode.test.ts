import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/ingest/decode.ts';
import { IngestError } from '../../src/ingest/errors.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('when the file is plain UTF-8 text', () => {
  it('returns it unchanged, curly quotes and all', () => {
    expect(decodeArticle(bytes('“Quoted,” she said.'), 'a.txt')).toBe('“Quoted,” she said.');
  });

  it('keeps a byte-order mark, so the text matches the verbatim copy', () => {
    expect(decodeArticle(bytes('\uFEFFText.'), 'a.txt')).toBe('\uFEFFText.');
  });
});

describe.each([
  ['empty', new Uint8Array(), /empty/],
  ['only whitespace', bytes(' \n\t\r\n'), /empty/],
  ['binary (NUL bytes)', new Uint8Array([0x50, 0x4b, 0x00, 0x03]), /binary/],
  ['not UTF-8', new Uint8Array([0x66, 0xe9, 0x65, 0x20]), /UTF-8/],
])('when the file is %s', (_kind, input, reason) => {
  it('refuses it, naming the file and the reason', () => {
    expect(() => decodeArticle(input, 'article.txt')).toThrow(IngestError);
    expect(() => decodeArticle(input, 'article.txt')).toThrow(reason);
    expect(() => decodeArticle(input, 'article.txt')).toThrow(/article\.txt/);
  });
});
