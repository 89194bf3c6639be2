import { useMemo, useState } from 'preact/hooks';
import type { ChainCoverage, Stats } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ExportButton } from '../../components/export-button';
import { LoadedView } from '../../components/loaded-view';
import { useT, type MessageKey } from '../../i18n/i18n';
import { ChartFigure } from './chart-figure';
import { chartTitle } from './chart-titles';
import { coverageSheet } from './coverage-sheet';
import { byStatus, coverageByChain, coverageBySegment, peopleByChain } from './coverage-charts';
import { MobileMembersPanel } from './mobile-members-panel';

/** 党建覆盖: party-organisation coverage per chain and segment, people and pairings, open work. */
export function CoveragePage() {
  const i18n = useT();
  const { t } = i18n;
  const coverage = useApi<{ chains: ChainCoverage[] }>('party-orgs/coverage');
  const stats = useApi<Stats>('stats');
  const [chainId, setChainId] = useState('');
  return (
    <div class="page">
      <h1>{t('nav.coverage')}</h1>
      <LoadedView loaded={stats}>
        {(s) => (
          <section class="panel" aria-label={t('coverage.open')}>
            <h2>{t('coverage.open')}</h2>
            <div class="figures">
              <Figure label={t('coverage.openProblems')} value={(s.problems['in_progress'] ?? 0) + (s.problems['claimed'] ?? 0) + (s.problems['published'] ?? 0)} />
              <Figure
                label={t('coverage.openRequests')}
                value={(s.requests['raised'] ?? 0) + (s.requests['dispatched'] ?? 0) + (s.requests['accepted'] ?? 0)}
              />
              <Figure label={t('coverage.overdue')} value={s.overdueRequests} alarm={s.overdueRequests > 0} />
            </div>
            <div class="two-columns">
              <ChartFigure
                title={chartTitle(i18n, 'problemsByStatus')}
                height={240}
                option={byStatus(s.problems, (status) => t(`problem.${status}` as MessageKey))}
              />
              <ChartFigure
                title={chartTitle(i18n, 'requestsByStatus')}
                height={240}
                option={byStatus(s.requests, (status) => t(`request.${status}` as MessageKey))}
              />
            </div>
          </section>
        )}
      </LoadedView>
      <LoadedView loaded={coverage}>
        {(data) => <ChainCharts chains={data.chains} chainId={chainId} onChain={setChainId} i18n={i18n} />}
      </LoadedView>
      <MobileMembersPanel />
    </div>
  );
}

function ChainCharts({
  chains,
  chainId,
  onChain,
  i18n,
}: {
  chains: ChainCoverage[];
  chainId: string;
  onChain(id: string): void;
  i18n: ReturnType<typeof useT>;
}) {
  const { t } = i18n;
  const withEnterprises = useMemo(() => chains.filter((c) => c.enterprises > 0), [chains]);
  const chosen = withEnterprises.find((c) => c.chainId === chainId) ?? withEnterprises[0];
  const height = 60 + withEnterprises.length * 28;
  const byChain = useMemo(() => coverageByChain(withEnterprises, i18n), [withEnterprises, i18n]);
  const people = useMemo(() => peopleByChain(withEnterprises, i18n), [withEnterprises, i18n]);
  const bySegment = useMemo(() => (chosen ? coverageBySegment(chosen, i18n) : null), [chosen, i18n]);
  return (
    <>
      <section class="panel" aria-label={t('coverage.title')}>
        <h2>{t('coverage.title')}</h2>
        <p class="small muted">{t('coverage.onlyWith')}</p>
        <div class="actions list-actions">
          <ExportButton sheet={coverageSheet(withEnterprises)} />
        </div>
        <ChartFigure title={chartTitle(i18n, 'coverageByChain')} height={height} option={byChain} />
      </section>
      <section class="panel" aria-label={t('coverage.members')}>
        <h2>
          {t('coverage.members')} · {t('coverage.instructors')} · {t('coverage.pairings')}
        </h2>
        <ChartFigure title={chartTitle(i18n, 'peopleByChain')} height={height} option={people} />
      </section>
      {chosen && bySegment && (
        <section class="panel" aria-label={t('coverage.segments')}>
          <h2>{t('coverage.segments')}</h2>
          <select aria-label={t('map.chain')} value={chosen.chainId} onChange={(e) => onChain(e.currentTarget.value)}>
            {withEnterprises.map((c) => (
              <option key={c.chainId} value={c.chainId}>
                {c.name}
              </option>
            ))}
          </select>
          <ChartFigure
            title={chartTitle(i18n, 'coverageBySegment', chosen.name)}
            height={80 + chosen.segments.length * 14}
            option={bySegment}
          />
          <table class="coverage-table">
            <tbody>
              <tr>
                <th>{t('coverage.rate')}</th>
                <td>{Math.round(chosen.coverage * 100)}%</td>
                <th>{t('coverage.members')}</th>
                <td>{chosen.membersStated}</td>
                <th>{t('coverage.instructors')}</th>
                <td>{chosen.instructors}</td>
                <th>{t('coverage.pairings')}</th>
                <td>{chosen.pairings}</td>
                <th>{t('members.managedHere')}</th>
                <td>{chosen.membersManaged}</td>
              </tr>
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

function Figure({ label, value, alarm = false }: { label: string; value: number; alarm?: boolean }) {
  return (
    <div class={`figure ${alarm ? 'alarm' : ''}`}>
      <span class="figure-value">{value}</span>
      <span class="figure-label">{label}</span>
    </div>
  );
}
