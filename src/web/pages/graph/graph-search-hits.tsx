import type { SearchHit } from '../../api/types';
import type { GraphNodeRef } from '../../graph/node-kinds';
import { useT, type MessageKey } from '../../i18n/i18n';
import { SyntheticBadge } from '../../components/synthetic-badge';

/** The other nodes a search found (the first is opened already), one button each to open instead. */
export function GraphSearchHits({ hits, onOpen }: { hits: SearchHit[]; onOpen(node: GraphNodeRef): void }) {
  const { t } = useT();
  if (hits.length <= 1) return null;
  return (
    <div class="hits">
      {hits.map((h) => (
        <button type="button" class="chip" key={`${h.kind}:${h.id}`} onClick={() => onOpen({ ...h, label: h.name })}>
          {t(`node.${h.kind}` as MessageKey)} · {h.name}
          <SyntheticBadge synthetic={h.synthetic} />
        </button>
      ))}
    </div>
  );
}
