/**
 * Quotation marks of a passage, with their offsets. The sentence splitter
 * keeps a quoted remark whole, and ingest tells who said it.
 */

/** A slice of a passage, with its offsets so that it stays verbatim. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A quoted stretch: `outer` includes the quote marks, `inner` is what was said. */
export interface QuoteMarks {
  outer: Span;
  inner: Span;
}

/** Quote marks found in a passage, and openings that never close. */
export interface QuoteScan {
  quotes: QuoteMarks[];
  unmatched: number;
}

/**
 * Finds “curly” and "straight" quotations. A curly pair wins over straight
 * marks inside it, so `“he said "no"”` is one quotation.
 */
export function findQuoteMarks(text: string): QuoteScan {
  const quotes: QuoteMarks[] = [];
  let unmatched = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const close = ch === '“' ? '”' : ch === '"' ? '"' : null;
    if (close === null) {
      i++;
      continue;
    }
    const end = text.indexOf(close, i + 1);
    if (end === -1) {
      unmatched++;
      i++;
      continue;
    }
    quotes.push({
      outer: { start: i, end: end + 1, text: text.slice(i, end + 1) },
      inner: { start: i + 1, end, text: text.slice(i + 1, end) },
    });
    i = end + 1;
  }
  return { quotes, unmatched };
}

/**
 * The text with every quotation blanked to spaces, offsets kept: what the
 * writer says, apart from what they quote others saying.
 */
export function withoutQuotes(
  text: string,
  quotes: readonly QuoteMarks[] = findQuoteMarks(text).quotes,
): string {
  return quotes.reduceRight(
    (out, { outer }) =>
      out.slice(0, outer.start) + ' '.repeat(outer.end - outer.start) + out.slice(outer.end),
    text,
  );
}
