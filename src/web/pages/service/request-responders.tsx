import type { RespondersAnswer } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { ReasonList, ScoreBar } from '../../components/reasons';
import { useT } from '../../i18n/i18n';
import { respondersSheet } from './service-sheets';

/** The people who could take a request, best first with their load and reasons; each dispatched to with a click. */
export function Responders({
  path,
  mayAct,
  onDispatch,
}: {
  path: string;
  mayAct: boolean;
  onDispatch(id: string): void;
}) {
  const { t } = useT();
  const responders = useApi<RespondersAnswer>(`${path}/responders`);
  return (
    <>
      <h3>{t('service.responders')}</h3>
      <LoadedView loaded={responders}>
        {(answer) =>
          answer.status !== 'ready' || answer.responders.length === 0 ? (
            <p class="muted">{answer.status === 'ready' ? t('service.noResponders') : t('none')}</p>
          ) : (
            <>
              <div class="actions list-actions">
                <ExportButton sheet={respondersSheet(answer.request.title, answer.responders)} />
              </div>
              <ol class="candidates">
                {answer.responders.map((p) => (
                  <li key={p.personId} class="candidate" data-responder={p.personId}>
                    <div class="candidate-head">
                      <span class="candidate-name">{p.name}</span>
                      <ScoreBar score={p.score} />
                      <span class="small muted">
                        {p.load.current}/{p.load.max}
                      </span>
                      {mayAct && (
                        <button type="button" class="primary" onClick={() => onDispatch(p.personId)}>
                          {t('service.dispatch')}
                        </button>
                      )}
                    </div>
                    <ReasonList zh={p.reasons.zh} en={p.reasons.en} />
                  </li>
                ))}
              </ol>
            </>
          )
        }
      </LoadedView>
    </>
  );
}
