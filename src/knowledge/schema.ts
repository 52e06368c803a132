/**
 * Zod schemas for every knowledge file. They are the single source of truth:
 * the TypeScript types below are inferred from them, and the JSON Schema files
 * in `knowledge/schemas/` are generated from them (`npm run schemas`).
 */
import { z } from 'zod';
import type { GeneralLanguage } from './general-schema.ts';

/** Kebab-case identifier, unique within its kind across the whole story. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and dashes');

const NonBlank = z.string().trim().min(1, 'must not be empty');

/** Machine-made items (from `ingest`) stay `draft: true` until a person reviews them. */
const Draft = z.boolean().optional();

/** JSON files may point editors at their generated JSON Schema. */
const SchemaRef = z.string().optional();

/** One numbered paragraph of an article, verbatim. */
export const PassageSchema = z.strictObject({
  n: z.int().positive(),
  text: NonBlank,
});

/**
 * A pointer into one passage of the same source. `excerpt`, when given, must
 * be a verbatim substring of that passage.
 */
export const CitationSchema = z.strictObject({
  passage: z.int().positive(),
  excerpt: NonBlank.optional(),
});

const IsoDate = z.iso.date();

/** `source.json`: one article and its metadata. */
export const SourceSchema = z.strictObject({
  $schema: SchemaRef,
  id: IdSchema,
  title: NonBlank,
  outlet: NonBlank,
  /** How the outlet got the story, e.g. "via Russian media"; null when not said. */
  via: NonBlank.nullable(),
  author: NonBlank.nullable(),
  /** Publication date. Null when the article does not state it: never invent one. */
  date: IsoDate.nullable(),
  url: z.url().nullable(),
  /** Name of the verbatim article file beside `source.json`. */
  articleFile: z
    .string()
    .regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/, 'must be a plain file name beside source.json')
    .default('article.txt'),
  passages: z.array(PassageSchema).min(1, 'a source needs at least one passage'),
  draft: Draft,
});

/** `quotes.json`: every direct quote in the article. */
export const QuoteSchema = z.strictObject({
  id: IdSchema,
  text: NonBlank,
  /** Entity id of the speaker; null when the speaker could not be found (ingest). */
  speaker: IdSchema.nullable(),
  /** The speaker's role as the article gives it. */
  role: NonBlank.nullable(),
  /** Where and when it was said, worded as the article words it. */
  said: NonBlank.nullable(),
  passage: z.int().positive(),
  /** Words a reader may use for what the quote is about, used by `/quote about:`. */
  topics: z.array(NonBlank).default([]),
  draft: Draft,
});

/** `quotes.json`: a source's direct quotes. */
export const QuotesFileSchema = z.strictObject({
  $schema: SchemaRef,
  quotes: z.array(QuoteSchema),
});

/** `qa.json`: curated question-and-answer pairs, each one fact the article states. */
export const QaPairSchema = z
  .strictObject({
    id: IdSchema,
    /** Phrasings a reader would really type; the first is the canonical one shown in menus. */
    questions: z.array(NonBlank).min(3, 'give at least 3 phrasings a reader would type'),
    /** Short answer worded with attribution ("According to …"). */
    answer: NonBlank,
    citations: z.array(CitationSchema).min(1, 'every pair needs at least one citation'),
    /** Id of a direct quote that supports the answer. */
    quote: IdSchema.optional(),
    /** Shown as a suggestion of what the story covers. */
    featured: z.boolean().optional(),
    /**
     * A question readers ask that the article leaves open ("when exactly was
     * the lease terminated?"). The answer says what the article does not say
     * and what it does; the engine returns it as `unknown`, never as a fact.
     */
    gap: z.boolean().optional(),
    /**
     * Made from the article's structure (byline, roles, quotes, dates) by
     * `ingest`; while a source has none, the engine makes them itself. Keep
     * it on review (drop only `draft`), or the engine makes them again.
     */
    generated: z.boolean().optional(),
    draft: Draft,
  })
  .refine((pair) => !(pair.gap && pair.featured), {
    path: ['featured'],
    message: 'a gap pair answers nothing, so it cannot be featured',
  });

