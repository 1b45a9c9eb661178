/**
 * `npm run package -- --format cmi5|scorm2004|scorm12 [--scenario <id> ...] [--out <file.zip>]`
 * builds the game and writes a zip an LMS imports as it is: every playable scenario by default,
 * one SCO (or assignable unit) each. `--from <dir>` packages an existing build instead of building
 * (its `package-files.json` lists its files); `--build-dir <dir>` keeps the build there.
 * Bad arguments stop with a message and no zip (exit 1).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, hasErrors } from '../src/engine/authoring.ts';
import { libraryReader } from '../build/scenario-library.ts';
import { FORMATS, type LmsFormat } from '../src/packaging/manifests.ts';
import { BUILD_FILES, buildPackage, type BuildFiles } from '../src/packaging/package-zip.ts';

/** Bad arguments or scenarios: the CLI prints the message alone and exits 1. */
export class Refusal extends Error {}

/** The folders of scenario files the build reads (as vite.config.ts does). */
function scenarioDirs(): string[] {
  return ['scenarios', ...(process.env['HOT_SEAT_EXTRA_SCENARIOS'] ?? '').split(',').filter(Boolean)];
}

export async function packageCommand(argv: readonly string[], root = process.cwd()): Promise<string> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string' },
        scenario: { type: 'string', multiple: true },
        out: { type: 'string' },
        from: { type: 'string' },
        'build-dir': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new Refusal(
      `${e instanceof Error ? e.message : String(e)}\nusage: npm run package -- --format ${FORMATS.join('|')} [--scenario <id> ...] [--out <file.zip>]`,
    );
  }
  const format = values.format as LmsFormat | undefined;
  if (!format || !FORMATS.includes(format))
    throw new Refusal(`--format must be one of ${FORMATS.join(', ')}${format ? `, not '${format}'` : ''}`);
  const library = libraryReader(root, scenarioDirs())();
  const wanted = values.scenario?.length ? values.scenario : library.filter((e) => e.scenario).map((e) => e.id);
  const problems: string[] = [];
  for (const id of wanted) {
    const entry = library.find((e) => e.id === id);
    if (!entry) problems.push(`no scenario '${id}' (known: ${library.map((e) => e.id).join(', ')})`);
    else if (!entry.scenario || hasErrors(entry.diagnostics))
      problems.push(
        `scenario '${id}' has errors:\n${entry.diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => `  ${formatDiagnostic(d)}`)
          .join('\n')}`,
      );
  }
  if (new Set(wanted).size !== wanted.length) problems.push('a scenario is named twice');
  if (wanted.length === 0) problems.push('there is no playable scenario to package');
  if (problems.length) throw new Refusal(problems.join('\n'));
  const out = resolve(root, values.out ?? join('dist-lms', `hot-seat-${format}.zip`));
  let dir = values.from ? resolve(root, values.from) : undefined;
  let temporary: string | undefined;
  if (!dir) {
    dir = values['build-dir'] ? resolve(root, values['build-dir']) : (temporary = mkdtempSync(join(tmpdir(), 'hot-seat-package-')));
    const { build } = await import('vite');
    await build({ root, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  }
  try {
    const listFile = join(dir, BUILD_FILES);
    if (!existsSync(listFile)) throw new Refusal(`${relative(root, dir) || dir} is not a build of the game (no ${BUILD_FILES})`);
    const files = JSON.parse(readFileSync(listFile, 'utf8')) as BuildFiles;
    const missing = wanted.filter((id) => !files.files.some((f) => f.scenario === id));
    if (missing.length) throw new Refusal(`the build at ${dir} lacks ${missing.join(', ')}: build again`);
    const scenarios = wanted.map((id) => library.find((e) => e.id === id)!.scenario!);
    const zip = await buildPackage({ format, scenarios, build: files, read: async (path) => readFileSync(join(dir!, path)) });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    return `${relative(root, out)}: ${format} package, ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} (${scenarios.map((s) => s.id).join(', ')}), ${(zip.length / 1024 / 1024).toFixed(1)} MB`;
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  packageCommand(process.argv.slice(2)).then(
    (done) => console.log(done),
    (e: unknown) => {
      console.error(e instanceof Refusal ? `package: ${e.message}` : e);
      process.exitCode = 1;
    },
  );
}
