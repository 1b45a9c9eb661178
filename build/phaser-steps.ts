/**
 * Phaser's start-up in steps (src/stage/phaser-steps.ts runs them in slices). Phaser's sources are
 * CommonJS: the bundle runs a module's body the first time it is required. A module of steps that
 * requires Phaser's modules one at a time, leaves first, lets the stage run them a few at a time
 * instead of all in the one task that requiring Phaser's entry point would be.
 *
 * Only requires a module makes unconditionally are followed: those on lines of their own before
 * its first `if`, the form Phaser's sources use. A require under a flag (the WebGL renderer,
 * sound) comes after an `if`, so a step never brings in code the Canvas-only build leaves out;
 * `checkSteps` proves it on each build.
 */
import { createRequire } from 'node:module';

/** The id the stage imports its steps by. */
export const STEPS_ID = 'virtual:phaser-steps';

const REQUIRE_LINE = /^\s*(?:var\s+[\w$]+\s*=\s*|[\w$]+\s*:\s*)?require\('(\.{1,2}\/[^']+)'\)\s*[,;]?\s*$/;
const IF_LINE = /^\s*if\s*\(/;

/** The relative specifiers `source` requires unconditionally: require lines before its first `if`. */
export function unconditionalRequires(source: string): string[] {
  const found: string[] = [];
  for (const line of source.split('\n')) {
    if (IF_LINE.test(line)) break;
    const m = REQUIRE_LINE.exec(line);
    if (m) found.push(m[1]!);
  }
  return found;
}

/**
 * Every module reachable from `entry` through unconditional requires, each after the modules it
 * requires (post-order), `entry` last. `read` gives a file's source as the build sees it (flags set).
 */
export function phaserModulesInOrder(entry: string, read: (file: string) => string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const resolve = createRequire(file).resolve;
    for (const spec of unconditionalRequires(read(file))) visit(resolve(spec));
    order.push(file);
  };
  visit(entry);
  if (order.length < 100)
    throw new Error(
      `build/phaser-steps.ts: only ${order.length} of Phaser's modules found from ${entry}; ` +
        'its sources no longer require their modules on lines of their own.',
    );
  return order;
}

/**
 * The steps module: CommonJS on purpose, so each `require` runs its module (and whatever it needs
 * that has not run yet) when its step is called, not when the chunk runs.
 */
export function stepsModule(files: readonly string[]): string {
  return `module.exports = [\n${files.map((f) => `  function () { require(${JSON.stringify(f)}); },`).join('\n')}\n];\n`;
}

/**
 * Throws if a step is the only reason a module is in the build: each listed module must also be
 * required by one of Phaser's own modules (the entry point excepted, which the stage imports).
 */
export function checkSteps(
  files: readonly string[],
  stepsId: string,
  info: (id: string) => { readonly importers: readonly string[] } | null,
): void {
  const entry = files[files.length - 1];
  const extra = files.filter((f) => f !== entry && !(info(f)?.importers ?? []).some((i) => i !== stepsId));
  if (extra.length)
    throw new Error(
      `build/phaser-steps.ts: the stage's steps bring modules into the build that Phaser's Core build leaves out: ${extra.slice(0, 5).join(', ')}`,
    );
}
