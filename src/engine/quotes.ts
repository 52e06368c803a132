import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { Grounding } from './grounding.ts';
import { tidy } from './text.ts';
import type { QuoteEntry } from './views.ts';
import type { WhoIndex } from './who.ts';

/** Filters for `/quote`: both optional, both fuzzy. */
export interface QuoteQuery {
  speaker?: string | undefined;
  about?: string | undefined;
}

interface QuoteRecord {
  entry: QuoteEntry;
  speakerId: string | null;
  text: string;
  topics: string[];
  said: string;
}

/** Every direct quote of the story, searchable by speaker and topic. */
export class QuoteIndex {
  private readonly records: QuoteRecord[];
  private readonly fuse: Fuse<QuoteRecord>;

  constructor(
    kb: KnowledgeBase,
    grounding: Grounding,
    private readonly who: WhoIndex,
  ) {
    this.records = kb.sources.flatMap((source) =>
      source.quotes.map((quote) => ({
        entry: {
          id: quote.id,
          quote: grounding.directQuote(source, quote),
          citation: grounding.citation(source, quote.passage),
        },
        speakerId: quote.speaker,
        text: quote.text,
        topics: quote.topics,
        said: quote.said ?? '',
      })),
    );
    this.fuse = new Fuse(this.records, {
      keys: [
        { name: 'text', weight: 2 },
        { name: 'topics', weight: 2 },
        { name: 'said', weight: 1 },
      ],
      useTokenSearch: true,
      ignoreLocation: true,
      includeScore: true,
      threshold: 0.3,
    });
  }

  /** Quotes by a speaker and/or about a topic; every quote when neither is given. */
  find(query: QuoteQuery = {}): QuoteEntry[] {
    const speaker = tidy(String(query.speaker ?? '')).slice(0, 100);
    const about = tidy(String(query.about ?? '')).slice(0, 200);
    let records = this.records;
    if (speaker !== '') {
      const card = this.who.find(speaker);
      records = card ? records.filter((r) => r.speakerId === card.id) : [];
    }
    if (about !== '') {
      const allowed = new Set(records);
      records = this.fuse
        .search(about)
        .map((hit) => hit.item)
        .filter((r) => allowed.has(r));
    }
    return records.map((r) => r.entry);
  }

  /** Names of everyone quoted, for autocomplete. */
  speakers(): string[] {
    return [...new Set(this.records.map((r) => r.entry.quote.speaker))];
  }
}
