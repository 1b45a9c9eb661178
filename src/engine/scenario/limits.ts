/**
 * The limits of a scenario file, shared by the CLI, the build, the dev server and the browser's
 * "Open a scenario file…", so all of them accept exactly the same files. A file beyond a limit is
 * reported with one diagnostic that says which limit and what to do (docs/authoring.md lists them).
 */

/** Nodes in one scenario. A path visits a node at most once, so it is also the most replies in a conversation. */
export const MAX_NODES = 200;
/** Diagnostics listed per file (the rest are counted) and the most worked out in full. */
export const MAX_DIAGNOSTICS = 50;
/**
 * YAML tokens in one file (keys, values, punctuation, spaces and line breaks as the parser splits
 * them), counted as it reads: the library's largest scenario has about 9,400 (23 nodes in five
 * languages), so 200 such nodes come to about 80,000. Reading stops at the limit.
 */
export const MAX_YAML_TOKENS = 200_000;
/**
 * Levels of nesting in one file (a scenario needs about 6: nodes, a node, its replies, a reply,
 * its score, a principle), checked before any step that recurses, so the command line and a
 * browser's worker, whose stacks differ, refuse exactly the same files.
 */
export const MAX_DEPTH = 64;
/** YAML nodes (every key, value and list item) in one file, aliases expanded. */
export const MAX_YAML_NODES = 200_000;
/**
 * YAML tokens that the repairs of one file's syntax error may read together (each repair is
 * tried by reading the whole file again): about ten tries of the library's largest scenario, so
 * a typo costs a bounded number of re-reads however the file is broken.
 */
export const MAX_REPAIR_TOKENS = 100_000;

/** The most a reply can score on a principle (the format's −3…3) and the least, with the interruption penalty of −1. */
export const MAX_REPLY_SCORE = 3;
export const MIN_REPLY_SCORE = -4;
