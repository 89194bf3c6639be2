import type { ProblemStatus } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { useT, type MessageKey } from '../../i18n/i18n';

/** An audit action as the board names it: `problem.accepted` → 已验收; others as they are. */
function actionName(action: string, t: (key: MessageKey) => string): string {
  const [kind, step] = action.split('.');
  return kind === 'problem' && step && step !== 'create' ? t(`problem.${step}` as MessageKey) : action;
}

interface History {
  items: { at: string; role: string; action: string; note: string | null }[];
}

/** What was done to a problem, when and by which role; read again whenever its status moves. */
export function ProblemHistory({ path, status }: { path: string; status: ProblemStatus }) {
  const { t, dateTime } = useT();
  const history = useApi<History>(`${path}/history`, { v: status });
  return (
    <>
      <h3>{t('tackling.history')}</h3>
      <LoadedView loaded={history}>
        {(h) =>
          h.items.length === 0 ? (
            <p class="muted">{t('none')}</p>
          ) : (
            <ul class="plain small">
              {h.items.map((item) => (
                <li key={item.at + item.action}>
                  {dateTime(item.at)} · {t(`role.${item.role}` as MessageKey)} · {actionName(item.action, t)}
                  {item.note ? ` · ${item.note}` : ''}
                </li>
              ))}
            </ul>
          )
        }
      </LoadedView>
    </>
  );
}
