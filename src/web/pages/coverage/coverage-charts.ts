import type { EChartsCoreOption } from 'echarts/core';
import type { ChainCoverage } from '../../api/types';
import type { Translator } from '../../i18n/i18n';

const RED = '#c0392b';
const GREY = '#d5d8dc';

/** The frame the coverage bar charts share: one bar (or stack) per category, top to bottom, counts across. */
function horizontalBars(categories: string[], legend: string[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: legend },
    grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: categories, inverse: true },
  };
}

/** Enterprises covered and not covered by a party organisation, per chain, with the rate. */
export function coverageByChain(chains: ChainCoverage[], { t }: Translator): EChartsCoreOption {
  return {
    ...horizontalBars(
      chains.map((c) => c.name),
      [t('coverage.covered'), t('coverage.enterprises')],
    ),
    series: [
      {
        name: t('coverage.covered'),
        type: 'bar',
        stack: 'all',
        data: chains.map((c) => c.covered),
        itemStyle: { color: RED },
        label: {
          show: true,
          position: 'inside',
          // a bar of nothing has no room for a label: the grey remainder tells it
          formatter: ({ dataIndex }: { dataIndex: number }) =>
            chains[dataIndex]!.covered > 0 ? `${Math.round(chains[dataIndex]!.coverage * 100)}%` : '',
        },
      },
      {
        name: t('coverage.enterprises'),
        type: 'bar',
        stack: 'all',
        data: chains.map((c) => c.enterprises - c.covered),
        itemStyle: { color: GREY },
      },
    ],
  };
}

/** Members, instructors, pairings and party organisations per chain. */
export function peopleByChain(chains: ChainCoverage[], { t }: Translator): EChartsCoreOption {
  const series = [
    ['coverage.partyOrgs', (c: ChainCoverage) => c.partyOrgs],
    ['coverage.membersKnown', (c: ChainCoverage) => c.membersKnown],
    ['coverage.instructors', (c: ChainCoverage) => c.instructors],
    ['coverage.pairings', (c: ChainCoverage) => c.pairings],
  ] as const;
  return {
    ...horizontalBars(
      chains.map((c) => c.name),
      series.map(([key]) => t(key)),
    ),
    series: series.map(([key, value]) => ({ name: t(key), type: 'bar', data: chains.map(value) })),
  };
}

/** One chain's segments: enterprises and those covered. */
export function coverageBySegment(chain: ChainCoverage, { t }: Translator): EChartsCoreOption {
  const segments = chain.segments.filter((s) => s.enterprises > 0);
  return {
    ...horizontalBars(
      segments.map((s) => s.name),
      [t('coverage.covered'), t('coverage.enterprises')],
    ),
    series: [
      { name: t('coverage.covered'), type: 'bar', data: segments.map((s) => s.covered), itemStyle: { color: RED } },
      { name: t('coverage.enterprises'), type: 'bar', data: segments.map((s) => s.enterprises), itemStyle: { color: GREY } },
    ],
  };
}

/** Counts by status as a ring (problems of the tackling list, requests of the service loop). */
export function byStatus(counts: Record<string, number>, label: (status: string) => string): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        data: Object.entries(counts).map(([status, value]) => ({ name: label(status), value })),
        label: { formatter: '{b}: {c}' },
      },
    ],
  };
}
