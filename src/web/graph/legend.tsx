import { useT, type MessageKey } from '../i18n/i18n';
import { kindColour, NODE_KINDS } from './node-kinds';

/**
 * The colour of each kind of node drawn, with how many are drawn: a list, so a screen reader
 * reads it as one. Kinds not drawn are left out, to keep the key to what the canvas shows.
 */
export function GraphLegend({ counts }: { counts: Map<string, number> }) {
  const { t } = useT();
  const drawn = NODE_KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0);
  if (drawn.length === 0) return null;
  return (
    <div class="legend" role="list" aria-label={t('graph.legend')}>
      <strong>{t('graph.legend')}：</strong>
      {drawn.map((kind) => (
        <span key={kind} class="legend-item" role="listitem" data-kind={kind}>
          <KindDot kind={kind} />
          {`${t(`node.${kind}` as MessageKey)} (${counts.get(kind)})`}
        </span>
      ))}
    </div>
  );
}

/** A kind's colour as a dot, ringed so that the light ones show on white. */
export function KindDot({ kind }: { kind: string }) {
  return (
    <span
      class="dot"
      aria-hidden="true"
      style={{ background: kindColour(kind), boxShadow: '0 0 0 1px rgba(0, 0, 0, 0.3)' }}
    />
  );
}
