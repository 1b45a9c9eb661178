/**
 * Assembles an LMS package: the built game's files (without the chunks of scenarios left out),
 * the package description the game reads at launch, any scenario from a trainer's own file, and
 * the manifest, zipped with fflate. Runs the same in Node (`npm run package`) and in the browser
 * (the trainers' packaging screen).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { PRINCIPLES, bestPath, type Scenario } from '../engine/index.ts';
import { uuidV5 } from '../engine/progress/uuid.ts';
import type { CatalogEntry } from '../engine/index.ts';
import { manifestFor, type LmsFormat, type ManifestScenario } from './manifests.ts';
import { LMS_MASTERY } from '../engine/lms/score.ts';
import { BUILD_FILES, PACKAGE_FILE, type BuildFiles, type PackageDescription } from './package-description.ts';

export { BUILD_FILES, PACKAGE_FILE, type BuildFiles, type PackageDescription } from './package-description.ts';

/** Files of the build a package does not need. */
const LEFT_OUT = new Set([BUILD_FILES, 'scenario.schema.json']);

export interface PackageInput {
  readonly format: LmsFormat;
  /** Scenarios of the build to include, in order (their manifest entries). */
  readonly scenarios: readonly ManifestScenario[];
  /** Checked scenarios that are not in the build. */
  readonly extra?: readonly Scenario[];
  readonly build: BuildFiles;
  /** The bytes of a file of the build. */
  readonly read: (path: string) => Promise<Uint8Array>;
}

/** The files the package takes from the build: all but other scenarios' chunks and the build's own list. */
export function filesFor(build: BuildFiles, scenarioIds: readonly string[]): string[] {
  const wanted = new Set(scenarioIds);
  return build.files.filter((f) => !LEFT_OUT.has(f.path) && (f.scenario === undefined || wanted.has(f.scenario))).map((f) => f.path);
}

/** The zip for `input`. Throws when a scenario id repeats or a file cannot be read. */
export async function buildPackage(input: PackageInput): Promise<Uint8Array> {
  const extra = input.extra ?? [];
  const ids = [...input.scenarios.map((s) => s.id), ...extra.map((s) => s.id)];
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new Error(`scenario '${repeated}' is in the package twice`);
  if (ids.length === 0) throw new Error('a package needs at least one scenario');
  const zip: Zippable = {};
  for (const path of filesFor(
    input.build,
    input.scenarios.map((s) => s.id),
  ))
    zip[path] = await input.read(path);
  const description: PackageDescription = {
    format: input.format,
    mastery: LMS_MASTERY,
    scenarios: input.scenarios.map((s) => s.id),
    extra: extra.map(entryOf),
  };
  zip[PACKAGE_FILE] = strToU8(JSON.stringify(description));
  for (const s of extra) zip[`scenarios/${s.id}.json`] = strToU8(JSON.stringify(s));
  const all: ManifestScenario[] = [...input.scenarios, ...extra];
  const manifest = manifestFor(input.format, {
    courseId: courseId(ids),
    scenarios: all,
    files: Object.keys(zip).sort(),
    mastery: LMS_MASTERY,
  });
  zip[manifest.name] = strToU8(manifest.text);
  return zipSync(zip, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** The course's id: the same scenarios give the same id, so an LMS sees an update as the same course. */
export function courseId(ids: readonly string[]): string {
  return `urn:hot-seat:course:${uuidV5(`course:${[...ids].sort().join(',')}`)}`;
}

/** The menu's view of a scenario that is not in the build. */
export function entryOf(s: Scenario): CatalogEntry {
  const best = bestPath(s).scores;
  const focus = [...PRINCIPLES].sort((a, b) => best[b] - best[a]).slice(0, 2);
  return {
    id: s.id,
    file: `scenarios/${s.id}.json`,
    playable: true,
    diagnostics: [],
    title: s.title,
    channel: s.channel,
    difficulty: s.difficulty,
    source: s.source,
    languages: s.languages,
    tags: s.tags,
    focus,
  };
}
