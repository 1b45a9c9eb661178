/**
 * Vite plugin: the build lists its own files in `package-files.json`, marking each scenario's
 * compiled chunks with its id, so an LMS package (built by `npm run package` or in the browser from
 * the deployed game) can take every file the game needs and leave out scenarios not chosen.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { scenarioOf } from './scenario-modules.ts';

const FILE = 'package-files.json';

export function packageFilesPlugin(): Plugin {
  const chunks = new Map<string, string>();
  let outDir = 'dist';
  return {
    name: 'hot-seat-package-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      chunks.clear();
      for (const out of Object.values(bundle)) {
        // A scenario's chunks: its structure and each language's words.
        const id = out.type === 'chunk' ? scenarioOf(out.facadeModuleId)?.id : undefined;
        if (id !== undefined) chunks.set(out.fileName, id);
      }
    },
    // After Vite has copied public/ too.
    closeBundle() {
      const files = walk(outDir)
        .map((f) => relative(outDir, f).replaceAll('\\', '/'))
        .filter((p) => p !== FILE)
        .sort();
      const list = files.map((path) => (chunks.has(path) ? { path, scenario: chunks.get(path)! } : { path }));
      writeFileSync(join(outDir, FILE), `${JSON.stringify({ files: list })}\n`);
    },
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
