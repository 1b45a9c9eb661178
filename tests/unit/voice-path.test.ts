/**
 * One rule for voice files, shared by the CLI and the game: a relative path inside public/,
 * resolved and compared as a path. The browser and the command line give the same verdict on
 * every value the fault probe tried, and a sibling folder whose name starts like public/ is outside.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publicFileExists } from '../../build/scenario-library.ts';
import { loadScenario, voicePath } from '../../src/engine/authoring.ts';
import { root } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'hot-seat-voice-'));
mkdirSync(join(dir, 'public/audio/voice'), { recursive: true });
mkdirSync(join(dir, 'public-evil'));
writeFileSync(join(dir, 'public/audio/voice/hello.mp3'), '');
writeFileSync(join(dir, 'public-evil/x.mp3'), '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOT_PATHS = [
  'data:audio/wav;base64,UklGRg==',
  'http://127.0.0.1:5211/audio/voice/hello.mp3',
  'https://evil.example/x.mp3',
  '//evil.example/x.mp3',
  'javascript:alert(1)',
  '../../audio/voice/hello.mp3',
  '../public-evil/x.mp3',
  '../../../../../etc/passwd',
  '..\\..\\etc\\passwd',
  'audio/voice/hello.mp3?x=1',
  'audio/voice/hello.mp3#t=1',
  'audio/%2e%2e/x.mp3',
  '',
];

describe('voicePath', () => {
  it('normalises a relative path inside public/', () => {
    expect(voicePath('audio/voice/hello.mp3')).toBe('audio/voice/hello.mp3');
    expect(voicePath('/audio/./voice//hello.mp3')).toBe('audio/voice/hello.mp3');
    expect(voicePath('audio/x/../voice/hello.mp3')).toBe('audio/voice/hello.mp3');
  });

  it.each(NOT_PATHS)('refuses %j', (value) => expect(voicePath(value)).toBeUndefined());
});

describe('the CLI and the game on voice files', () => {
  const exists = publicFileExists(dir);
  const withVoice = (file: string) =>
    readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), 'utf8').replace(
      /(\n {4}customer: .*\n)/,
      `$1    voice: { en: ${JSON.stringify(file)} }\n`,
    );

  it('finds only files inside public/, compared as paths', () => {
    expect(exists('audio/voice/hello.mp3')).toBe(true);
    expect(exists('../public-evil/x.mp3')).toBe(false);
    expect(exists('audio/voice/missing.mp3')).toBe(false);
  });

  it.each(NOT_PATHS.filter((v) => v !== ''))('reports %j as SCN042 with or without a way to look files up', (value) => {
    for (const options of [{}, { fileExists: exists }, { fileExists: () => true }]) {
      const r = loadScenario(withVoice(value), 'two-paths.yaml', options);
      expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
        ['SCN042', expect.stringMatching(/is not a path inside public\/; write it like audio\/voice\//)],
      ]);
    }
  });

  it('plays the path as checked', () => {
    const r = loadScenario(withVoice('/audio/./voice/hello.mp3'), 'two-paths.yaml', { fileExists: exists });
    expect(r.diagnostics).toEqual([]);
    expect(Object.values(r.scenario!.nodes).find((n) => n.voice)?.voice).toEqual({ en: 'audio/voice/hello.mp3' });
  });
});