/** `qa.json`: a source's Q&A pairs, curated and generated. */
export const QaFileSchema = z.strictObject({
  $schema: SchemaRef,
  pairs: z.array(QaPairSchema),
});

/** How much of a date the article gives; a timeline sorts and words a date by it. */
export const DatePrecisionSchema = z.enum(['year', 'month', 'part-of-month', 'day', 'unknown']);

/**
 * A normalized, sortable date. `value` is `YYYY`, `YYYY-MM`, `YYYY-MM` (with
 * `part`) or `YYYY-MM-DD` by precision, and null when unknown.
 */
export const NormalizedDateSchema = z
  .strictObject({
    value: z.string().nullable(),
    precision: DatePrecisionSchema,
    part: z.enum(['early', 'mid', 'late']).optional(),
    /** True where the year is not in the text but deduced from context. */
    inferred: z.boolean(),
  })
  .superRefine((date, ctx) => {
    for (const { field, message } of normalizedDateProblems(date)) {
      ctx.addIssue({ code: 'custom', message, path: [field] });
    }
  });

/** Shape of `value` per precision, with the form a person should write in messages. */
const DATE_FORMATS: Record<
  z.infer<typeof DatePrecisionSchema>,
  { pattern: RegExp; form: string } | null
> = {
  year: { pattern: /^\d{4}$/, form: 'YYYY' },
  month: { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, form: 'YYYY-MM' },
  'part-of-month': { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, form: 'YYYY-MM' },
  day: { pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, form: 'YYYY-MM-DD' },
  unknown: null,
};

/**
 * Every way a date's fields disagree with each other, each pinned to the field
 * to fix. The part check comes first and stands alone so that a `part` on a
 * date of unknown precision is reported too.
 */
function normalizedDateProblems(date: {
  value: string | null;
  precision: z.infer<typeof DatePrecisionSchema>;
  part?: string | undefined;
}): { field: 'value' | 'part'; message: string }[] {
  const problems: { field: 'value' | 'part'; message: string }[] = [];
  if (date.precision === 'part-of-month' && date.part === undefined) {
    problems.push({
      field: 'part',
      message: 'precision part-of-month needs a part: early, mid or late',
    });
  } else if (date.precision !== 'part-of-month' && date.part !== undefined) {
    problems.push({
      field: 'part',
      message: `part "${date.part}" goes only with precision part-of-month, not ${date.precision}`,
    });
  }
  const format = DATE_FORMATS[date.precision];
  if (format === null) {
    if (date.value !== null) {
      problems.push({
        field: 'value',
        message: 'a date of unknown precision must have value null',
      });
    }
  } else if (date.value === null || !format.pattern.test(date.value)) {
    problems.push({
      field: 'value',
      message: `${JSON.stringify(date.value)} is not a valid ${date.precision} date (expected ${format.form})`,
    });
  } else if (date.precision === 'day' && !isRealDay(date.value)) {
    problems.push({ field: 'value', message: `"${date.value}" is not a real calendar day` });
  }
  return problems;
}

function isRealDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** `timeline.json`: every dated or datable event in the article. */
export const TimelineEventSchema = z.strictObject({
  id: IdSchema,
  /** The date as the article words it ("December 8", "late January", "recently"). */
  when: NonBlank,
  date: NormalizedDateSchema,
  /** One line of what happened. */
  summary: NonBlank,
  citations: z.array(CitationSchema).min(1, 'every event needs at least one citation'),
  draft: Draft,
});

/** `timeline.json`: a source's dated events. */
export const TimelineFileSchema = z.strictObject({
  $schema: SchemaRef,
  events: z.array(TimelineEventSchema),
});

/**
 * What a who's-who entry is: a "where" wants a place or country, a "who" a
 * person or body; a product is a thing made ("the Tern-2 rocket", a drug, a
 * ship), which answers "what", never "who" or "where".
 */
export const EntityKindSchema = z.enum(['person', 'place', 'organization', 'country', 'product']);

/** `entities.json`: who's who — people, places, organizations and things made the article names. */
export const EntitySchema = z.strictObject({
  id: IdSchema,
  name: NonBlank,
  kind: EntityKindSchema,
  /** Other names a reader may type (spellings, short forms, abbreviations). */
  aliases: z.array(NonBlank).default([]),
  /** The article's own description of them. */
  description: NonBlank,
  citations: z.array(CitationSchema).min(1, 'every entity needs at least one citation'),
  draft: Draft,
});

