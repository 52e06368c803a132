import { z } from 'zod';

/** Where an answer comes from: the article and the paragraph. */
export const CitationInfoSchema = z.object({
  sourceId: z.string(),
  title: z.string(),
  outlet: z.string(),
  via: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  passage: z.int().positive(),
});

/**
 * The verbatim words behind an answer. `kind: 'direct'` is a quote of a
 * named speaker; `kind: 'article'` is the article's own text, spoken by the outlet.
 */
export const SupportingQuoteSchema = z.object({
  kind: z.enum(['direct', 'article']),
  text: z.string(),
  speaker: z.string(),
  role: z.string().nullable(),
  /** Where and when it was said, as the article words it. */
  said: z.string().nullable(),
});

/** A question the engine can answer, offered as "did you mean" or as a suggestion. */
export const OfferedQuestionSchema = z.object({
  question: z.string(),
  confidence: z.number().min(0).max(1),
});

/** What `ask` returns: one grounded answer, or an honest "the article does not say". */
export const AnswerSchema = z.object({
  question: z.string(),
  status: z.enum(['answered', 'unknown']),
  /** Plain text: the short answer, or why there is none. */
  answer: z.string(),
  quote: SupportingQuoteSchema.nullable(),
  citation: CitationInfoSchema.nullable(),
  confidence: z.number().min(0).max(1),
  /** What matched: a curated pair, a who's-who entry or a sentence of a passage. */
  match: z.object({ kind: z.enum(['qa', 'entity', 'sentence']), id: z.string() }).nullable(),
  alternatives: z.array(OfferedQuestionSchema),
  suggestions: z.array(z.string()),
});

/** Where an answer's words stand: {@link CitationInfoSchema}. */
export type CitationInfo = z.infer<typeof CitationInfoSchema>;
/** The verbatim words behind an answer: {@link SupportingQuoteSchema}. */
export type SupportingQuote = z.infer<typeof SupportingQuoteSchema>;
/** A question offered instead of, or beside, an answer: {@link OfferedQuestionSchema}. */
export type OfferedQuestion = z.infer<typeof OfferedQuestionSchema>;
/** What every adapter renders: {@link AnswerSchema}, the contract of `ask --json`. */
export type Answer = z.infer<typeof AnswerSchema>;
