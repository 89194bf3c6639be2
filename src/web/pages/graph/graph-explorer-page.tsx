import Graph from 'graphology';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { get } from '../../api/client';
import type { SearchHit } from '../../api/types';
import { ErrorNote } from '../../components/loaded-view';
import { SearchForm } from '../../components/search-form';
import { GraphLegend } from '../../graph/legend';
import { NeighbourList } from '../../graph/neighbour-list';
import { neighbourhood } from '../../graph/neighbourhood';
import {
  NODE_COLOURS,
  nodeKey,
  type EdgeAttributes,
  type GraphNodeRef,
  type NodeAttributes,
} from '../../graph/node-kinds';
import { SigmaView } from '../../graph/sigma-view';
import { useT, type MessageKey } from '../../i18n/i18n';
import { replaceParams } from '../../router';

/**
 * 图谱浏览: the neighbourhood of any node (GET /graph/neighbourhood), drawn with sigma.js; a click
 * on any node — enterprise, institution, party organisation, person, problem, region — expands it.
 */
export function GraphExplorerPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const graph = useMemo(() => new Graph<NodeAttributes, EdgeAttributes>(), []);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<GraphNodeRef | null>(null);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<Error | null>(null);

  const place = (node: GraphNodeRef, x: number, y: number, size = 8) => {
    const key = nodeKey(node.kind, node.id);
    if (!graph.hasNode(key))
      graph.addNode(key, {
        x,
        y,
        size,
        label: node.label,
        color: NODE_COLOURS[node.kind] ?? '#888',
        kind: node.kind,
        id: node.id,
        expanded: false,
      });
    return key;
  };

  const expand = useCallback(
    async (kind: string, id: string) => {
      setError(null);
      try {
        const centre = nodeKey(kind, id);
        const around = await neighbourhood(kind, id);
        const { x, y } = graph.getNodeAttributes(centre);
        const fresh = around.nodes.filter((n) => !graph.hasNode(nodeKey(n.kind, n.id)));
        // new neighbours on a ring around the node, turned a little per expansion so rings do not overlap
        const turn = graph.order * 0.7;
        const radius = 1 + fresh.length * 0.12;
        fresh.forEach((n, i) => {
          const angle = turn + (2 * Math.PI * i) / Math.max(1, fresh.length);
          place(n, x + radius * Math.cos(angle), y + radius * Math.sin(angle));
        });
        for (const e of around.edges)
          if (!graph.hasEdge(e.from, e.to))
            graph.addEdge(e.from, e.to, {
              label: t(`rel.${e.type}` as MessageKey) ?? e.type,
              rel: e.type,
              size: 1.5,
              color: '#b3b6b7',
              type: e.undirected ? 'line' : 'arrow',
            });
        // the API names the node (a link to the explorer knows only its id)
        const named = around.nodes.find((n) => nodeKey(n.kind, n.id) === centre);
        if (named) graph.setNodeAttribute(centre, 'label', named.label);
        graph.mergeNodeAttributes(centre, { expanded: true, truncated: around.truncated, hidden: around.hidden });
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
    place(node, 0, 0, 14);
    setSelected(node);
    replaceParams('graph', { kind: node.kind, id: node.id });
    void expand(node.kind, node.id);
  };

  useEffect(() => {
    const kind = params.get('kind');
    const id = params.get('id');
    if (kind && id) start({ kind, id, label: id });
    // a link to the explorer opens its node once
  }, []);

  // the edges' words follow the language switch
  useEffect(() => {
    graph.forEachEdge((edge, attributes) =>
      graph.setEdgeAttribute(edge, 'label', t(`rel.${attributes.rel}` as MessageKey) ?? attributes.rel),
    );
    setVersion((v) => v + 1);
  }, [t, graph]);

  const search = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const answer = await get<{ items: SearchHit[] }>('search', { q: text.trim(), limit: 10 });
      setHits(answer.body.items);
      if (answer.body.items[0]) start({ ...answer.body.items[0], label: answer.body.items[0].name });
    } catch (caught) {
      setError(caught as Error);
    }
  };

  // a click on a drawn node and a click in the list of neighbours do the same
  const openNode = (key: string) => {
    const a = graph.getNodeAttributes(key);
    setSelected({ kind: a.kind, id: a.id, label: a.label });
    if (!a.expanded) void expand(a.kind, a.id);
  };

  const selectedKey = selected ? nodeKey(selected.kind, selected.id) : null;
  const selectedAttributes = selectedKey && graph.hasNode(selectedKey) ? graph.getNodeAttributes(selectedKey) : null;
  const counts = new Map<string, number>();
  graph.forEachNode((_key, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));

  return (
    <div class="page">
      <h1>{t('nav.graph')}</h1>
      <SearchForm name="node" label={t('graph.search')} value={text} onInput={setText} onSubmit={search} />
      {hits.length > 1 && (
        <div class="hits">
          {hits.map((h) => (
            <button type="button" class="chip" key={`${h.kind}:${h.id}`} onClick={() => start({ ...h, label: h.name })}>
              {t(`node.${h.kind}` as MessageKey)} · {h.name}
            </button>
          ))}
        </div>
      )}
      <ErrorNote error={error} />
      <GraphLegend counts={counts} />
      <p class="small muted">
        {t('graph.hint')} · {graph.order} {t('graph.nodes')}
      </p>
      {selected && <p class="graph-selected">{`${t('graph.selected')}：${selected.label}`}</p>}
      {selectedAttributes?.truncated && <p class="small muted">{t('graph.truncated')}</p>}
      {Boolean(selectedAttributes?.hidden) && (
        <p class="small muted">
          {selectedAttributes!.hidden} {t('graph.hidden')}
        </p>
      )}
      <div class="graph-layout">
        <SigmaView graph={graph} version={version} onClickNode={openNode} />
        {selected && (
          <NeighbourList
            graph={graph}
            selected={nodeKey(selected.kind, selected.id)}
            version={version}
            onOpen={openNode}
          />
        )}
      </div>
    </div>
  );
}
