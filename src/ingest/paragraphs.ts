import type { Passage } from '../knowledge/schema.ts';
import { IngestError } from './errors.ts';
import { foldTitle } from './text.ts';

/** An article cut into numbered passages, with what was left out and why. */
export interface SplitArticle {
  passages: Passage[];
  /** The headline line, left out of the passages because it repeats `--title`. */
  titleLine: string | null;
  /** The "By …" line, left out of the passages. */
  bylineLine: string | null;
  warnings: string[];
}

/**
 * Cuts an article into passages, one per non-empty line. Articles with one
 * paragraph a line and articles with blank lines between paragraphs come
 * out the same. A passage must be a whole line of `article.txt` (the loader
 * checks that), so a hard-wrapped paragraph becomes one passage per line
 * and the user is warned.
 */
export function splitArticle(text: string, title: string): SplitArticle {
  const lines = text.split(/\r?\n/).map((raw, index) => ({ index, text: raw.trim() }));
  const filled = lines.filter((line) => line.text !== '');
  const skipped = new Set<number>();

  const first = filled[0];
  const titleLine = first && sameTitle(first.text, title) ? first.text : null;
  if (first && titleLine !== null) skipped.add(first.index);

  const last = filled.at(-1);
  const second = titleLine !== null ? filled[1] : undefined;
  let bylineLine: string | null = null;
  for (const candidate of [last, second]) {
    if (candidate && !skipped.has(candidate.index) && isByline(candidate.text)) {
      skipped.add(candidate.index);
      bylineLine = candidate.text;
      break;
    }
  }

  const kept = filled.filter((line) => !skipped.has(line.index));
  if (kept.length === 0) {
    throw new IngestError('no paragraphs: the file holds nothing but a title or byline');
  }
  const passages = kept.map((line, i) => ({ n: i + 1, text: line.text }));
  const warnings = hardWrapWarning(lines, skipped, kept);
  return { passages, titleLine, bylineLine, warnings };
}

/** True for "By Jane Doe" and "By Jane Doe and John Roe, Reuters" — short, no full stop. */
export function isByline(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    /^by\s+\p{L}/iu.test(line) &&
    words.length <= 12 &&
    !/[.!?]["”]?$/.test(line.replace(/\b\p{Lu}\.$/u, ''))
  );
}

function sameTitle(line: string, title: string): boolean {
  return foldTitle(line) === foldTitle(title);
}

/**
 * Blank lines between blocks mean paragraphs are blocks; a block of several
 * lines then is one paragraph wrapped over lines, which we cannot keep whole.
 */
function hardWrapWarning(
  lines: readonly { index: number; text: string }[],
  skipped: ReadonlySet<number>,
  kept: readonly { index: number }[],
): string[] {
  const hasBlankSeparator = lines.some(
    (line, i) =>
      line.text === '' &&
      i > 0 &&
      i < lines.length - 1 &&
      lines.slice(0, i).some((l) => l.text !== ''),
  );
  if (!hasBlankSeparator) return [];
  const passageOfLine = new Map(kept.map((line, i) => [line.index, i + 1]));
  const wrapped: number[] = [];
  let block: number[] = [];
  const closeBlock = () => {
    if (block.length > 1) wrapped.push(...block);
    block = [];
  };
  for (const line of lines) {
    if (line.text === '') closeBlock();
    else if (!skipped.has(line.index)) block.push(passageOfLine.get(line.index) ?? 0);
  }
  closeBlock();
  if (wrapped.length === 0) return [];
  return [
    `passages ${wrapped.join(', ')} look like paragraphs wrapped over several lines: each line became its own passage. Put each paragraph on one line and ingest again with --force to keep sentences and quotes whole.`,
  ];
}
