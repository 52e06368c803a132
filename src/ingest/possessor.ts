import { sentenceSpans } from '../engine/sentences.ts';
import type { Passage } from '../knowledge/schema.ts';
import type { Bodies } from './bodies.ts';
import type { Mention } from './names.ts';

/**
 * "Its chief executive, Rachel Dunn," after a sentence about Basin Metals:
 * the role is "Basin Metals’ chief executive". A role set off before a
 * name that opens with "its" gets the organization it belongs to, when one
 * is named in that sentence before it or opens the sentence before; otherwise
 * it stays as the article wrote it. "The union's regional organiser" gets
 * the body the article calls "the union" ({@link Bodies.byNoun}). Mentions
 * are in article order.
 */
export function nameRolePossessors(
  mentions: Mention[],
  passages: readonly Passage[],
  known: Bodies,
): void {
  const sentenceOf = sentenceLocator(passages);
  for (const [i, mention] of mentions.entries()) {
    const role = mention.role;
    const called = role === null ? null : THE_NOUNS_ROLE.exec(role);
    const body = called?.[1] ? known.byNoun(called[1]) : null;
    if (called && body && mention.entity.kind === 'person') {
      mention.role = possessiveRole(body.name, called[2] ?? '');
      continue;
    }
    const rest = role === null ? undefined : ITS_ROLE.exec(role)?.[1];
    if (rest === undefined || mention.entity.kind !== 'person') continue;
    const at = sentenceOf(mention.passage, mention.outerStart);
    const bodies = mentions
      .slice(0, i)
      .filter((m) => m.entity.kind === 'organization' && m.end <= mention.outerStart);
    // The nearest body of its own sentence; else the first of the sentence before, its
    // subject ("The Trust, which runs Harrowgate…. Its chief executive" is the Trust's).
    const owner =
      bodies.findLast((m) => sentenceOf(m.passage, m.start) === at) ??
      bodies.find((m) => sentenceOf(m.passage, m.start) === at - 1);
    const text = passages.find((p) => p.n === owner?.passage)?.text;
    if (!owner || !text) continue;
    const name = text.slice(owner.start, owner.end);
    mention.role = possessiveRole(name, rest);
  }
}

/** A role as its body's: "Basin Metals’ chief executive", "the Trust’s chair". */
function possessiveRole(body: string, role: string): string {
  return `${body}${body.endsWith('s') ? '’' : '’s'} ${role}`;
}

/** "the agency's chief executive": the body's noun, then the role; nothing said between. */
const THE_NOUNS_ROLE = /^the\s+(\p{Ll}[\p{Ll}-]*)['’]s\s+([^,]+)$/u;

/** "its chief executive" and what follows it; only a role with nothing said between. */
const ITS_ROLE = /^its\s+([^,]+)$/;

/** The index of a sentence in the whole article, for a passage and an offset in it. */
function sentenceLocator(passages: readonly Passage[]): (passage: number, at: number) => number {
  const starts = new Map<number, number[]>();
  let count = 0;
  for (const passage of passages) {
    const spans = sentenceSpans(passage.text).map((s) => s.start);
    starts.set(passage.n, spans);
    count += spans.length;
  }
  const offsets = new Map<number, number>();
  let before = 0;
  for (const passage of passages) {
    offsets.set(passage.n, before);
    before += starts.get(passage.n)?.length ?? 0;
  }
  return (passage, at) => {
    const spans = starts.get(passage) ?? [];
    const within = spans.findLastIndex((start) => start <= at);
    return (offsets.get(passage) ?? count) + Math.max(0, within);
  };
}
