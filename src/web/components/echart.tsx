import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'preact/hooks';

type Chart = { setOption(option: EChartsCoreOption, notMerge?: boolean): void; resize(): void; dispose(): void };

/**
 * One ECharts chart in a box that follows its container's size. ECharts is loaded with the
 * first chart shown, not with the page.
 */
export function EChart({ option, height = 320, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void import('./echarts-setup').then(({ echarts }) => {
      if (disposed || !box.current) return;
      chart.current = echarts.init(box.current) as unknown as Chart;
      chart.current.setOption(option, true);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(box.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // the chart is made once; option changes are applied below
  }, []);
  useEffect(() => chart.current?.setOption(option, true), [option]);
  return <div ref={box} class="chart" style={{ height: `${height}px` }} role="img" aria-label={label} />;
}
