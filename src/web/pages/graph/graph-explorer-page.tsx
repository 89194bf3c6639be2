import { useEffect, useState } from 'preact/hooks';
import { get } from '../../api/client';
import type { SearchHit } from '../../api/types';
import { ErrorNote } from '../../components/loaded-view';
import { SearchForm } from '../../components/search-form';
import { GraphLegend } from '../../graph/legend';
import { NeighbourList } from '../../graph/neighbour-list';
import { nodeKey } from '../../graph/node-kinds';
import { SigmaView } from '../../graph/sigma-view';
import { useT } from '../../i18n/i18n';
import { GraphSearchHits } from './graph-search-hits';
import { SelectedNodeNotes } from './selected-node-notes';
import { useExploredGraph } from './use-explored-graph';

/**
 * 图谱浏览: the neighbourhood of any node (GET /graph/neighbourhood), drawn with sigma.js; a click
 * on any node — enterprise, institution, party organisation, person, problem, region — expands it.
 */
export function GraphExplorerPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const { graph, version, selected, error, setError, start, openNode } = useExploredGraph();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);

  useEffect(() => {
    const kind = params.get('kind');
    const id = params.get('id');
    if (kind && id) start({ kind, id, label: id });
    // a link to the explorer opens its node once
  }, []);

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

  const selectedKey = selected ? nodeKey(selected.kind, selected.id) : null;
  const selectedAttributes = selectedKey && graph.hasNode(selectedKey) ? graph.getNodeAttributes(selectedKey) : null;
  const counts = new Map<string, number>();
  graph.forEachNode((_key, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));

  return (
    <div class="page">
      <h1>{t('nav.graph')}</h1>
      <SearchForm name="node" label={t('graph.search')} value={text} onInput={setText} onSubmit={search} />
      <GraphSearchHits hits={hits} onOpen={start} />
      <ErrorNote error={error} />
      <GraphLegend counts={counts} />
      <p class="small muted">
        {t('graph.hint')} · {graph.order} {t('graph.nodes')}
      </p>
      <SelectedNodeNotes selected={selected} attributes={selectedAttributes} />
      <div class="graph-layout">
        <SigmaView graph={graph} version={version} selected={selectedKey} onClickNode={openNode} />
        {selectedKey && <NeighbourList graph={graph} selected={selectedKey} version={version} onOpen={openNode} />}
      </div>
    </div>
  );
}
