import type { EntityKind, NormalizedDate } from '../knowledge/schema.ts';
import type { CitationInfo, SupportingQuote } from './answer.ts';

/** One event of the merged timeline, attributed to its article. */
export interface TimelineEntry {
  id: string;
  /** The date as the article words it ("late January"). */
  when: string;
  date: NormalizedDate;
  summary: string;
  citation: CitationInfo;
}

/** A direct quote with everything needed to attribute it. */
export interface QuoteEntry {
  id: string;
  quote: SupportingQuote;
  citation: CitationInfo;
}

/** A passage that mentions someone or something. */
export interface PassageRef {
  citation: CitationInfo;
  text: string;
}

/** The who's-who card: descriptions from every article, and where they are mentioned. */
export interface WhoCard {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  descriptions: { text: string; citation: CitationInfo }[];
  mentions: PassageRef[];
}

/** One article of the story. */
export interface SourceInfo {
  id: string;
  title: string;
  outlet: string;
  via: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  passages: number;
  quotes: number;
  pairs: number;
}

/** The story as a whole, for `/source`. */
export interface StoryInfo {
  title: string;
  scope: string;
  sources: SourceInfo[];
  /** Example questions the bot can answer. */
  examples: string[];
}
