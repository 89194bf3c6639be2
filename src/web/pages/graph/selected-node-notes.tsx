import type { GraphNodeRef, NodeAttributes } from '../../graph/node-kinds';
import { useT } from '../../i18n/i18n';
import { SyntheticBadge } from '../../components/synthetic-badge';

/** The selected node's name, and once it is expanded whether it has more neighbours than are drawn. */
export function SelectedNodeNotes({
  selected,
  attributes,
}: {
  selected: GraphNodeRef | null;
  attributes: NodeAttributes | null;
}) {
  const { t } = useT();
  return (
    <>
      {selected && (
        <p class="graph-selected">
          {`${t('graph.selected')}：${selected.label}`}
          <SyntheticBadge synthetic={selected.synthetic === true || attributes?.synthetic === true} />
        </p>
      )}
      {attributes?.truncated && <p class="small muted">{t('graph.truncated')}</p>}
      {Boolean(attributes?.hidden) && (
        <p class="small muted">
          {attributes!.hidden} {t('graph.hidden')}
        </p>
      )}
    </>
  );
}
