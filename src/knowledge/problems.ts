/** One thing wrong with the knowledge files, precise enough to fix without a debugger. */
export interface KnowledgeProblem {
  /** File path relative to the knowledge root. */
  file: string;
  /** JSON path inside the file, such as `$.pairs[3].citations[0].excerpt`; `$` for the whole file. */
  path: string;
  reason: string;
}

/** Thrown when knowledge cannot be loaded; carries every problem found, not just the first. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';

  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(
      `Knowledge is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`,
    );
  }
}

/**
 * One line per problem: `file: path: reason`. Line breaks inside a reason
 * (a quoted multi-line text, a JSON parser's snippet) are shown as `\n` so
 * that one problem can never look like two.
 */
export function formatProblems(problems: readonly KnowledgeProblem[]): string {
  return problems
    .map((p) => `  ${p.file}: ${p.path}: ${p.reason.replace(/\r?\n/g, '\\n')}`)
    .join('\n');
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Renders a zod-style path (`['pairs', 3, 'id']`) as a JSON path (`$.pairs[3].id`).
 * Keys that are not plain names, such as lexicon words with spaces, are quoted
 * (`$.synonyms["air base"]`) so the path stays unambiguous.
 */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((acc, segment) => {
    if (typeof segment === 'number') return `${acc}[${segment}]`;
    const key = String(segment);
    return PLAIN_KEY.test(key) ? `${acc}.${key}` : `${acc}[${JSON.stringify(key)}]`;
  }, '$');
}
