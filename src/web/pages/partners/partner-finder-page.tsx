import { useState } from 'preact/hooks';
import type { Enterprise, ListAnswer } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Chips } from '../../components/chips';
import { LoadedView } from '../../components/loaded-view';
import { useT, type MessageKey } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { CandidateList } from './candidate-list';
import { EnterpriseSearch } from './enterprise-search';
import { MeetingPlanPanel } from './meeting-plan-panel';

/** 上下游配套: an enterprise's upstream and downstream candidates, with the path that can introduce them. */
export function PartnerFinderPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [id, setId] = useState(params.get('id') ?? '');
  const pick = (next: string) => {
    setId(next);
    replaceParams('partners', { id: next });
  };
  return (
    <div class="page">
      <h1>{t('nav.partners')}</h1>
      <EnterpriseSearch initial={params.get('q') ?? ''} onPick={(hit) => pick(hit.id)} />
      {id && <EnterprisePartners key={id} id={id} />}
    </div>
  );
}

function EnterprisePartners({ id }: { id: string }) {
  const { t } = useT();
  const path = `enterprises/${encodeURIComponent(id)}`;
  const enterprise = useApi<Enterprise>(path);
  const upstream = useApi<ListAnswer>(`${path}/partners`, { direction: 'upstream', limit: 10 });
  const downstream = useApi<ListAnswer>(`${path}/partners`, { direction: 'downstream', limit: 10 });
  return (
    <LoadedView loaded={enterprise}>
      {(e) => (
        <>
          <section class="panel enterprise-card">
            <h2 class="enterprise-name">{e.name}</h2>
            {e.aliases.length > 0 && <p class="small muted">{e.aliases.join('、')}</p>}
            <p>
              <Chips words={e.products} />
              {e.tags.map((tag) => (
                <span key={tag} class="chip tag">
                  {t(`tag.${tag}` as MessageKey)}
                </span>
              ))}
            </p>
            {e.description && <p class="small">{e.description}</p>}
          </section>
          <div class="two-columns">
            <section class="panel" aria-label={t('partners.upstream')}>
              <h2>{t('partners.upstream')}</h2>
              <LoadedView loaded={upstream}>
                {(list) => (
                  <CandidateList
                    candidates={list.candidates}
                    showPath
                    place={{ what: '上游供应候选', where: [e.name] }}
                  />
                )}
              </LoadedView>
            </section>
            <section class="panel" aria-label={t('partners.downstream')}>
              <h2>{t('partners.downstream')}</h2>
              <LoadedView loaded={downstream}>
                {(list) => (
                  <CandidateList
                    candidates={list.candidates}
                    showPath
                    place={{ what: '下游客户候选', where: [e.name] }}
                  />
                )}
              </LoadedView>
            </section>
          </div>
          <MeetingPlanPanel region={e.regionId ?? ''} chain={e.chainIds[0] ?? ''} />
        </>
      )}
    </LoadedView>
  );
}
