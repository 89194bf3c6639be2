import type Graph from 'graphology';
import { useEffect, useRef } from 'preact/hooks';

interface Renderer {
  on(event: 'clickNode', handler: (event: { node: string }) => void): void;
  refresh(): void;
  kill(): void;
}

/**
 * sigma.js drawing a graphology graph (WebGL). The graph is the caller's: adding nodes to it
 * redraws, so an expansion keeps what the user already sees where it was. sigma is loaded with
 * the explorer, not with the page.
 */
export function SigmaView({
  graph,
  onClickNode,
  version,
}: {
  graph: Graph;
  onClickNode(key: string): void;
  version: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const renderer = useRef<Renderer | null>(null);
  const click = useRef(onClickNode);
  click.current = onClickNode;
  useEffect(() => {
    let disposed = false;
    void import('sigma').then(({ default: Sigma }) => {
      if (disposed || !box.current) return;
      const sigma = new Sigma(graph, box.current, {
        renderEdgeLabels: true,
        defaultEdgeType: 'arrow',
        labelRenderedSizeThreshold: 0,
        labelFont: 'system-ui, "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
        edgeLabelFont: 'system-ui, "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
        allowInvalidContainer: true,
      });
      sigma.on('clickNode', ({ node }) => click.current(node));
      renderer.current = sigma as unknown as Renderer;
    });
    return () => {
      disposed = true;
      renderer.current?.kill();
      renderer.current = null;
    };
  }, [graph]);
  useEffect(() => renderer.current?.refresh(), [version]);
  return <div ref={box} class="sigma" data-nodes={graph.order} />;
}
