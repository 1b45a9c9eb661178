/**
 * Turns the first screen's chunk into a script that runs inline in the page, so a first visit
 * gets the first screen's code in the page's own response instead of a round trip later (on
 * mobile data, about 0.56 s).
 *
 * An inline module has no address of its own: `import.meta.url` is the page's, and relative
 * imports resolve against the page. So every address the chunk works out is made from the
 * chunk's own place (`./assets/game-….js` beside the page), the same whether the code runs inline
 * or from a file. The chunks loaded later import the first screen's exports from that file; the
 * file becomes a small module that hands them the exports of the code already running, kept on
 * `globalThis` under a registered symbol, so the first screen's modules exist once in the page.
 */
import { parseAst } from 'vite';

/** The key the running first screen keeps its exports under (`Symbol.for`). */
export const EXPORTS_KEY = 'hot-seat.first-screen';
/** The name of the chunk's own address in the rewritten code (no minifier makes such a name). */
const SELF = '__hotSeatChunkUrl';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The rewritten chunk (`code`, runs inline or from any file) and what replaces the chunk's file. */
export interface InlinedChunk {
  readonly code: string;
  readonly shim: string;
}

/**
 * Rewrites `chunk`, the code of the file `file` (its path from the page, e.g. `assets/game-x.js`).
 * Throws when the chunk does something that cannot run inline: a static import, an export other
 * than a list of names, or an `import.meta` other than `url` and `resolve`.
 */
export function inlineChunk(chunk: string, file: string): InlinedChunk {
  if (chunk.includes(SELF)) throw new Error(`the first screen's chunk already uses the name ${SELF}`);
  const edits: { start: number; end: number; text: string }[] = [];
  const exported: [local: string, name: string][] = [];
  const ast = parseAst(chunk) as unknown as Node & { body: Node[] };
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration')
      throw new Error(`the first screen's chunk imports statically: ${chunk.slice(node.start, node.end)}`);
    if (node.type === 'ExportNamedDeclaration' && !node['declaration'] && !node['source']) {
      for (const s of node['specifiers'] as { local: { name: string }; exported: { name: string } }[])
        exported.push([s.local.name, s.exported.name]);
      edits.push({ start: node.start, end: node.end, text: '' });
    } else if (node.type.startsWith('Export')) {
      throw new Error(`the first screen's chunk exports other than by name: ${chunk.slice(node.start, node.end).slice(0, 80)}`);
    }
  }
  visit(ast, (node) => {
    if (node.type === 'ImportExpression') {
      const source = node['source'] as Node;
      edits.push(
        { start: source.start, end: source.start, text: 'new URL(' },
        { start: source.end, end: source.end, text: `,${SELF}).href` },
      );
      return true;
    }
    if (node.type === 'MemberExpression' && (node['object'] as Node).type === 'MetaProperty') {
      const name = (node['property'] as { name?: string }).name;
      if (name === 'url') edits.push({ start: node.start, end: node.end, text: SELF });
      else if (name === 'resolve') edits.push({ start: node.start, end: node.end, text: `((s)=>new URL(s,${SELF}).href)` });
      else throw new Error(`the first screen's chunk uses import.meta.${String(name)}`);
      return false;
    }
    if (node.type === 'MetaProperty' && (node['meta'] as { name: string }).name === 'import') {
      throw new Error(`the first screen's chunk uses import.meta itself: ${chunk.slice(node.start, node.end + 20)}`);
    }
    return true;
  });
  const key = `Symbol.for(${JSON.stringify(EXPORTS_KEY)})`;
  // Getters, placed before the code: they read each binding when asked, so none is read too early.
  const getters = exported.map(([local, name]) => `get ${JSON.stringify(name)}(){return ${local}}`).join(',');
  const head = `const ${SELF}=new URL(${JSON.stringify(`./${file}`)},document.baseURI).href;globalThis[${key}]={${getters}};`;
  const names = exported.map(([, name]) => name);
  const shim =
    `const ${SELF}s=globalThis[${key}];` +
    `if(!${SELF}s)throw new Error("The first screen's code is not running in this page.");` +
    `export const{${names.join(',')}}=${SELF}s;\n`;
  return { code: head + apply(chunk, edits), shim };
}

/** Calls `see` on every node, depth first; `see` answers whether to look inside the node. */
function visit(node: Node, see: (node: Node) => boolean): void {
  if (!see(node)) return;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string') visit(child as Node, see);
    }
  }
}

function apply(code: string, edits: { start: number; end: number; text: string }[]): string {
  let out = '';
  let at = 0;
  // Stable: two insertions at one place keep their order.
  for (const e of edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i)) {
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + code.slice(at);
}
