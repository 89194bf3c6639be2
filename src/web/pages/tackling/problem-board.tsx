import { useState } from 'preact/hooks';
import type { Page, Problem, ProblemStatus } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LabelledInput } from '../../components/labelled-input';
import { LoadedView } from '../../components/loaded-view';
import { RegionChainPicker } from '../../components/region-chain-picker';
import { StatusTabs } from '../../components/status-tabs';
import { useT } from '../../i18n/i18n';
import { ProblemDetail } from './problem-detail';
import { matchesText, ProblemList } from './problem-list';
import { PROBLEM_STATUSES } from './problem-steps';
import { problemsSheet } from './tackling-sheets';

/** The board's choices kept in the address: the open problem, the status tab, the region and chain. */
export type BoardChoices = Partial<{ id: string; status: string; region: string; chain: string }>;

/**
 * The board itself: problems by status, chain and the poster's region (the API filters, a region
 * with the regions below it); one opened shows its candidates, consortium and workflow.
 */
export function ProblemBoard({
  initial,
  openId,
  onOpen,
  remember,
}: {
  /** The choices the board opens with (from the address, or as left before another view). */
  initial: BoardChoices;
  openId: string;
  onOpen(id: string): void;
  remember(next: BoardChoices): void;
}) {
  const { t } = useT();
  const [status, setStatus] = useState<ProblemStatus | ''>((initial.status as ProblemStatus | undefined) ?? '');
  const [where, setWhere] = useState({ region: initial.region ?? '', chain: initial.chain ?? '' });
  const [text, setText] = useState('');
  const problems = useApi<Page<Problem>>('problems', {
    limit: 1000,
    status: status || undefined,
    chain: where.chain || undefined,
    region: where.region || undefined,
  });
  const keep = (next: BoardChoices) => remember({ status, ...where, ...next });
  return (
    <>
      <StatusTabs
        statuses={PROBLEM_STATUSES}
        value={status}
        onChange={(next) => {
          setStatus(next);
          keep({ status: next });
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
            keep(next);
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
                <ProblemList problems={shown} openId={openId} onOpen={onOpen} />
              </div>
              {current && <ProblemDetail key={current.id} problem={current} onMoved={() => problems.reload()} />}
            </div>
          );
        }}
      </LoadedView>
    </>
  );
}
