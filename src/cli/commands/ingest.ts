import path from 'node:path';
import { z } from 'zod';
import type { DraftSummary } from '../../ingest/draft.ts';
import { IngestError } from '../../ingest/errors.ts';
import { type IngestResult, ingestArticle } from '../../ingest/write.ts';
import { IdSchema } from '../../knowledge/schema.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { PROGRAM } from '../usage.ts';
import { UsageError } from '../usage-error.ts';

/** The CLI's exit code for bad arguments, also used for bad input files: the user must fix the call. */
const BAD_INPUT = 2;

/** `storydesk ingest`: a plain-text article becomes a draft source, ready for review. */
export const ingestCommand: CliCommand = {
  name: 'ingest',
  summary: 'Turn a plain-text article into a new draft source of the story, ready for review.',
  usage: [
    'ingest FILE.txt --title TITLE --outlet OUTLET --author AUTHOR [--date YYYY-MM-DD] [--url URL] [--id ID] [--dir KNOWLEDGE_DIR] [--force]',
  ],
  options: [
    ['--title TITLE', 'The headline (a first line equal to it is left out of the passages)'],
    ['--outlet OUTLET', 'The publication, e.g. "Caliber.Az"'],
    ['--author AUTHOR', 'Who wrote it'],
    ['--date YYYY-MM-DD', 'Publication date; dates like "December 8" get their year from it'],
    ['--url URL', 'Where the article was published'],
    ['--id ID', 'Source id, kebab-case (default: made from outlet and title)'],
    [
      '--dir DIR',
      'Knowledge folder to add to (default: KNOWLEDGE_DIR or the bundled one); a missing or empty one becomes a new story',
    ],
    ['--force', 'Replace a source with the same id, or the same title and outlet'],
  ],
  parse(args) {
    const { values, positionals } = parseCommandArgs(args, {
      options: {
        title: { type: 'string' },
        outlet: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        id: { type: 'string' },
        dir: { type: 'string' },
        force: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError('ingest needs the article file');
    if (extra.length > 0) throw new UsageError(`ingest takes one file, got ${positionals.length}`);
    const title = required(values.title, '--title');
    const outlet = required(values.outlet, '--outlet');
    const author = required(values.author, '--author');
    const date = checked(values.date, '--date', z.iso.date(), 'must be a real day as YYYY-MM-DD');
    const url = checked(values.url, '--url', z.url(), 'must be a URL such as https://…');
    const id = checked(
      values.id,
      '--id',
      IdSchema,
      'must be kebab-case, e.g. reuters-tartous-lease',
    );
    return async (context) => {
      const knowledgeDir = values.dir ?? context.config.knowledgeDir;
      try {
        const result = await ingestArticle({
          file,
          knowledgeDir,
          meta: { title, outlet, author, date, url },
          id,
          force: values.force === true,
        });
        context.stdout(`${describeResult(result, knowledgeDir)}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        context.stderr(`${PROGRAM} ingest: ${error.message}\n`);
        return BAD_INPUT;
      }
    };
  },
};

function required(value: string | undefined, flag: string): string {
  const text = value?.trim() ?? '';
  if (text === '') throw new UsageError(`ingest needs ${flag}`);
  return text;
}

function checked(
  value: string | undefined,
  flag: string,
  schema: z.ZodType<string>,
  expected: string,
): string | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (!schema.safeParse(text).success) throw new UsageError(`${flag} ${expected} (got "${text}")`);
  return text;
}

function describeResult(result: IngestResult, knowledgeDir: string): string {
  const { summary } = result;
  const where = path.relative(process.cwd(), result.dir) || result.dir;
  return [
    ...(result.newStory
      ? [`New story in ${knowledgeDir}: story.json, an empty lexicon.json and this source`]
      : []),
    `Ingested ${where} (every item marked "draft": true)`,
    `  passages:  ${summary.passages}${leftOut(summary)}`,
    `  quotes:    ${summary.quotes}, ${summary.quotesWithSpeaker} with a speaker`,
    `  events:    ${summary.events}`,
    `  answers:   ${summary.generatedPairs} Q&A pairs made from roles, quotes and dates`,
    `  entities:  ${summary.newEntities} new, ${summary.linkedEntities} linked to existing ones`,
    ...result.replaced.map((dir) => `  replaced:  ${path.relative(process.cwd(), dir) || dir}`),
    ...summary.warnings.map((warning) => `  warning:   ${warning}`),
    '',
    `Next: review the drafts, then run check: ${PROGRAM} check --dir ${knowledgeDir}`,
  ].join('\n');
}

function leftOut(summary: DraftSummary): string {
  const parts = [
    summary.titleLineSkipped ? 'the title line' : null,
    summary.bylineSkipped ? 'the byline' : null,
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(' and ')} left out)` : '';
}
