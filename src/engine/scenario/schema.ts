/**
 * The scenario file format (version 1) as one zod schema. It is the single source of truth for
 * the validator and for the JSON Schema served to editors (see `scenarioJsonSchema`). Graph rules
 * (existing `next`, cycles, reachability) live in checks, since a schema cannot express them.
 */
import { z } from 'zod';
import {
  CHANNELS,
  ENDINGS,
  FORMAT_VERSION,
  ID_PATTERN,
  LANGUAGES,
  PORTRAITS,
  PRINCIPLES,
} from './vocabulary.ts';

const language = z.enum(LANGUAGES);
const id = z.string().regex(ID_PATTERN);
const nonEmpty = z.string().min(1);

/** A text: one string in the source language, or a map language → string. */
export const textSchema = z
  .union([nonEmpty, z.partialRecord(language, nonEmpty)])
  .describe('A string in the source language, or a map of language to string.');

const scoreSchema = z
  .partialRecord(z.enum(PRINCIPLES), z.int().min(-3).max(3))
  .describe('Points per principle, -3 to 3; a missing principle counts 0.');

export const choiceSchema = z.strictObject({
  id: id.optional().describe('Unique within the node; the index is used where absent.'),
  text: textSchema.describe('What the learner says or writes.'),
  score: scoreSchema.optional(),
  mood: z.int().min(-50).max(50).optional().describe("Change to the customer's mood."),
  feedback: textSchema.optional().describe('Coaching: why this choice helps or hurts.'),
  next: id.describe('The node this reply leads to.'),
  hold: z.boolean().optional().describe('This reply puts the caller on hold.'),
});

export const nodeSchema = z.strictObject({
  customer: textSchema.describe('What the customer says or writes.'),
  narration: textSchema.optional().describe('A stage direction shown in italics.'),
  venting: z.boolean().optional().describe('Replying before this line has finished is interrupting.'),
  shuffle: z.boolean().optional().describe('Show choices in random order (default true).'),
  choices: z.array(choiceSchema).min(2).max(6).optional(),
  ending: z.enum(ENDINGS).optional(),
  voice: z.partialRecord(language, nonEmpty).optional().describe('Recorded line per language, a path under public/.'),
});

export const scenarioSchema = z.strictObject({
  id: id.describe('Kebab-case, equal to the file name without .yaml.'),
  format: z.literal(FORMAT_VERSION),
  source: language.describe('The language the trainer wrote first; every text must have it.'),
  languages: z.array(language).min(1),
  title: textSchema,
  brief: textSchema,
  channel: z.enum(CHANNELS),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  customer: z.strictObject({
    name: textSchema,
    mood: z.int().min(0).max(100).describe('Start mood: 0 calm … 100 furious.'),
    portrait: z.enum(PORTRAITS).optional(),
  }),
  tags: z.array(z.string()).optional(),
  start: id,
  nodes: z.record(id, nodeSchema),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type NodeFile = z.infer<typeof nodeSchema>;
export type ChoiceFile = z.infer<typeof choiceSchema>;

/** The JSON Schema of the format, generated from the zod schema above for editors. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, title: 'Hot Seat scenario (format 1)' };
}
