/** The first screen's chunk, rewritten to run inline in the page (build/first-screen-inline.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORTS_KEY, inlineChunk } from '../../build/first-screen-inline.ts';

const KEY = Symbol.for(EXPORTS_KEY);
const PAGE = 'https://example.test/training/index.html?scenario=late-delivery';
const CHUNK = [
  'let n=1;function bump(){n++}',
  'const icon=new URL(`../portraits/a.webp`,import.meta.url).href;',
  'const found=import.meta.resolve?import.meta.resolve(`./late-delivery-1.js`):``;',
  'function load(){return import(`./conversation-2.js`)}',
  'const text=`日本語 – “quoted”`;',
  'export{n as N,bump as b,icon as i,found as f,load as l,text as t};',
].join('');

/** Runs the rewritten code as the page would, with `document.baseURI` the page's address. */
function run(code: string): Record<string, unknown> {
  new Function('document', code)({ baseURI: PAGE });
  return (globalThis as Record<symbol, Record<string, unknown>>)[KEY]!;
}

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
});

describe('inlineChunk', () => {
  it("works out every address from the chunk's own place, not the page's", () => {
    const exports = run(inlineChunk(CHUNK, 'assets/game-x.js').code);
    expect(exports['i']).toBe('https://example.test/training/portraits/a.webp');
    expect(exports['f']).toBe('https://example.test/training/assets/late-delivery-1.js');
    expect(exports['t']).toBe('日本語 – “quoted”');
  });

  it('makes every dynamic import absolute, from the chunk’s place', () => {
    const { code } = inlineChunk(CHUNK, 'assets/game-x.js');
    expect(code).toContain('import(new URL(`./conversation-2.js`,__hotSeatChunkUrl).href)');
    expect(code).not.toContain('import.meta');
    expect(code).not.toMatch(/export\s*\{/);
  });

  it('keeps the exports live: a later chunk reads a binding as it is now', () => {
    const exports = run(inlineChunk(CHUNK, 'assets/game-x.js').code);
    expect(exports['N']).toBe(1);
    (exports['b'] as () => void)();
    expect(exports['N']).toBe(2);
  });

  it("the chunk's file hands later chunks the running code's exports, and says so when there is none", async () => {
    const { code, shim } = inlineChunk(CHUNK, 'assets/game-x.js');
    await expect(import(`data:text/javascript,${encodeURIComponent(`${shim}//none`)}`)).rejects.toThrow(/not running in this page/);
    const exports = run(code);
    const module = (await import(`data:text/javascript,${encodeURIComponent(shim)}`)) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual(['N', 'b', 'f', 'i', 'l', 't']);
    expect(module['b']).toBe(exports['b']);
  });

  it('refuses what cannot run inline, saying what', () => {
    expect(() => inlineChunk('import{a}from"./b.js";export{a};', 'assets/g.js')).toThrow(/imports statically/);
    expect(() => inlineChunk('export default 1;', 'assets/g.js')).toThrow(/exports other than by name/);
    expect(() => inlineChunk('const e=import.meta.env;export{e};', 'assets/g.js')).toThrow(/import\.meta\.env/);
    expect(() => inlineChunk('const m=import.meta;export{m};', 'assets/g.js')).toThrow(/import\.meta itself/);
  });
});
