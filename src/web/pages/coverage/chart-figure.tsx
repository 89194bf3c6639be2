import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '../../components/echart';

/**
 * A chart with its title above it, in the page's text rather than on the canvas: read by a screen
 * reader, found by the page's search, and the same words as the chart's accessible name.
 */
export function ChartFigure({ title, option, height }: { title: string; option: EChartsCoreOption; height: number }) {
  return (
    <figure class="chart-figure" style={{ margin: '0.5rem 0' }}>
      <figcaption style={{ fontWeight: 600, margin: '0 0 0.3rem' }}>{title}</figcaption>
      <EChart label={title} height={height} option={option} />
    </figure>
  );
}
