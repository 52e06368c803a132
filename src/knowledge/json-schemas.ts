import { z } from 'zod';
import { KNOWLEDGE_FILES } from './schema.ts';

/** Folder, relative to the knowledge root, that holds the generated JSON Schema files. */
export const JSON_SCHEMA_DIR = 'schemas';

/**
 * JSON Schema documents generated from the zod schemas, keyed by file name
 * (`qa.schema.json`, …). They describe files as written, so defaults stay optional.
 */
export function generateJsonSchemas(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [kind, { schema }] of Object.entries(KNOWLEDGE_FILES)) {
    const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    documents.set(`${kind}.schema.json`, `${JSON.stringify(jsonSchema, null, 2)}\n`);
  }
  return documents;
}
