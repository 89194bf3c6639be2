import Graph from 'graphology';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { neighbourhood } from '../../graph/neighbourhood';
import { nodeKey, type EdgeAttributes, type GraphNodeRef, type NodeAttributes } from '../../graph/node-kinds';
import { useT, type MessageKey } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { addNeighbourhood, placeNode, type ExploredGraph } from './explored-graph';

/**
 * The explorer's graph and the node selected in it: `start` opens the graph afresh at one node
 * (and puts it in the address), `openNode` selects a drawn node and expands it the first time.
 * `version` changes whenever the drawing does; `error` is the last read that failed.
 */
export function useExploredGraph() {
  const { t } = useT();
  const graph: ExploredGraph = useMemo(() => new Graph<NodeAttributes, EdgeAttributes>(), []);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<GraphNodeRef | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const expand = useCallback(
    async (kind: string, id: string) => {
      setError(null);
      try {
        const centre = nodeKey(kind, id);
        const around = await neighbourhood(kind, id);
        const named = addNeighbourhood(graph, centre, around, (type) => t(`rel.${type}` as MessageKey) ?? type);
        setSelected((current) =>
          current && nodeKey(current.kind, current.id) === centre && named
            ? { ...current, label: named.label }
            : current,
        );
        setVersion((v) => v + 1);
      } catch (caught) {
        setError(caught as Error);
      }
    },
    [graph, t],
  );

  const start = (node: GraphNodeRef) => {
    graph.clear();
    placeNode(graph, node, 0, 0, 14);
    setSelected(node);
    replaceParams('graph', { kind: node.kind, id: node.id });
    void expand(node.kind, node.id);
  };

  // a click on a drawn node and a click in the list of neighbours do the same
  const openNode = (key: string) => {
    const a = graph.getNodeAttributes(key);
    setSelected({ kind: a.kind, id: a.id, label: a.label });
    if (!a.expanded) void expand(a.kind, a.id);
  };

  // the edges' words follow the language switch
  useEffect(() => {
    graph.forEachEdge((edge, attributes) =>
      graph.setEdgeAttribute(edge, 'label', t(`rel.${attributes.rel}` as MessageKey) ?? attributes.rel),
    );
    setVersion((v) => v + 1);
  }, [t, graph]);

  return { graph, version, selected, error, setError, start, openNode };
}
