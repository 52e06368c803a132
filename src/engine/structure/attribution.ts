/**
 * What the sentence carrying a quote says of its speaker beyond the quote:
 * `"…," said Lucia Moreau, the mayor of Port Valdora, who had supported the
 * project.` The role is read at ingest; a further "who" clause is a fact of
 * its own, which a pair answering "what did Moreau say" must carry too, or
 * it lives only in the sentence.
 */
import { sentenceSpans } from '../sentences.ts';

/**
 * A clause set off by a comma that describes whoever comes before it, up to
 * the next comma, quote mark or the sentence's end: ", who had supported the project".
 */
const WHO_CLAUSE = /,\s+((?:who|whose)\s[^,;:“”"]*?)(?=[,;:“”"]|[.!?]?\s*$)/g;

/**
 * The "who" clauses, verbatim, of the sentence (or sentences) holding a quote,
 * outside its quote marks, set off right after one of `speaker` (the
 * speaker's names and role, so a clause on someone else is left out), that
 * the role does not already say. Each is a verbatim slice of `passage`.
 */
export function speakerClauses(
  passage: string,
  quote: string,
  speaker: readonly string[],
  role: string | null,
): string[] {
  const at = passage.indexOf(quote);
  if (at < 0) return [];
  const spans = sentenceSpans(passage);
  const first = spans.find((s) => s.start <= at && at < s.end);
  const last = spans.find((s) => s.start < at + quote.length && at + quote.length <= s.end);
  if (!first || !last) return [];
  const said = role?.toLowerCase() ?? '';
  const clauses: string[] = [];
  for (const [from, to] of [
    [first.start, at],
    [at + quote.length, last.end],
  ] as const) {
    const text = passage.slice(from, to);
    for (const match of text.matchAll(WHO_CLAUSE)) {
      const clause = match[1] ?? '';
      const before = text.slice(0, match.index).replace(/[,\s]+$/, '');
      if (!speaker.some((words) => words !== '' && before.endsWith(words))) continue;
      if (said.includes(clause.replace(/^\S+\s/, '').toLowerCase())) continue;
      clauses.push(clause);
    }
  }
  return clauses;
}
