import type { Citation, SourceBundle } from '../knowledge/schema.ts';
import type { Span } from './quote-marks.ts';
import { unitSpans } from './sentences.ts';
import { citesOnlyToGround } from './structure/generate.ts';
import { DECISION } from './tuning.ts';
import { type AnswerUnit, quoteOfPair } from './units.ts';

/**
 * Which of the articles' sentences each unit shows a reader when asked: the
 * direct quote of a pair, the first citation of a pair or card, a passage
 * sentence itself. Two units that show the same sentences give the reader
 * the same fact ("What did she say: “All of…”?" and "More on “All of…”"),
 * so a list of suggestions needs only one of them.
 */
export class ShownSentences {
  private readonly byUnit = new Map<number, readonly string[]>();
  private readonly touchedByUnit = new Map<number, readonly string[]>();
  /** Per source and passage, where each sentence starts and ends in the passage. */
  private readonly spans = new Map<string, readonly Span[]>();

  constructor(private readonly units: readonly AnswerUnit[]) {}

  /**
   * Keys of the sentences a unit shows, one per sentence
   * (`source#passage#index`); empty when it shows none.
   */
  of(unit: number): readonly string[] {
    return this.cached(this.byUnit, unit, DECISION.sameFactShare);
  }

  /**
   * Keys of the sentences a unit shows any of, however little: a quote of
   * half a sentence, or a card citing its opening words, touches it.
   */
  touched(unit: number): readonly string[] {
    return this.cached(this.touchedByUnit, unit, 0);
  }

  /** A unit's sentence keys at `share`, read once into `cache`. */
  private cached(
    cache: Map<number, readonly string[]>,
    unit: number,
    share: number,
  ): readonly string[] {
    let keys = cache.get(unit);
    if (keys === undefined) {
      const found = this.units[unit];
      keys = found ? this.read(found, share) : [];
      cache.set(unit, keys);
    }
    return keys;
  }

  private read(unit: AnswerUnit, share: number): readonly string[] {
    switch (unit.kind) {
      case 'qa': {
        const { pair, source } = unit;
        const quote = quoteOfPair(pair, source);
        if (quote) return this.sentencesOf(source, quote.passage, quote.text, share);
        // Its answer is not the cited words: it shows no sentence of the article.
        if (citesOnlyToGround(pair)) return [];
        return this.citedSentences(source, pair.citations[0], share);
      }
      case 'entity':
        return this.citedSentences(unit.source, unit.entity.citations[0], share);
      case 'sentence': {
        const { source, passage, text } = unit.sentence;
        return this.sentencesOf(source, passage, text, share);
      }
    }
  }

  private citedSentences(
    source: SourceBundle,
    citation: Citation | undefined,
    share: number,
  ): readonly string[] {
    if (!citation) return [];
    return this.sentencesOf(source, citation.passage, citation.excerpt ?? null, share);
  }

  /**
   * The sentences a verbatim excerpt of a passage shows at least `share` of
   * (any of, for 0); every one for the whole passage.
   */
  private sentencesOf(
    source: SourceBundle,
    passage: number,
    excerpt: string | null,
    share: number,
  ): string[] {
    const id = source.source.id;
    const spans = this.spansOf(source, passage);
    const text = source.source.passages.find((p) => p.n === passage)?.text ?? '';
    const start = excerpt === null ? 0 : text.indexOf(excerpt);
    // Loading checks every excerpt verbatim; one not found still keys itself.
    if (start < 0) return [`${id}#${passage}#${excerpt}`];
    const end = excerpt === null ? text.length : start + excerpt.length;
    // A card's excerpt ("Councillor Dana Whitlock, who chairs…") shows a
    // sentence only in part: what the rest of the sentence says is still news.
    return spans.flatMap((span, index) => {
      const shown = Math.min(end, span.end) - Math.max(start, span.start);
      return shown > 0 && shown >= share * (span.end - span.start)
        ? [`${id}#${passage}#${index}`]
        : [];
    });
  }

  private spansOf(source: SourceBundle, passage: number): readonly Span[] {
    const key = `${source.source.id}#${passage}`;
    let spans = this.spans.get(key);
    if (spans === undefined) {
      const text = source.source.passages.find((p) => p.n === passage)?.text ?? '';
      spans = unitSpans(text);
      this.spans.set(key, spans);
    }
    return spans;
  }
}
