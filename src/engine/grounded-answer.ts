import type { Answer, SupportingQuote } from './answer.ts';
import { type PersonMeant, personNamed } from './antecedents.ts';
import type { AskContext } from './ask-context.ts';
import { withFullName } from './titled-names.ts';
import { type AnswerUnit, quoteOfPair } from './units.ts';

/** An answer's words and what grounds them: the quote, its citation and the unit matched. */
export type Grounded = Pick<Answer, 'answer' | 'quote' | 'citation' | 'match'>;

/** What a unit answers with, grounded: its words, the verbatim quote behind them, and their citation. */
export function groundedAnswer({ grounding }: AskContext, unit: AnswerUnit): Grounded {
  switch (unit.kind) {
    case 'qa': {
      const { pair, source } = unit;
      const directQuote = quoteOfPair(pair, source);
      const firstCitation = pair.citations[0];
      const passage = directQuote?.passage ?? firstCitation?.passage ?? 1;
      return {
        answer: unit.shown ?? pair.answer,
        quote: directQuote
          ? grounding.directQuote(source, directQuote)
          : firstCitation
            ? grounding.articleQuote(source, firstCitation)
            : null,
        citation: grounding.citation(source, passage),
        match: { kind: 'qa', id: pair.id },
      };
    }
    case 'entity': {
      const { entity, source } = unit;
      const firstCitation = entity.citations[0];
      return {
        answer: `According to ${source.source.outlet}: ${entity.name} — ${unit.shown ?? entity.description}`,
        quote: firstCitation ? grounding.articleQuote(source, firstCitation) : null,
        citation: grounding.citation(source, firstCitation?.passage ?? 1),
        match: { kind: 'entity', id: entity.id },
      };
    }
    case 'sentence': {
      const { source, passage, text, personMeant } = unit.sentence;
      const quote = grounding.sentenceQuote(source, passage, text);
      return {
        answer: `${source.source.outlet} reports: ${withFullName(sayingWho(text, personMeant, quote), source.entities)}`,
        quote,
        citation: grounding.citation(source, passage),
        match: { kind: 'sentence', id: `${source.source.id}#${passage}` },
      };
    }
  }
}

/**
 * A sentence with whom its opening "he" or "she" means named (`personNamed`):
 * a reader asking "who" is otherwise told only "she"; the verbatim quote
 * beside it stays as the article words it. Left as it is when its quote is
 * someone else's words: the two would name different people.
 */
function sayingWho(
  text: string,
  personMeant: PersonMeant | undefined,
  quote: SupportingQuote,
): string {
  if (personMeant === undefined) return text;
  if (quote.kind === 'direct' && quote.speaker !== personMeant.name) return text;
  return personNamed(text, personMeant);
}
