import type { AssignedProblem, Assignment, AssignmentSeat } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { assignmentSheet } from './assignment-sheets';
import { ExpertLoads } from './expert-loads';

/**
 * 全局分配: every published problem with the experts seated on it at once (none above their
 * maxLoad), their load beside each name, the alternates, and why a seat stays empty.
 */
export function AssignmentView({ onOpen }: { onOpen(problemId: string): void }) {
  const { t, dateTime, number } = useT();
  const assignment = useApi<Assignment>('assignment');
  return (
    <section class="panel assignment" aria-label={t('tackling.viewAssignment')}>
      <h2>{t('tackling.viewAssignment')}</h2>
      <p class="small muted">{t('assignment.explain')}</p>
      <LoadedView loaded={assignment}>
        {(a) =>
          a.problems.length === 0 ? (
            <p class="muted empty-why">{t('assignment.empty')}</p>
          ) : (
            <>
              <p class="assignment-summary">
                {t('assignment.problems')}：{number(a.problems.length)} · {t('assignment.summary')}：{number(a.filled)}{' '}
                / {number(a.seats)} · {t('assignment.computedAt')}：{dateTime(a.computedAt)}
              </p>
              <div class="actions list-actions">
                <ExportButton sheet={assignmentSheet(a.problems)} />
              </div>
              <AssignmentTable problems={a.problems} onOpen={onOpen} />
              <ExpertLoads problems={a.problems} />
            </>
          )
        }
      </LoadedView>
    </section>
  );
}

function AssignmentTable({ problems, onOpen }: { problems: AssignedProblem[]; onOpen(problemId: string): void }) {
  const { t, pick, number } = useT();
  return (
    <table class="assignment-table">
      <thead>
        <tr>
          <th>{t('assignment.problem')}</th>
          <th>{t('assignment.teamSize')}</th>
          <th>{t('assignment.assigned')}</th>
          <th>{t('assignment.alternates')}</th>
          <th>{t('assignment.why')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p) => (
          <tr key={p.problemId} data-problem={p.problemId}>
            <td>
              <button type="button" class="link-like problem-link" onClick={() => onOpen(p.problemId)}>
                {p.title}
              </button>
            </td>
            <td>{number(p.teamSize)}</td>
            <td class="assigned">
              <Seats seats={p.assigned} />
            </td>
            <td class="alternates">
              <Seats seats={p.alternates} />
            </td>
            <td class="diagnosis">
              {p.diagnosis
                ? `${t('assignment.shortBy')} ${number(p.shortBy)}${pick('：', ': ')}${pick(p.diagnosis.zh, p.diagnosis.en)}`
                : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Names with their fit and load (2/3, marked when full); "none" when the list is empty. */
function Seats({ seats }: { seats: AssignmentSeat[] }) {
  const { t, number } = useT();
  if (seats.length === 0) return <span class="muted">{t('assignment.nobody')}</span>;
  return (
    <ul class="plain seats">
      {seats.map((s) => (
        <li key={s.personId} data-person={s.personId}>
          <span class="seat-name">{s.name}</span>{' '}
          <span class="small muted">
            {t('assignment.affinity')} {number(s.affinity, 3)}
            {s.load !== undefined && s.maxLoad !== undefined && (
              <>
                {' · '}
                <span class={`seat-load ${s.load >= s.maxLoad ? 'full' : ''}`}>
                  {t('assignment.load')} {number(s.load)}/{number(s.maxLoad)}
                  {s.load >= s.maxLoad ? t('assignment.full') : ''}
                </span>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
