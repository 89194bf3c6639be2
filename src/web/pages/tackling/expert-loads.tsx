import type { AssignedProblem } from '../../api/types';
import { ExportButton } from '../../components/export-button';
import { useT } from '../../i18n/i18n';
import { expertLoadsOf, expertLoadsSheet, type ExpertLoad } from './expert-load-sheet';

/** Each seated expert once, with the problems this run gives them, most loaded first. */
export function expertLoads(problems: readonly AssignedProblem[]): ExpertLoad[] {
  return expertLoadsOf(problems).filter((e) => e.problems.length > 0);
}

/** 专家负荷: every seated expert's load against their maxLoad, and where this run seats them; exportable. */
export function ExpertLoads({ problems }: { problems: readonly AssignedProblem[] }) {
  const { t, number, pick } = useT();
  const loads = expertLoads(problems);
  if (loads.length === 0) return <p class="muted empty-why expert-loads-empty">{t('assignment.noSeated')}</p>;
  return (
    <section aria-label={t('assignment.experts')}>
      <h3>{t('assignment.experts')}</h3>
      <div class="actions list-actions">
        <ExportButton sheet={expertLoadsSheet(loads)} label={t('expertLoad.export')} />
      </div>
      <table class="expert-loads">
        <thead>
          <tr>
            <th>{t('assignment.expert')}</th>
            <th>{t('assignment.load')}</th>
            <th>{t('assignment.seatsHere')}</th>
          </tr>
        </thead>
        <tbody>
          {loads.map((e) => (
            <tr key={e.personId} data-person={e.personId}>
              <td>{e.name}</td>
              <td>{e.load !== undefined && e.maxLoad !== undefined ? `${number(e.load)}/${number(e.maxLoad)}` : ''}</td>
              <td>{e.problems.join(pick('；', '; '))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
