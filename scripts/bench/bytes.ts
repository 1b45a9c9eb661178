/**
 * Download sizes: which built files a page fetched (from Resource Timing), their raw size on disk
 * and their gzip size (zlib level 9, computed here: the bench's server sends files uncompressed),
 * and what the build manifest says is left for later (Phaser, other scenarios, languages, audio).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltSite } from './build.ts';
import type { ResourceSeen } from './probes.ts';

/** Raw and gzip bytes of a set of files, by kind. */
export interface ByteCount {
  readonly files: string[];
  jsRaw: number;
  jsGzip: number;
  cssRaw: number;
  cssGzip: number;
  otherRaw: number;
  otherGzip: number;
}

const gzipCache = new Map<string, number>();

/** Raw and gzip size of one file (gzip cached: the build does not change during a run). */
export function fileSizes(file: string): { raw: number; gzip: number } {
  const raw = statSync(file).size;
  let gzip = gzipCache.get(file);
  if (gzip === undefined) {
    gzip = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, gzip);
  }
  return { raw, gzip };
}

/** Adds up files given relative to a build's folder (`assets/index-….js`). */
export function countFiles(site: BuiltSite, files: Iterable<string>): ByteCount {
  const out: ByteCount = { files: [], jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0, otherRaw: 0, otherGzip: 0 };
  for (const f of new Set(files)) {
    if (!existsSync(resolve(site.outDir, f))) continue; // a 404, e.g. a browser's favicon.ico probe
    const { raw, gzip } = fileSizes(resolve(site.outDir, f));
    out.files.push(f);
    const kind = extname(f) === '.js' ? 'js' : extname(f) === '.css' ? 'css' : 'other';
    out[`${kind}Raw`] += raw;
    out[`${kind}Gzip`] += gzip;
  }
  return out;
}

/** The built files (relative paths) among fetched resources, the page's HTML included. */
export function fetchedFiles(resources: readonly ResourceSeen[], before = Infinity): string[] {
  const files = ['index.html'];
  for (const r of resources) {
    if (r.start > before) continue;
    const path = new URL(r.url).pathname.replace(/^\//, '');
    if (path && extname(path)) files.push(path);
  }
  return files;
}

/** Everything in a folder of the build, relative to the build. */
function listFiles(site: BuiltSite, under: string): string[] {
  const dir = resolve(site.outDir, under);
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => join(dir, f))
      .filter((f) => statSync(f).isFile())
      .map((f) => relative(site.outDir, f));
  } catch {
    return [];
  }
}

/** What a first load leaves for later, grouped the way the game loads it. */
export interface LaterBytes {
  readonly phaser: ByteCount;
  /** The audio code (howler) and the sound files under public/audio. */
  readonly audio: ByteCount;
  readonly scenarios: ByteCount;
  readonly languages: ByteCount;
  readonly other: ByteCount;
}

/** Groups every built JS/CSS chunk not in `firstLoad`, plus the sound files. */
export function laterBytes(site: BuiltSite, firstLoad: ReadonlySet<string>): LaterBytes {
  const groups = {
    phaser: [] as string[],
    audio: [] as string[],
    scenarios: [] as string[],
    languages: [] as string[],
    other: [] as string[],
  };
  for (const chunk of Object.values(site.manifest)) {
    for (const f of [chunk.file, ...(chunk.css ?? [])]) {
      if (firstLoad.has(f)) continue;
      const src = chunk.src ?? '';
      if (src.includes('stage/')) groups.phaser.push(f);
      else if (src.includes('audio/') || src.includes('howler')) groups.audio.push(f);
      else if (src.startsWith('virtual:scenario/')) groups.scenarios.push(f);
      else if (src.includes('locales/')) groups.languages.push(f);
      else groups.other.push(f);
    }
  }
  const sounds = listFiles(site, 'audio').filter((f) => ['.mp3', '.webm', '.ogg', '.json'].includes(extname(f)));
  return {
    phaser: countFiles(site, groups.phaser),
    audio: countFiles(site, [...groups.audio, ...sounds]),
    scenarios: countFiles(site, groups.scenarios),
    languages: countFiles(site, groups.languages),
    other: countFiles(site, groups.other),
  };
}
