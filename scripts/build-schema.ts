/**
 * `npm run schema`: writes public/scenario.schema.json from the zod schema, so editors (the Red
 * Hat YAML extension, via the first line of each scenario) complete and explain fields as trainers
 * type. The file is generated, never edited: a unit test fails when it is out of date.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scenarioJsonSchema } from '../src/engine/authoring.ts';

/** Where the schema is served from: public/ is copied as-is into the built game. */
export const SCHEMA_FILE = 'public/scenario.schema.json';

/** The exact text of the schema file: two-space JSON with a final newline, stable across runs. */
export function schemaFileText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const file = resolve(import.meta.dirname, '..', SCHEMA_FILE);
  writeFileSync(file, schemaFileText(), 'utf8');
  console.log(`wrote ${SCHEMA_FILE}`);
}
