import type { Assignment } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { useT } from '../../i18n/i18n';
import { expertLoadsOf, expertLoadsSheet, type ExpertLoad } from './expert-load-sheet';

/**
 * One expert's load on their problems view: their load against the maximum, the problems the
 * latest global assignment seats them on and those they stand by for, exportable as 专家负荷.
 * An expert the assignment does not name still shows their maximum and says so.
 */
export function ExpertLoadLine({ personId, name, maxLoad }: { personId: string; name: string; maxLoad?: number }) {
  const { t, number, pick } = useT();
  const assignment = useApi<Assignment>('assignment');
  if (assignment.state !== 'ready') return null;
  const named = expertLoadsOf(assignment.data.problems).find((e) => e.personId === personId);
  const row: ExpertLoad = named ?? { personId, name, maxLoad, problems: [], alternateFor: [] };
  const list = (titles: string[]) => titles.join(pick('；', '; '));
  return (
    <section class="expert-load" aria-label={t('expertLoad.title')}>
      <h3>{t('expertLoad.title')}</h3>
      <p class="expert-load-line">
        {row.load !== undefined && row.maxLoad !== undefined ? (
          <span class={`seat-load ${row.load >= row.maxLoad ? 'full' : ''}`}>
            {t('assignment.load')} {number(row.load)}/{number(row.maxLoad)}
            {row.load >= row.maxLoad ? t('assignment.full') : t('expertLoad.free')}
          </span>
        ) : (
          row.maxLoad !== undefined && (
            <span>
              {t('expertLoad.max')} {number(row.maxLoad)}
            </span>
          )
        )}
      </p>
      {row.problems.length > 0 ? (
        <p class="small">
          {t('assignment.seatsHere')}
          {pick('：', ': ')}
          {list(row.problems)}
        </p>
      ) : (
        <p class="small muted empty-why">{t('expertLoad.notSeated')}</p>
      )}
      {row.alternateFor.length > 0 && (
        <p class="small">
          {t('expertLoad.alternateFor')}
          {pick('：', ': ')}
          {list(row.alternateFor)}
        </p>
      )}
      <div class="actions list-actions">
        <ExportButton sheet={expertLoadsSheet([row], [name])} label={t('expertLoad.export')} />
      </div>
    </section>
  );
}
