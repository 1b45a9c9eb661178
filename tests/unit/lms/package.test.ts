/**
 * `npm run package`: each format's zip has a manifest that validates against its published XML
 * schema (tests/fixtures/xsd), names only files that are in the zip, carries the chosen scenarios
 * and no others; bad arguments stop with a message and write no zip.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { validateXML } from 'xmllint-wasm';
import { libraryReader } from '../../../build/scenario-library.ts';
import { packageCommand, Refusal } from '../../../scripts/package.ts';
import { root } from '../helpers.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'hot-seat-package-test-'));
const build = join(work, 'build');
const playable = libraryReader(root, ['scenarios'])()
  .filter((e) => e.scenario)
  .map((e) => e.id);
const one = playable[0]!;

async function pkg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/package.ts', ...args], {
      cwd: root,
      env: { ...process.env, HOT_SEAT_EXTRA_SCENARIOS: 'tests/fixtures/e2e' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

/**
 * `npm run package` in this process, as the CLI runs it, with the fixture scenarios as the game's
 * e2e build has them: no Node started per case.
 */
async function packageHere(args: string[]): Promise<string> {
  const extra = process.env['HOT_SEAT_EXTRA_SCENARIOS'];
  process.env['HOT_SEAT_EXTRA_SCENARIOS'] = 'tests/fixtures/e2e';
  try {
    return await packageCommand(args, root);
  } finally {
    if (extra === undefined) delete process.env['HOT_SEAT_EXTRA_SCENARIOS'];
    else process.env['HOT_SEAT_EXTRA_SCENARIOS'] = extra;
  }
}

function unzip(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(file)));
}

const xsdDir = (dir: string) =>
  readdirSync(resolve(root, 'tests/fixtures/xsd', dir))
    .filter((f) => /\.(xsd|dtd)$/.test(f))
    .map((f) => ({ fileName: f, contents: readFileSync(resolve(root, 'tests/fixtures/xsd', dir, f), 'utf8') }));

/** Validates `xml` against the schemas of `dir`, through a driver importing each namespace it names. */
async function validate(xml: string, dir: string, imports: Record<string, string>): Promise<string[]> {
  const driver = `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:driver">${Object.entries(imports)
    .map(([ns, file]) => `<xsd:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('')}</xsd:schema>`;
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: { fileName: 'driver.xsd', contents: driver },
    preload: xsdDir(dir),
  });
  return result.errors.map((e) => e.rawMessage);
}

const SCORM12 = {
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
};
const SCORM2004 = {
  'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
  'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
};
const CMI5 = { 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd': 'CourseStructure.xsd' };

/** Every file a manifest names (hrefs and cmi5 urls, query strings dropped, escapes decoded). */
function named(manifest: string): string[] {
  const refs = [...manifest.matchAll(/\bhref="([^"]+)"/g), ...manifest.matchAll(/<url>([^<]+)<\/url>/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  );
  return [...new Set(refs.map((r) => decodeURIComponent(r.split('?')[0]!)))];
}

describe('npm run package', () => {
  beforeAll(async () => {
    const first = await pkg('--format', 'scorm12', '--scenario', one, '--build-dir', build, '--out', join(work, 'scorm12.zip'));
    expect(first.code, first.stderr).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('SCORM 1.2: a valid manifest, one SCO for the chosen scenario, only its chunk', async () => {
    const zip = unzip(join(work, 'scorm12.zip'));
    const manifest = strFromU8(zip['imsmanifest.xml']!);
    expect(await validate(manifest, 'scorm12', SCORM12)).toEqual([]);
    // The schemas do check: a resource without its type is refused.
    expect(
      await validate(manifest.replace('type="webcontent" adlcp:scormtype="sco"', 'adlcp:scormtype="sco"'), 'scorm12', SCORM12),
    ).not.toEqual([]);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).not.toContain('masteryscore');
    expect([...manifest.matchAll(/adlcp:scormtype="sco"/g)]).toHaveLength(1);
    for (const f of named(manifest)) expect(zip[f], f).toBeDefined();
    const files = JSON.parse(readFileSync(join(build, 'package-files.json'), 'utf8')) as { files: { path: string; scenario?: string }[] };
    for (const f of files.files.filter((x) => x.scenario)) expect(zip[f.path] !== undefined, f.path).toBe(f.scenario === one);
    expect(JSON.parse(strFromU8(zip['hot-seat-package.json']!))).toMatchObject({ format: 'scorm12', scenarios: [one], mastery: 0.8 });
  });

  it.each([
    ['scorm2004', 'imsmanifest.xml', 'scorm2004', SCORM2004],
    ['cmi5', 'cmi5.xml', 'cmi5', CMI5],
  ] as const)(
    '%s: every playable scenario by default, a manifest valid against its schema, every file it names in the zip',
    async (format, name, dir, imports) => {
      const out = join(work, `${format}.zip`);
      expect(await packageHere(['--format', format, '--from', build, '--out', out])).toMatch(new RegExp(`${format} package`));
      const zip = unzip(out);
      const manifest = strFromU8(zip[name]!);
      expect(await validate(manifest, dir, imports)).toEqual([]);
      expect(
        await validate(
          manifest.replace(/moveOn="CompletedAndPassed"|adlcp:scormType="sco"/, 'moveOn="Soon" adlcp:scormType="page"'),
          dir,
          imports,
        ),
      ).not.toEqual([]);
      for (const f of named(manifest)) expect(zip[f], f).toBeDefined();
      const ids = [...manifest.matchAll(/scenario=([a-z0-9-]+)/g)].map((m) => m[1]);
      // The fixtures' broken scenario is left out; the other fixture is playable.
      expect(ids).toEqual(
        libraryReader(root, ['scenarios', 'tests/fixtures/e2e'])()
          .filter((e) => e.scenario)
          .map((e) => e.id),
      );
      if (format === 'cmi5') {
        expect([...manifest.matchAll(/moveOn="CompletedAndPassed" masteryScore="0.8"/g)]).toHaveLength(ids.length);
      } else {
        expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
        expect(manifest).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
      }
    },
  );

  it('from the command line, a refusal is one line and exit code 1, with no stack and no zip', async () => {
    const out = join(work, 'refused-cli.zip');
    const r = await pkg('--format', 'aicc', '--from', build, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("package: --format must be one of cmi5, scorm2004, scorm12, not 'aicc'");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--format', 'aicc'], /--format must be one of cmi5, scorm2004, scorm12, not 'aicc'/],
    [['--scenario', one], /--format must be one of/],
    [['--format', 'cmi5', '--scenario', 'no-such-scenario'], /no scenario 'no-such-scenario'/],
    [
      ['--format', 'cmi5', '--scenario', 'broken-example'],
      /scenario 'broken-example' has errors:\n {2}tests\/fixtures\/e2e\/broken-example\.yaml:\d+:\d+: error/,
    ],
    [['--format', 'cmi5', '--scenario', one, '--scenario', one], /named twice/],
    [['--format', 'cmi5', '--colour', 'red'], /Unknown option '--colour'/],
  ])('%j stops with a message and no zip', async (args, message) => {
    const out = join(work, 'refused.zip');
    const made = packageHere([...args, '--from', build, '--out', out]);
    await expect(made).rejects.toBeInstanceOf(Refusal);
    await expect(made).rejects.toThrow(message);
    expect(existsSync(out)).toBe(false);
  });
});
