/**
 * How much of the JS heap is compiled code. V8 compiles a function again, faster, once it has
 * run often enough; code compiled that way between two readings is warm-up, not a leak. A heap
 * snapshot types every object, so the part typed `code` (bytecode, optimised machine code and
 * their tables) can be told apart from the objects the game itself keeps.
 */
import type { CDPSession } from '@playwright/test';

/** Bytes the snapshot counts as compiled code. */
export async function compiledCodeBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (snapshot.nodes[i + typeAt] === code) bytes += snapshot.nodes[i + sizeAt]!;
  }
  return bytes;
}

/** The parts of Chromium's heap snapshot format read here. */
interface HeapSnapshot {
  readonly snapshot: { readonly meta: { readonly node_fields: string[]; readonly node_types: [string[], ...unknown[]] } };
  readonly nodes: number[];
}
