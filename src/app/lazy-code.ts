/**
 * The code the game loads when first needed, shared by every file that asks for it. Each is
 * asked for again at a fresh address after a failure (fresh-import.ts), so a Retry, or the next
 * try of a held attempt, works once the network is back even where the browser keeps failures.
 */
import { retrying } from './fresh-import.ts';

/** Attempt records, drafts, summaries and imports (engine/progress). */
export const progressCode = retrying(() => import('../engine/progress/index.ts'));

/** What the progress screens and exports do with the keeper's records. */
export const progressFlowsCode = retrying(() => import('./progress-flows.ts'));

/** LMS sessions and the packaging screen. */
export const lmsCode = retrying(() => import('./lms-chunk.ts'));

/** The authoring tools (XLIFF export). */
export const authoringCode = retrying(() => import('../engine/authoring.ts'));
