/**
 * Whom an unnamed spokesperson speaks for: the body the article has just
 * named ("Veltmar rejected that account. A spokesperson for the company
 * said…").
 *
 * The engine's `company-antecedents.ts` ties "the company" to the same
 * business at index time; the two do different jobs and both are needed.
 * This one credits a quotation's words to a speaker, once, at ingest: any
 * body, a public one too ("a spokesperson for the council"), and a
 * spokesperson who never says "the company" ("A spokeswoman said…"). That
 * one only lets the index find a sentence by the business's name, for any
 * sentence saying "the company" or "the firm", quoted or not ("The company
 * said it had not been contacted"), up to three sentences on, in curated
 * stories too. Without this one airline-grounding loses 1 right and gains
 * 1 wrong; without that one, 2 right.
 */
import type { Span } from '../engine/quote-marks.ts';
import type { Mention, NamedEntity } from './names.ts';
import { foldName } from './text.ts';

/**
 * The organizations an article names, by their first word too ("Veltmar"
 * of "Veltmar Aero Services"); never the outlet itself, which asks the
 * questions rather than answering them ("The Halden Courier asked Halden
 * Water whether…").
 */
export interface Bodies {
  all: ReadonlySet<NamedEntity>;
  /** The one organization whose name opens on this word, if only one's does. */
  byFirstWord: (word: string) => NamedEntity | null;
}

/** Every organization of {@link Bodies}, the outlet left out. */
export function bodiesOf(
  mentions: ReadonlyMap<number, readonly Mention[]>,
  outlet: string,
): Bodies {
  const outletName = foldName(outlet).replace(/^the /, '');
  const all = new Set(
    [...mentions.values()]
      .flat()
      .map((m) => m.entity)
      .filter(
        (e) => e.kind === 'organization' && foldName(e.name).replace(/^the /, '') !== outletName,
      ),
  );
  const firstWords = new Map<string, NamedEntity[]>();
  for (const body of all) {
    const [first, ...rest] = foldName(body.name).split(' ');
    if (!first || rest.length === 0) continue;
    firstWords.set(first, [...(firstWords.get(first) ?? []), body]);
  }
  return {
    all,
    byFirstWord: (word) => {
      const found = firstWords.get(foldName(word));
      return found?.length === 1 ? (found[0] ?? null) : null;
    },
  };
}

/**
 * The body an unnamed spokesperson speaks for: the one organization named
 * before them in their sentence, else in the sentence before, in the same
 * passage ("Veltmar rejected that account. A spokesperson for the company
 * said…"). Null when none is named there, or more than one.
 */
export function bodyBefore(
  sentence: Span,
  quoteStart: number,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  text: string,
  bodies: Bodies,
): () => NamedEntity | null {
  return () => {
    const before = sentences.findLast((s) => s.end <= sentence.start);
    // In the spokesperson's own sentence, only before the quotation: what is quoted may name
    // another body ("…countersigned by Coastlink's own quality team").
    const own = { start: sentence.start, end: quoteStart };
    for (const span of [own, before]) {
      if (!span) continue;
      const named = new Set(
        mentions
          .filter((m) => bodies.all.has(m.entity) && m.start >= span.start && m.end <= span.end)
          .map((m) => m.entity),
      );
      // "Veltmar rejected that account.": a firm opening a sentence by its first word.
      const opening = /^\p{Lu}[\p{L}'’-]+(?=\s+\p{Ll})/u.exec(text.slice(span.start))?.[0];
      const firm = opening && named.size === 0 ? bodies.byFirstWord(opening) : null;
      if (firm) named.add(firm);
      if (named.size > 0) return named.size === 1 ? ([...named][0] ?? null) : null;
    }
    return null;
  };
}
