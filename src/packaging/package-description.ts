/**
 * The files that describe a build and a package: the build's list of its own files, and the
 * description a package carries, which the game reads when an LMS launches it.
 */
import type { CatalogEntry } from '../engine/index.ts';
import type { LmsFormat } from './manifests.ts';

/** The file the build writes listing itself, and the one a package adds describing itself. */
export const BUILD_FILES = 'package-files.json';
export const PACKAGE_FILE = 'hot-seat-package.json';

/** The built game's own list of its files, each scenario's compiled chunk marked with its id. */
export interface BuildFiles {
  readonly files: readonly { readonly path: string; readonly scenario?: string }[];
}

/** What the game reads at launch from a package: its standard, its scenarios, and those it carries as files. */
export interface PackageDescription {
  readonly format: LmsFormat;
  readonly mastery: number;
  /** Scenarios of the build, by id. */
  readonly scenarios: readonly string[];
  /** Scenarios from a trainer's own file: each is `scenarios/<id>.json` in the package. */
  readonly extra: readonly CatalogEntry[];
}
