import type { Consortium, ListAnswer, Problem, StoredProblem } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Chips } from '../../components/chips';
import { LoadedView } from '../../components/loaded-view';
import { StatusBadge } from '../../components/status-badge';
import { useT, type MessageKey } from '../../i18n/i18n';
import { CandidateList } from '../partners/candidate-list';
import { ProblemActions } from './problem-actions';

/** An audit action as the board names it: `problem.accepted` → 已验收; others as they are. */
function actionName(action: string, t: (key: MessageKey) => string): string {
  const [kind, step] = action.split('.');
  return kind === 'problem' && step && step !== 'create' ? t(`problem.${step}` as MessageKey) : action;
}

interface History {
  items: { at: string; role: string; action: string; note: string | null }[];
}

/** One problem: its candidate experts and institutions, the proposed consortium, and its workflow. */
export function ProblemDetail({ problem, onMoved }: { problem: Problem; onMoved(next: StoredProblem): void }) {
  const { t } = useT();
  const path = `problems/${encodeURIComponent(problem.id)}`;
  const candidates = useApi<{ experts: ListAnswer; institutions: ListAnswer }>(`${path}/candidates`);
  const consortium = useApi<Consortium>(`${path}/consortium`);
  const history = useApi<History>(`${path}/history`, { v: problem.status });
  return (
    <section class="panel problem-detail" aria-label={problem.title}>
      <h2>
        {problem.title} <StatusBadge group="problem" status={problem.status} />
      </h2>
      {problem.description && <p class="small">{problem.description}</p>}
      {problem.postedBy && (
        <p class="small">
          {t('tackling.postedBy')}：{problem.postedBy.name}
        </p>
      )}
      <p>
        {t('tackling.skills')}：
        <Chips words={problem.skills} />
      </p>
      <ProblemActions problem={problem} onMoved={onMoved} />
      <LoadedView loaded={candidates}>
        {(data) => (
          <div class="two-columns">
            <section aria-label={t('tackling.experts')}>
              <h3>{t('tackling.experts')}</h3>
              <CandidateList candidates={data.experts.candidates} />
            </section>
            <section aria-label={t('tackling.institutions')}>
              <h3>{t('tackling.institutions')}</h3>
              <CandidateList candidates={data.institutions.candidates} />
            </section>
          </div>
        )}
      </LoadedView>
      <h3>{t('tackling.consortium')}</h3>
      <LoadedView loaded={consortium}>
        {(c) => (
          <>
            {c.members.length === 0 ? (
              <p class="muted">{t('none')}</p>
            ) : (
              <table>
                <tbody>
                  {c.members.map((m) => (
                    <tr key={m.personId}>
                      <td>{m.name}</td>
                      <td>{m.employer ?? ''}</td>
                      <td>
                        {t('tackling.covers')}：
                        <Chips words={m.covers} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {c.mix && <p class="small">{t('tackling.mix')}</p>}
            {c.uncovered.length > 0 && (
              <p class="warning">
                {t('tackling.uncovered')}：
                <Chips words={c.uncovered} />
              </p>
            )}
          </>
        )}
      </LoadedView>
      <h3>{t('tackling.history')}</h3>
      <LoadedView loaded={history}>
        {(h) =>
          h.items.length === 0 ? (
            <p class="muted">{t('none')}</p>
          ) : (
            <ul class="plain small">
              {h.items.map((item) => (
                <li key={item.at + item.action}>
                  {new Date(item.at).toLocaleString()} · {t(`role.${item.role}` as MessageKey)} ·{' '}
                  {actionName(item.action, t)}
                  {item.note ? ` · ${item.note}` : ''}
                </li>
              ))}
            </ul>
          )
        }
      </LoadedView>
    </section>
  );
}
