/**
 * The scenario file format (version 1) as one zod schema. It is the single source of truth for
 * the validator and for the JSON Schema served to editors (see `scenarioJsonSchema`), so every
 * field carries a title and a description written for trainers: editors show them on hover.
 * Graph rules (existing `next`, cycles, reachability) live in checks, since a schema cannot
 * express them.
 */
import { z } from '../zod.ts';
import { ADVICE, CHANNELS, ENDINGS, FORMAT_VERSION, ID_PATTERN, LANGUAGES, PORTRAITS, PRINCIPLES } from './vocabulary.ts';

const language = z.enum(LANGUAGES);
const id = z.string().regex(ID_PATTERN);
const nonEmpty = z.string().min(1);
const doc = (title: string, description: string) => ({ title, description });
const TEXT = 'One string in the source language, or a map of language to string: { en: "…", ja: "…" }.';

/** A text: one string in the source language, or a map language → string. */
export const textSchema = z.union([nonEmpty, z.partialRecord(language, nonEmpty)]).meta(doc('Text', TEXT));

const text = (title: string, what: string) => textSchema.meta(doc(title, `${what} ${TEXT}`));

const scoreSchema = z
  .partialRecord(z.enum(PRINCIPLES), z.int().min(-3).max(3))
  .meta(doc('Score', `Points this reply earns per principle (${PRINCIPLES.join(', ')}), each -3 to 3; a principle left out counts 0.`));

export const choiceSchema = z.strictObject({
  id: id
    .optional()
    .meta(
      doc(
        'Choice id',
        'Lower-case letters, digits and hyphens, unique within the node. Optional: the position (1, 2, …) is used where absent.',
      ),
    ),
  text: text('Reply', 'What the learner says or writes.'),
  score: scoreSchema.optional(),
  mood: z
    .int()
    .min(-50)
    .max(50)
    .optional()
    .meta(
      doc('Mood change', "Change to the customer's mood, -50 to 50: negative calms, positive angers. At 100 the contact ends as lost."),
    ),
  feedback: text('Feedback', 'Coaching shown in the debrief: why this reply helps or hurts. Without it the checker warns.').optional(),
  next: id.meta(
    doc('Next node', 'The id of the node this reply leads to. Every path must end: it may not lead back to a node on the same path.'),
  ),
  hold: z.boolean().optional().meta(doc('Puts on hold', 'This reply puts the caller on hold (default false).')),
  teaches: z
    .array(z.enum(Object.keys(ADVICE) as [keyof typeof ADVICE, ...(keyof typeof ADVICE)[]]))
    .optional()
    .meta(
      doc(
        'Teaches',
        'The advice of the source texts this reply practises (optional), e.g. [recap-and-check]. The authoring guide lists them.',
      ),
    ),
});

export const nodeSchema = z.strictObject({
  customer: text('Customer line', 'What the customer says or writes.'),
  narration: text('Narration', 'A stage direction shown in italics ("He slams the counter.").').optional(),
  venting: z
    .boolean()
    .optional()
    .meta(
      doc(
        'Venting',
        'The customer is still venting: replying before the line has finished is interrupting (listen -1, mood +10). Default false.',
      ),
    ),
  shuffle: z.boolean().optional().meta(doc('Shuffle', 'Show the choices in random order (default true).')),
  choices: z
    .array(choiceSchema.meta(doc('Choice', 'One reply the learner can choose: its text, score, mood change, feedback and next node.')))
    .min(2)
    .max(6)
    .optional()
    .meta(doc('Choices', 'The 2 to 6 replies the learner chooses from. A node has either choices or an ending, never both.')),
  ending: z
    .enum(ENDINGS)
    .optional()
    .meta(
      doc(
        'Ending',
        'Ends the contact here: resolved, escalated, lost, or ended (the learner ended an abusive contact). A node has either choices or an ending.',
      ),
    ),
  voice: z
    .partialRecord(language, nonEmpty)
    .optional()
    .meta(doc('Voice', 'A recorded line per language: a file path under public/, e.g. { en: audio/late-delivery/opening-en.mp3 }.')),
});

export const scenarioSchema = z
  .strictObject({
    id: id.meta(
      doc('Scenario id', 'Lower-case letters, digits and hyphens, equal to the file name without .yaml, used by no other scenario.'),
    ),
    format: z.literal(FORMAT_VERSION).meta(doc('Format version', 'The version of the scenario format: always 1.')),
    source: language.meta(doc('Source language', 'The language the trainer wrote first; every text must have it.')),
    languages: z
      .array(language)
      .min(1)
      .meta(
        doc(
          'Languages',
          `The languages this scenario is complete in; must include the source language. Available: ${LANGUAGES.join(', ')}.`,
        ),
      ),
    title: text('Title', 'The name of the scenario in the menu.'),
    brief: text('Brief', 'Shown before play: the situation in two or three sentences.'),
    channel: z.enum(CHANNELS).meta(doc('Channel', 'How the customer reaches the learner: phone, email, chat or in-person.')),
    difficulty: z.literal([1, 2, 3]).meta(doc('Difficulty', '1 starter, 2 standard, 3 hard.')),
    customer: z
      .strictObject({
        name: text('Customer name', 'The customer as the learner addresses them ("Mr Smith").'),
        mood: z
          .int()
          .min(0)
          .max(100)
          .meta(doc('Start mood', 'The mood at the start: 0 calm … 100 furious. At 100 the contact ends as lost.')),
        portrait: z.enum(PORTRAITS).optional().meta(doc('Portrait', 'One of the built-in portraits; a default if absent.')),
      })
      .meta(doc('Customer', 'Who calls, writes or comes in, and how angry they are at the start.')),
    tags: z
      .array(z.string())
      .optional()
      .meta(doc('Tags', 'Free labels for your own sorting, e.g. [delivery, apology]; the game does not read them.')),
    translated: z
      .partialRecord(language, z.record(z.string(), z.string().regex(/^[0-9a-f]{8}$/)))
      .optional()
      .meta(
        doc(
          'Translated from',
          'Written by npm run strings:import: per language, per text (unit id), a hash of the source text the translation was made from, so the checker can tell when the source has changed since. Optional; has no effect on play.',
        ),
      ),
    start: id.meta(doc('Start node', 'The id of the node the contact starts at.')),
    nodes: z
      .record(id, nodeSchema.meta(doc('Node', 'One thing the customer says, then either 2 to 6 choices or an ending.')))
      .meta(
        doc(
          'Nodes',
          'The conversation: node id (lower-case letters, digits, hyphens) → node. Every node must be reached from start, and every path must end.',
        ),
      ),
  })
  .meta(
    doc(
      'Hot Seat scenario (format 1)',
      'One conversation with an angry customer, for the Hot Seat training game. Check it with: npm run scenarios:check',
    ),
  );

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type NodeFile = z.infer<typeof nodeSchema>;
export type ChoiceFile = z.infer<typeof choiceSchema>;

/** The JSON Schema of the format (draft-07, as the Red Hat YAML extension reads), generated from the zod schema above. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { target: 'draft-7' }) as Record<string, unknown>;
}
