/**
 * The scenario as a laid-out graph: one box per node, one arrow per reply, placed by dagre
 * (layered, top to bottom, few crossings). Pure geometry, no DOM, so it is tested in Node; the
 * author view draws it as SVG.
 */
import dagre from '@dagrejs/dagre';
import type { Choice, Ending, Scenario } from '../../engine/index.ts';

export interface GraphNode {
  readonly id: string;
  /** Centre and size. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly ending?: Ending;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly choiceId: string;
  readonly label: string;
  /** The arrow's route, first point at `from`, last at `to`. */
  readonly points: readonly { x: number; y: number }[];
  /** Where the label's centre sits. */
  readonly labelAt: { x: number; y: number };
}

export interface GraphLayout {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly width: number;
  readonly height: number;
}

export const NODE_WIDTH = 170;
export const NODE_HEIGHT = 46;
/** An average glyph width at the label's font size: enough room without measuring text. */
const CHAR_WIDTH = 6.4;

/** Lays out `scenario`; `label` writes an arrow's caption (its scores and mood change). */
export function layoutScenario(scenario: Scenario, label: (choice: Choice) => string): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 56, edgesep: 14, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of Object.values(scenario.nodes)) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const captions = new Map<string, string>();
  for (const node of Object.values(scenario.nodes)) {
    if (node.kind !== 'decision') continue;
    for (const c of node.choices) {
      const text = label(c);
      captions.set(`${node.id}\u0000${c.id}`, text);
      // Two replies between the same two nodes are two arrows: the edge's name is the reply.
      g.setEdge(node.id, c.next, { width: text.length * CHAR_WIDTH + 8, height: 16, labelpos: 'c' }, c.id);
    }
  }
  dagre.layout(g);
  const nodes = g.nodes().map((id): GraphNode => {
    const n = g.node(id);
    const scenarioNode = scenario.nodes[id]!;
    return {
      id,
      x: n.x!,
      y: n.y!,
      width: n.width,
      height: n.height,
      ...(scenarioNode.kind === 'ending' ? { ending: scenarioNode.ending } : {}),
    };
  });
  const edges = g.edges().map((e): GraphEdge => {
    const l = g.edge(e);
    const choiceId = e.name!;
    return {
      from: e.v,
      to: e.w,
      choiceId,
      label: captions.get(`${e.v}\u0000${choiceId}`) ?? '',
      points: l.points ?? [],
      labelAt: { x: l.x ?? 0, y: l.y ?? 0 },
    };
  });
  const graph = g.graph();
  return { nodes, edges, width: graph.width ?? 0, height: graph.height ?? 0 };
}
