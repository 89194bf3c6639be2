/**
 * A record's source as the page shows it to park staff: 合成 for one a generator made up (the web
 * page's badge), any other (article:…, import:…) as it is.
 *
 * @example sourceLabel('generated') // '合成'
 */
export function sourceLabel(source: string): string {
  return source === 'generated' ? '合成' : source;
}
