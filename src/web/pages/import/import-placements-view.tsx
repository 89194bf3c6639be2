import { ScoreBar } from '../../components/reasons';
import { useT } from '../../i18n/i18n';

/** One enterprise the import placed on the chains (挂链) or left for review, as the import report has it. */
interface PlacementLine {
  position: string;
  line?: number;
  id: string;
  name: string;
  decision: 'placed' | 'review';
  segments: { segmentId: string; segmentName: string; confidence: number; evidence: string[] }[];
}

export interface ImportPlacements {
  threshold: number;
  placed: number;
  queued: number;
  kept: number;
  enterprises: PlacementLine[];
}

/** A roster of a few hundred enterprises lists them folded: the counts above say enough at first. */
const OPEN_UP_TO = 20;

/** Those waiting for review first: they are the ones to act on. */
const queuedFirst = (lines: PlacementLine[]) => [
  ...lines.filter((l) => l.decision === 'review'),
  ...lines.filter((l) => l.decision === 'placed'),
];

/**
 * What an import placed on the chains: how many were placed, queued or kept, each enterprise with
 * its segments (or best candidates), confidence and evidence, and the way into the review queue.
 */
export function ImportPlacementsView({ placements, onReview }: { placements: ImportPlacements; onReview?(): void }) {
  const { t } = useT();
  return (
    <>
      <h3>{t('import.placements')}</h3>
      <p class="small">
        {t('import.placed')} {placements.placed} · {t('import.queued')} {placements.queued} · {t('import.kept')}{' '}
        {placements.kept} · {t('import.threshold')} {placements.threshold}
        {placements.queued > 0 && onReview && (
          <>
            {' '}
            <button type="button" onClick={onReview}>
              {t('import.openReview')}
            </button>
          </>
        )}
      </p>
      {placements.enterprises.length > 0 && (
        <details open={placements.enterprises.length <= OPEN_UP_TO}>
          <summary>
            {t('import.placementLines')} ({placements.enterprises.length})
          </summary>
          <table class="placements">
            <thead>
              <tr>
                <th>{t('import.line')}</th>
                <th>{t('placement.enterprise')}</th>
                <th>{t('placement.decision')}</th>
                <th>{t('placement.candidates')}</th>
              </tr>
            </thead>
            <tbody>
              {queuedFirst(placements.enterprises).map((e) => (
                <tr key={e.position}>
                  <td>{e.line ?? ''}</td>
                  <td>{e.name}</td>
                  <td>{e.decision === 'placed' ? t('import.placed') : t('import.queued')}</td>
                  <td>
                    {e.segments.map((s) => (
                      <div key={s.segmentId}>
                        {s.segmentName} <ScoreBar score={s.confidence} />{' '}
                        <span class="small muted">{s.evidence.join('；')}</span>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}
