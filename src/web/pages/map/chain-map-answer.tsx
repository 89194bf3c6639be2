import type { ChainSegment, GapAnswer } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { AllLeadsPanel } from './all-leads-panel';
import { ChainMapView, MapLegend } from './chain-map-view';
import { SegmentPanel } from './segment-panel';
import type { WhatIfState } from './use-what-if';
import { WhatIfPanel } from './what-if-panel';

type ReadyGaps = Extract<GapAnswer, { status: 'ready' }>;

/**
 * A computed map: the chain as it is (or after the what-if, when asked), the selected segment's
 * panel, the what-if's answer and every lead.
 */
export function ChainMapAnswer({
  answer,
  template,
  whatIf,
  selected,
  onSelect,
}: {
  answer: ReadyGaps;
  template: ChainSegment[];
  whatIf: WhatIfState;
  selected: string | null;
  onSelect(segmentId: string | null): void;
}) {
  const { t, dateTime } = useT();
  const { result, showAfter, setShowAfter } = whatIf;
  const map = showAfter && result ? result.after : answer.map;
  const segment = map.segments.find((s) => s.segmentId === selected) ?? null;
  const changed = new Set(result?.closed.map((c) => c.segmentId) ?? []);
  return (
    <>
      <p class="muted small">
        {t('computedAt')} {dateTime(answer.computedAt)}
        {map.chainMasters.length > 0 &&
          ` · ${t('map.chainMasters')}：${map.chainMasters.map((m) => m.name).join('、')}`}
      </p>
      <MapLegend rule={map.rule} />
      {result && (
        <label class="toggle">
          <input type="checkbox" checked={showAfter} onChange={() => setShowAfter(!showAfter)} />
          {t('map.after')}
        </label>
      )}
      <ChainMapView
        map={map}
        template={template}
        selected={selected}
        onSelect={onSelect}
        changed={showAfter ? changed : new Set()}
      />
      {segment && (
        <SegmentPanel
          segment={segment}
          map={map}
          leads={answer.leads}
          picked={whatIf.picked}
          onToggle={whatIf.toggle}
          onClose={() => onSelect(null)}
        />
      )}
      {result && <WhatIfPanel result={result} leads={answer.leads} />}
      <AllLeadsPanel map={answer.map} leads={answer.leads} whatIf={whatIf} />
    </>
  );
}
