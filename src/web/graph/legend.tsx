import { useT, type MessageKey } from '../i18n/i18n';
import { NODE_COLOURS } from './node-kinds';

/** The colour of each kind of node. */
export function GraphLegend({ counts }: { counts: Map<string, number> }) {
  const { t } = useT();
  return (
    <div class="legend" aria-label={t('graph.legend')}>
      <strong>{t('graph.legend')}：</strong>
      {Object.entries(NODE_COLOURS).map(([kind, colour]) => (
        <span key={kind} class="legend-item">
          <span class="dot" style={{ background: colour }} />
          {t(`node.${kind}` as MessageKey)}
          {counts.get(kind) ? ` (${counts.get(kind)})` : ''}
        </span>
      ))}
    </div>
  );
}
