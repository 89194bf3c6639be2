import type { ListAnswer } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { CandidateList } from '../partners/candidate-list';

/**
 * A problem's candidate experts and institutions side by side (`path` is the problem's,
 * problems/<id>); an empty side says why: the engine proposes no one on location alone.
 */
export function ProblemCandidates({ path, problemTitle }: { path: string; problemTitle: string }) {
  const { t } = useT();
  const candidates = useApi<{ experts: ListAnswer; institutions: ListAnswer }>(`${path}/candidates`);
  return (
    <LoadedView loaded={candidates}>
      {(data) => (
        <div class="two-columns">
          <section aria-label={t('tackling.experts')}>
            <h3>{t('tackling.experts')}</h3>
            {data.experts.candidates.length === 0 ? (
              <p class="muted empty-why">{t('tackling.noExperts')}</p>
            ) : (
              <CandidateList candidates={data.experts.candidates} place={{ what: '候选专家', where: [problemTitle] }} />
            )}
          </section>
          <section aria-label={t('tackling.institutions')}>
            <h3>{t('tackling.institutions')}</h3>
            {data.institutions.candidates.length === 0 ? (
              <p class="muted empty-why">{t('tackling.noInstitutions')}</p>
            ) : (
              <CandidateList
                candidates={data.institutions.candidates}
                place={{ what: '候选机构', where: [problemTitle] }}
              />
            )}
          </section>
        </div>
      )}
    </LoadedView>
  );
}
