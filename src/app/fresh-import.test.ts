import { describe, expect, it } from 'vitest';
import { failedModuleUrl, KeptFailureError, retrying, retryingBy } from './fresh-import.ts';

const ORIGIN = 'https://game.example';
const CHUNK = `${ORIGIN}/assets/chat-rephrase-DzsTNDRR.js`;
const chromium = (url: string) => new TypeError(`Failed to fetch dynamically imported module: ${url}`);

/** A stand-in for the network: `down` addresses fail as Chromium says; every address asked is noted. */
function network(down: (url: string) => boolean) {
  const asked: string[] = [];
  const importUrl = (url: string) => {
    asked.push(url);
    return down(url) ? Promise.reject(chromium(url)) : Promise.resolve({ default: `module at ${url}` });
  };
  return { asked, importUrl };
}

describe('failedModuleUrl', () => {
  it('reads the address Chromium and Firefox name, and only on the page’s origin', () => {
    expect(failedModuleUrl(chromium(CHUNK), ORIGIN)).toBe(CHUNK);
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`), ORIGIN)).toBe(CHUNK);
    expect(failedModuleUrl(chromium('https://elsewhere.example/a.js'), ORIGIN)).toBeUndefined();
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), ORIGIN)).toBeUndefined();
    expect(failedModuleUrl('Failed to fetch dynamically imported module: not a url', ORIGIN)).toBeUndefined();
  });
});

describe('retrying', () => {
  it('asks again at a new address after a failure, then keeps what arrived', async () => {
    let offline = true;
    const net = network(() => offline);
    const load = retrying(() => net.importUrl(CHUNK), { origin: ORIGIN, importUrl: net.importUrl, reachable: async () => false });
    await expect(load()).rejects.toThrow(CHUNK);
    // Still offline: the retry fails too, and the next one takes another address.
    await expect(load()).rejects.toThrow(`${CHUNK}?retry=1`);
    offline = false;
    await expect(load()).resolves.toEqual({ default: `module at ${CHUNK}?retry=2` });
    await expect(load()).resolves.toEqual({ default: `module at ${CHUNK}?retry=2` });
    expect(net.asked).toEqual([CHUNK, `${CHUNK}?retry=1`, `${CHUNK}?retry=2`]);
  });

  it('calls the loader itself each time until it fails (the dev server’s scenarios change)', async () => {
    let version = 0;
    const load = retrying(() => Promise.resolve(++version), { origin: ORIGIN });
    expect([await load(), await load()]).toEqual([1, 2]);
  });

  it('takes the value from the module fetched again, as the loader does', async () => {
    let offline = true;
    const net = network(() => offline);
    const load = retrying(() => (offline ? Promise.reject(chromium(CHUNK)) : Promise.resolve('never')), {
      origin: ORIGIN,
      importUrl: net.importUrl,
      pick: (m) => (m as { default: string }).default,
    });
    await expect(load()).rejects.toThrow();
    offline = false;
    await expect(load()).resolves.toBe(`module at ${CHUNK}?retry=1`);
  });

  it('shares a retry under way, and calls the loader again when the browser named no address', async () => {
    const net = network(() => false);
    let calls = 0;
    const named = retrying(() => Promise.reject(chromium(CHUNK)), { origin: ORIGIN, importUrl: net.importUrl });
    await expect(named()).rejects.toThrow();
    const [a, b] = [named(), named()];
    expect(a).toBe(b);
    await a;
    expect(net.asked).toEqual([`${CHUNK}?retry=1`]);
    const unnamed = retrying(() =>
      ++calls === 1 ? Promise.reject(new TypeError('Importing a module script failed.')) : Promise.resolve('ok'),
    );
    await expect(unnamed()).rejects.toThrow();
    await expect(unnamed()).resolves.toBe('ok');
  });
});

describe('a failure kept beneath a chunk', () => {
  it('is told from a network still down by whether the server answers for the chunk', async () => {
    // The chunk's own import failed earlier: every address of the chunk fails to load.
    const net = network(() => true);
    let serverUp = false;
    const asked: string[] = [];
    const load = retrying(() => net.importUrl(CHUNK), {
      origin: ORIGIN,
      importUrl: net.importUrl,
      reachable: async (url) => (asked.push(url), serverUp),
    });
    await expect(load()).rejects.toThrow(TypeError);
    const down = await load().catch((e: unknown) => e);
    expect(down).toBeInstanceOf(TypeError);
    expect(down).not.toBeInstanceOf(KeptFailureError);
    serverUp = true;
    const kept = await load().catch((e: unknown) => e);
    expect(kept).toBeInstanceOf(KeptFailureError);
    expect((kept as Error).cause).toBeInstanceOf(TypeError);
    // The first failure is the browser's own: only a retry's failure asks the server.
    expect(asked).toEqual([`${CHUNK}?retry=1`, `${CHUNK}?retry=2`]);
  });
});

describe('retryingBy', () => {
  it('keeps one retrying load per arguments', async () => {
    const net = network((url) => !url.includes('retry'));
    const load = retryingBy((id: string, lang: string) => net.importUrl(`${ORIGIN}/assets/${id}.${lang}.js`), {
      origin: ORIGIN,
      importUrl: net.importUrl,
    });
    await expect(load('a', 'ja')).rejects.toThrow();
    await expect(load('a', 'ko')).rejects.toThrow();
    await expect(load('a', 'ja')).resolves.toEqual({ default: `module at ${ORIGIN}/assets/a.ja.js?retry=1` });
    await expect(load('a', 'ko')).resolves.toEqual({ default: `module at ${ORIGIN}/assets/a.ko.js?retry=1` });
  });
});
