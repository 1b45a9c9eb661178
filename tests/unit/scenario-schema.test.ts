/**
 * The JSON Schema editors use: public/scenario.schema.json must be exactly what
 * `npm run schema` generates (so nobody edits it by hand), must explain every field on hover,
 * and must agree with the checker: it accepts every shipped scenario and rejects the broken
 * files whose problem a schema can express. Validated with ajv, which eslint already installs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scenarioTemplate } from '../../scripts/scenario-template.ts';
import { SCHEMA_FILE, schemaFileText } from '../../scripts/build-schema.ts';
import { root } from './helpers.ts';

const schema = JSON.parse(readFileSync(resolve(root, SCHEMA_FILE), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true }).compile(schema);
const yamlIn = (folder: string) =>
  readdirSync(resolve(root, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `${folder}/${f}`);
const read = (file: string): unknown => parse(readFileSync(resolve(root, file), 'utf8'));

/** Every property schema below `node`, with its path, for the hover-help check. */
function properties(node: unknown, path = ''): [string, Record<string, unknown>][] {
  if (typeof node !== 'object' || node === null) return [];
  const n = node as Record<string, unknown>;
  const own = Object.entries((n['properties'] ?? {}) as Record<string, Record<string, unknown>>).map(
    ([k, v]): [string, Record<string, unknown>] => [`${path}.${k}`, v],
  );
  return [
    ...own,
    ...own.flatMap(([p, v]) => properties(v, p)),
    ...properties(n['additionalProperties'], `${path}.*`),
    ...properties(n['items'], `${path}[]`),
  ];
}

describe('public/scenario.schema.json', () => {
  it('is exactly what npm run schema generates (regenerate it; never edit it by hand)', () => {
    expect(readFileSync(resolve(root, SCHEMA_FILE), 'utf8')).toBe(schemaFileText());
  });

  it('is a draft-07 schema with a title, a description, and hover help on every field', () => {
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: expect.any(String),
      description: expect.any(String),
      additionalProperties: false,
    });
    expect(schema['required']).toEqual(
      expect.arrayContaining([
        'id',
        'format',
        'source',
        'languages',
        'title',
        'brief',
        'channel',
        'difficulty',
        'customer',
        'start',
        'nodes',
      ]),
    );
    const fields = properties(schema);
    expect(fields.length).toBeGreaterThan(25);
    for (const [path, field] of fields) {
      expect(field['title'], path).toEqual(expect.any(String));
      expect(String(field['description']).length, path).toBeGreaterThan(10);
    }
  });

  it('accepts every shipped scenario, the valid fixtures and the new-scenario template', () => {
    for (const file of [...yamlIn('scenarios'), ...yamlIn('tests/fixtures/valid')]) {
      expect(validate(read(file)) ? [] : validate.errors, file).toEqual([]);
    }
    expect(validate(parse(scenarioTemplate('new-one'))), JSON.stringify(validate.errors)).toBe(true);
  });

  // Problems of fields alone; the graph (next, cycles, reachability) is beyond a schema.
  const SCHEMA_CODES = /^# expect: SCN0(1[0-3679]|2[0-3]|3[4-7])\b/m;
  it('rejects each broken file whose problem is in a field, and accepts a graph-only problem', () => {
    const broken = yamlIn('tests/fixtures/broken').filter((f) => !/scn00[1-3]/.test(f));
    const fieldProblems = broken.filter((f) => SCHEMA_CODES.test(readFileSync(resolve(root, f), 'utf8')));
    expect(fieldProblems.length).toBeGreaterThan(12);
    for (const file of fieldProblems) expect(validate(read(file)), file).toBe(false);
    expect(validate(read('tests/fixtures/broken/scn040-cycle.yaml'))).toBe(true);
  });
});
