import type Graph from 'graphology';
import { useEffect, useRef } from 'preact/hooks';
import type Sigma from 'sigma';

/** Up to this many relationships, every one is worded; beyond, only those of the node pointed at or selected. */
const EDGE_LABELS_ALWAYS_UP_TO = 12;

const FONT = 'system-ui, "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/**
 * sigma.js drawing a graphology graph (WebGL). The graph is the caller's: adding nodes to it
 * redraws, so an expansion keeps what the user already sees where it was. sigma is loaded with
 * the explorer, not with the page.
 *
 * Labels: sigma's label grid shows at most one node label per 90 px cell at this zoom (more as
 * one zooms in), the selected node's and the pointed-at node's always. A relationship's words
 * are drawn only for the node pointed at or selected, unless the graph has few relationships:
 * fifty words along crossing edges are read by nobody.
 */
export function SigmaView({
  graph,
  onClickNode,
  version,
  selected,
}: {
  graph: Graph;
  onClickNode(key: string): void;
  version: number;
  /** The selected node's key: its label and its relationships' words are always shown. */
  selected: string | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);
  const click = useRef(onClickNode);
  click.current = onClickNode;
  const focus = useRef<{ selected: string | null; hovered: string | null }>({ selected, hovered: null });
  focus.current.selected = selected;
  useEffect(() => {
    let disposed = false;
    void import('sigma').then(({ default: SigmaRenderer }) => {
      if (disposed || !box.current) return;
      const inFocus = (node: string) => node === focus.current.selected || node === focus.current.hovered;
      const sigma = new SigmaRenderer(graph, box.current, {
        renderEdgeLabels: true,
        defaultEdgeType: 'arrow',
        labelRenderedSizeThreshold: 0,
        labelDensity: 1,
        labelGridCellSize: 90,
        labelFont: FONT,
        edgeLabelFont: FONT,
        allowInvalidContainer: true,
        nodeReducer: (node, data) => (inFocus(node) ? { ...data, forceLabel: true } : data),
        edgeReducer: (edge, data) =>
          graph.size <= EDGE_LABELS_ALWAYS_UP_TO || graph.extremities(edge).some(inFocus)
            ? data
            : { ...data, label: null },
      });
      sigma.on('clickNode', ({ node }) => click.current(node));
      sigma.on('enterNode', ({ node }) => {
        focus.current.hovered = node;
        sigma.refresh({ skipIndexation: true });
      });
      sigma.on('leaveNode', () => {
        focus.current.hovered = null;
        sigma.refresh({ skipIndexation: true });
      });
      renderer.current = sigma;
    });
    return () => {
      disposed = true;
      renderer.current?.kill();
      renderer.current = null;
    };
  }, [graph]);
  useEffect(() => {
    renderer.current?.refresh();
  }, [version, selected]);
  return <div ref={box} class="sigma" data-nodes={graph.order} />;
}
