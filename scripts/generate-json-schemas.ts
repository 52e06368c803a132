/** Writes `knowledge/schemas/*.schema.json` from the zod schemas. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateJsonSchemas, JSON_SCHEMA_DIR } from '../src/knowledge/json-schemas.ts';

const target = path.resolve(import.meta.dirname, '..', 'knowledge', JSON_SCHEMA_DIR);
await mkdir(target, { recursive: true });
for (const [name, text] of generateJsonSchemas()) {
  await writeFile(path.join(target, name), text);
  console.log(`wrote ${path.relative(process.cwd(), path.join(target, name))}`);
}
