/** Scores and components are shown, and compared, in thousandths. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function roundAll<T extends object>(components: T): T {
  return Object.fromEntries(Object.entries(components).map(([k, v]) => [k, round(v as number)])) as T;
}
