import type Graph from 'graphology';
import { useT, type MessageKey } from '../i18n/i18n';
import { KindDot } from './legend';
import type { NodeAttributes } from './node-kinds';
/**
 * The selected node's neighbours as a list: what the canvas shows, readable by a screen reader
 * and easy to tap on a phone; a click opens the neighbour as a click on the canvas does.
 */
export function NeighbourList({
  graph,
  selected,
  version,
  onOpen,
}: {
  graph: Graph<NodeAttributes>;
  selected: string;
  version: number;
  onOpen(key: string): void;
}) {
  const { t } = useT();
  if (!graph.hasNode(selected)) return null;
  const neighbours = graph.neighbors(selected).map((key) => ({ key, ...graph.getNodeAttributes(key) }));
  return (
    <section class="panel neighbours" aria-label={t('graph.neighbours')} data-version={version}>
      <h3>{t('graph.neighbours')}</h3>
      {neighbours.length === 0 && <p class="muted">{t('none')}</p>}
      <ul class="plain">
        {neighbours.map((n) => (
          <li key={n.key}>
            <button type="button" class="link-like" onClick={() => onOpen(n.key)}>
              <KindDot kind={n.kind} />
              {`${t(`node.${n.kind}` as MessageKey)} · ${n.label}`}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
