import type { ChainMap, ChainSegment, SegmentStatus } from '../../api/types';
import { StatusBadge } from '../../components/status-badge';
import { useT, type MessageKey } from '../../i18n/i18n';
import { feedNeighbours, segmentColumns } from './chain-order';

/**
 * The chain map: segments upstream → downstream, coloured by status, single points of failure
 * marked. Selecting a segment lights up what feeds it and what it feeds. `changed` marks the
 * segments a what-if would change.
 */
export function ChainMapView({
  map,
  template,
  selected,
  onSelect,
  changed = new Set<string>(),
}: {
  map: ChainMap;
  template: ChainSegment[];
  selected: string | null;
  onSelect(segmentId: string): void;
  changed?: Set<string>;
}) {
  const { t } = useT();
  const columns = segmentColumns(map.segments, template);
  const around = selected ? feedNeighbours(selected, template) : { from: new Set<string>(), to: new Set<string>() };
  return (
    <div class="chain-map" aria-label={`${map.region.name} · ${map.chain.name}`}>
      {[...columns.entries()]
        .filter(([, list]) => list.length > 0)
        .map(([stage, list], i) => (
          <section key={stage} class="chain-column">
            <h3>
              {i > 0 && <span class="arrow">→ </span>}
              {stage === 'other' ? '—' : t(`stage.${stage}` as MessageKey)}
            </h3>
            {list.map((segment) => {
              const classes = [
                'segment',
                `segment-${segment.status}`,
                selected === segment.segmentId ? 'selected' : '',
                around.from.has(segment.segmentId) ? 'feeds-selected' : '',
                around.to.has(segment.segmentId) ? 'fed-by-selected' : '',
                changed.has(segment.segmentId) ? 'changed' : '',
              ];
              return (
                <button
                  type="button"
                  key={segment.segmentId}
                  class={classes.join(' ')}
                  data-segment={segment.segmentId}
                  aria-pressed={selected === segment.segmentId}
                  onClick={() => onSelect(segment.segmentId)}
                >
                  <span class="segment-name">{segment.name}</span>
                  <StatusBadge group="status" status={segment.status} />
                  <span class="segment-counts">
                    {segment.producers.length} / {segment.demand.length}
                  </span>
                  {segment.singlePointOfFailure && (
                    <span class={`spof spof-${segment.singlePointOfFailure.risk}`} title={t('map.spof')}>
                      ⚠ {t('map.spof')}
                    </span>
                  )}
                </button>
              );
            })}
          </section>
        ))}
    </div>
  );
}

const STATUSES: SegmentStatus[] = ['missing', 'weak', 'ok', 'strong'];

/** What the colours and marks mean, with the rule the statuses follow. */
export function MapLegend({ rule }: { rule: { zh: string; en: string } }) {
  const { t, pick } = useT();
  return (
    <div class="legend">
      <strong>{t('map.legend')}：</strong>
      {STATUSES.map((s) => (
        <span key={s} class={`legend-item segment-${s}`}>
          {t(`status.${s}` as MessageKey)}
        </span>
      ))}
      <span class="legend-item">⚠ {t('map.spof')}</span>
      <span class="legend-item legend-feeds">{t('map.feedsSelected')}</span>
      <span class="legend-item legend-fed">{t('map.fedBySelected')}</span>
      <span class="legend-item">
        {t('map.producers')} / {t('map.demand')}
      </span>
      <details>
        <summary>{t('map.rule')}</summary>
        <p class="small">{pick(rule.zh, rule.en)}</p>
      </details>
    </div>
  );
}
