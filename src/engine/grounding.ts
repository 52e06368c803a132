import type { Citation, KnowledgeBase, Quote, SourceBundle } from '../knowledge/schema.ts';
import type { CitationInfo, SupportingQuote } from './answer.ts';
import { mergedEntities } from './units.ts';

/**
 * Turns knowledge references into the verbatim text and attribution shown to
 * readers. Every string it returns is either curated metadata or a verbatim
 * slice of a passage.
 */
export class Grounding {
  private readonly speakerNames = new Map<string, string>();

  constructor(kb: KnowledgeBase) {
    for (const { entity } of mergedEntities(kb)) this.speakerNames.set(entity.id, entity.name);
  }

  /** Article metadata plus the paragraph number. */
  citation(source: SourceBundle, passage: number): CitationInfo {
    const { id, title, outlet, via, author, date } = source.source;
    return { sourceId: id, title, outlet, via, author, date, passage };
  }

  passageText(source: SourceBundle, passage: number): string {
    return source.source.passages.find((p) => p.n === passage)?.text ?? '';
  }

  /** A direct quote with its speaker's name and role. */
  directQuote(source: SourceBundle, quote: Quote): SupportingQuote {
    return {
      kind: 'direct',
      text: quote.text,
      speaker: this.speakerName(source, quote),
      role: quote.role,
      said: quote.said,
    };
  }

  speakerName(source: SourceBundle, quote: Quote): string {
    if (quote.speaker === null) return 'Unknown speaker';
    return this.speakerNames.get(quote.speaker) ?? source.source.outlet;
  }

  /** The cited excerpt, or the whole passage when the citation names none. */
  articleQuote(source: SourceBundle, citation: Citation): SupportingQuote {
    return this.articleText(source, citation.excerpt ?? this.passageText(source, citation.passage));
  }

  articleText(source: SourceBundle, text: string): SupportingQuote {
    return {
      kind: 'article',
      text,
      speaker: source.source.outlet,
      role: 'article text',
      said: null,
    };
  }

  /**
   * A sentence of a passage, attributed to the speaker whose direct quote it
   * mostly lies in, and otherwise to the outlet. Quote marks are trimmed to
   * the quoted words so the text stays verbatim either way.
   */
  sentenceQuote(source: SourceBundle, passage: number, sentence: string): SupportingQuote {
    const passageText = this.passageText(source, passage);
    const start = passageText.indexOf(sentence);
    if (start >= 0) {
      const end = start + sentence.length;
      for (const quote of source.quotes) {
        if (quote.passage !== passage) continue;
        const quoteStart = passageText.indexOf(quote.text);
        if (quoteStart < 0) continue;
        const overlapStart = Math.max(start, quoteStart);
        const overlapEnd = Math.min(end, quoteStart + quote.text.length);
        if (overlapEnd - overlapStart >= MOSTLY_QUOTED * sentence.length) {
          return {
            ...this.directQuote(source, quote),
            text: passageText.slice(overlapStart, overlapEnd),
          };
        }
      }
    }
    return this.articleText(source, sentence);
  }
}

/** Share of a sentence inside a direct quote for the sentence to count as that speaker's words. */
const MOSTLY_QUOTED = 0.6;
