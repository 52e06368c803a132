import { JSON_SCHEMA_DIR } from '../knowledge/json-schemas.ts';
import type { SourceBundle } from '../knowledge/schema.ts';
import { formatJson } from './json.ts';

/** Where a source's JSON files point editors for their schema, from `sources/<id>/`. */
const schemaRef = (kind: string) => `../../${JSON_SCHEMA_DIR}/${kind}.schema.json`;

/**
 * The JSON files of a source directory, by file name, formatted like the
 * hand-curated ones. The article itself is copied byte for byte elsewhere.
 */
export function sourceJsonFiles(bundle: SourceBundle): Map<string, string> {
  return new Map([
    ['source.json', formatJson({ $schema: schemaRef('source'), ...bundle.source })],
    ['quotes.json', formatJson({ $schema: schemaRef('quotes'), quotes: bundle.quotes })],
    ['qa.json', formatJson({ $schema: schemaRef('qa'), pairs: bundle.pairs })],
    ['timeline.json', formatJson({ $schema: schemaRef('timeline'), events: bundle.events })],
    ['entities.json', formatJson({ $schema: schemaRef('entities'), entities: bundle.entities })],
  ]);
}