/** `entities.json`: a source's who's who. */
export const EntitiesFileSchema = z.strictObject({
  $schema: SchemaRef,
  entities: z.array(EntitySchema),
});

/** `story.json`: the story the sources belong to. */
export const StorySchema = z.strictObject({
  $schema: SchemaRef,
  title: NonBlank,
  /** One sentence on what the bot can answer about. */
  scope: NonBlank,
});

/** A phrase of one to three lowercase words, as readers type it. */
export const LexiconKey = z
  .string()
  .regex(/^[a-z0-9]+(?: [a-z0-9]+){0,2}$/, 'a synonym key is one to three lowercase words');
/** Lowercase words separated by single spaces. */
export const LexiconWords = z
  .string()
  .regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'a synonym is lowercase words');
const LowercaseWord = z.string().regex(/^[a-z0-9]+$/, 'must be one lowercase word');

/**
 * `lexicon.json`: words readers use mapped to the words the article uses, so
 * that "toppled" finds "ousted". Keys are one to three lowercase words (a
 * phrase such as "kicked out" is matched before its single words); values
 * are lowercase words.
 */
export const LexiconSchema = z.strictObject({
  $schema: SchemaRef,
  synonyms: z.record(LexiconKey, LexiconWords),
  /**
   * Words that are filler in questions about this story only ("deal" where
   * no deal is reported): they neither help a match nor count against one.
   */
  stopwords: z.array(LowercaseWord).default([]),
  /** Words and phrases this story states causes with, beyond general English's ("aimed at"). */
  reasonCues: z.array(LexiconWords).default([]),
});

/** {@link PassageSchema}, validated. */
export type Passage = z.infer<typeof PassageSchema>;
/** {@link CitationSchema}, validated. */
export type Citation = z.infer<typeof CitationSchema>;
/** {@link SourceSchema}, validated. */
export type Source = z.infer<typeof SourceSchema>;
/** {@link QuoteSchema}, validated. */
export type Quote = z.infer<typeof QuoteSchema>;
/** {@link QaPairSchema}, validated. */
export type QaPair = z.infer<typeof QaPairSchema>;
/** {@link NormalizedDateSchema}, validated. */
export type NormalizedDate = z.infer<typeof NormalizedDateSchema>;
/** {@link TimelineEventSchema}, validated. */
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
/** {@link EntityKindSchema}, validated. */
export type EntityKind = z.infer<typeof EntityKindSchema>;
/** {@link EntitySchema}, validated. */
export type Entity = z.infer<typeof EntitySchema>;
/** {@link StorySchema}, validated. */
export type Story = z.infer<typeof StorySchema>;
/** {@link LexiconSchema}, validated. */
export type Lexicon = z.infer<typeof LexiconSchema>;

/** Every file of one source directory, parsed. */
export interface SourceBundle {
  source: Source;
  quotes: Quote[];
  pairs: QaPair[];
  events: TimelineEvent[];
  entities: Entity[];
}

/** A whole story, loaded and checked: the only thing the engine needs. */
export interface KnowledgeBase {
  story: Story;
  lexicon: Lexicon;
  sources: SourceBundle[];
  /**
   * General English (reader lexicon, answer-type cues, WordNet relations of
   * the story's own words), attached by the loader; absent, the engine uses
   * the story's words only.
   */
  general?: GeneralLanguage;
}

/** The knowledge files, their schema and the name of their generated JSON Schema. */
export const KNOWLEDGE_FILES = {
  story: { file: 'story.json', schema: StorySchema },
  lexicon: { file: 'lexicon.json', schema: LexiconSchema },
  source: { file: 'source.json', schema: SourceSchema },
  quotes: { file: 'quotes.json', schema: QuotesFileSchema },
  qa: { file: 'qa.json', schema: QaFileSchema },
  timeline: { file: 'timeline.json', schema: TimelineFileSchema },
  entities: { file: 'entities.json', schema: EntitiesFileSchema },
} as const;
