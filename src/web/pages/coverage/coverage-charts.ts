import type { EChartsCoreOption } from 'echarts/core';
import type { ChainCoverage } from '../../api/types';
import type { Translator } from '../../i18n/i18n';

const RED = '#c0392b';
const GREY = '#d5d8dc';

/** Above the plot: the legend's one line (it scrolls rather than wraps onto the axis) and a gap. */
const LEGEND_LINE = 28;

/** The legend on one line at the top, never over the plot below it. */
const legendOnTop = (data: string[]) => ({ data, type: 'scroll', top: 0, left: 'center' });

/** The frame the coverage bar charts share: one bar (or stack) per category, top to bottom, counts across. */
function horizontalBars(categories: string[], legend: string[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: legendOnTop(legend),
    grid: { left: 8, right: 16, bottom: 8, top: LEGEND_LINE + 8, containLabel: true },
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

/**
 * Per chain, the members the organisations state (党员（填报）, the figure the table shows too)
 * beside the party organisations, instructors and pairings. Members run to hundreds and the others
 * to a few, so they have a plot of their own on the left, the chains' names shared across.
 */
export function peopleByChain(chains: ChainCoverage[], { t }: Translator): EChartsCoreOption {
  const names = chains.map((c) => c.name);
  const few = [
    ['coverage.partyOrgs', (c: ChainCoverage) => c.partyOrgs],
    ['coverage.instructors', (c: ChainCoverage) => c.instructors],
    ['coverage.pairings', (c: ChainCoverage) => c.pairings],
  ] as const;
  const top = LEGEND_LINE + 8;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: legendOnTop([t('coverage.members'), ...few.map(([key]) => t(key))]),
    grid: [
      { left: 8, width: '42%', top, bottom: 8, containLabel: true },
      { left: '54%', right: 16, top, bottom: 8, containLabel: true },
    ],
    xAxis: [
      { type: 'value', gridIndex: 0, minInterval: 1 },
      { type: 'value', gridIndex: 1, minInterval: 1 },
    ],
    yAxis: [
      { type: 'category', gridIndex: 0, data: names, inverse: true },
      { type: 'category', gridIndex: 1, data: names, inverse: true, axisLabel: { show: false } },
    ],
    series: [
      {
        name: t('coverage.members'),
        type: 'bar',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: chains.map((c) => c.membersStated),
        itemStyle: { color: RED },
      },
      ...few.map(([key, value]) => ({
        name: t(key),
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: chains.map(value),
      })),
    ],
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

/**
 * Counts by status as a ring (problems of the tackling list, requests of the service loop): the
 * count inside each slice, the legend beside the ring with each status's count, clear of it.
 */
export function byStatus(counts: Record<string, number>, label: (status: string) => string): EChartsCoreOption {
  const data = Object.entries(counts).map(([status, value]) => ({ name: label(status), value }));
  const countOf = new Map(data.map((d) => [d.name, d.value]));
  return {
    tooltip: { trigger: 'item', formatter: '{b} · {c} ({d}%)' },
    legend: {
      type: 'scroll',
      orient: 'vertical',
      left: '58%',
      top: 'middle',
      formatter: (name: string) => `${name} · ${countOf.get(name) ?? 0}`,
    },
    series: [
      {
        type: 'pie',
        center: ['30%', '50%'],
        radius: ['38%', '70%'],
        data,
        label: { position: 'inside', formatter: ({ value }: { value: number }) => (value > 0 ? String(value) : '') },
      },
    ],
  };
}
