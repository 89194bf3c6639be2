import { useState } from 'preact/hooks';
import type { Page, Problem, ProblemStatus } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LabelledInput } from '../../components/labelled-input';
import { LoadedView } from '../../components/loaded-view';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { StatusTabs } from '../../components/status-tabs';
import { useT } from '../../i18n/i18n';
import { replaceParams } from '../../router';
import { ProblemDetail } from './problem-detail';
import { matchesText, ProblemList } from './problem-list';
import { PROBLEM_STATUSES } from './problem-steps';
import { problemsSheet } from './tackling-sheets';

/**
 * 红链技术攻坚榜: problems by status, chain and the poster's region (the API filters, a region
 * with the regions below it); one opened shows its candidates, consortium and workflow.
 */
export function TacklingBoardPage({ params }: { params: URLSearchParams }) {
  const { t } = useT();
  const [status, setStatus] = useState<ProblemStatus | ''>((params.get('status') as ProblemStatus | null) ?? '');
  const [where, setWhere] = useState({ region: params.get('region') ?? '', chain: params.get('chain') ?? '' });
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState(params.get('id') ?? '');
  const problems = useApi<Page<Problem>>('problems', {
    limit: 1000,
    status: status || undefined,
    chain: where.chain || undefined,
    region: where.region || undefined,
  });
  const remember = (next: Partial<{ id: string; status: string; region: string; chain: string }>) =>
    replaceParams('tackling', { id: openId, status, ...where, ...next });
  const open = (id: string) => {
    setOpenId(id);
    remember({ id });
  };
  return (
    <div class="page">
      <h1>{t('nav.tackling')}</h1>
      <StatusTabs
        statuses={PROBLEM_STATUSES}
        value={status}
        onChange={(next) => {
          setStatus(next);
          remember({ status: next });
        }}
        labels="problem"
      />
      <div class="form-row board-filters">
        <LabelledInput type="search" label={t('tackling.search')} value={text} onInput={setText} />
        <RegionChainPicker
          region={where.region}
          chain={where.chain}
          anyLabel={{ region: t('tackling.allRegions'), chain: t('tackling.allChains') }}
          onChange={(next) => {
            setWhere(next);
            remember(next);
          }}
        />
      </div>
      <LoadedView loaded={problems}>
        {(page) => {
          const current = page.items.find((p) => p.id === openId);
          const shown = page.items.filter((p) => matchesText(p, text));
          return (
            <div class="master-detail">
              <div>
                <div class="actions list-actions">
                  <ExportButton sheet={problemsSheet(shown, [status ? t(`problem.${status}`) : '', text.trim()])} />
                </div>
                <ProblemList problems={shown} openId={openId} onOpen={open} />
              </div>
              {current && <ProblemDetail key={current.id} problem={current} onMoved={() => problems.reload()} />}
            </div>
          );
        }}
      </LoadedView>
    </div>
  );
}
