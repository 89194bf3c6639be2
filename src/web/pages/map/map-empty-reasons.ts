import type { ChainMap, Lead, SegmentGap } from '../../api/types';
import type { MessageKey } from '../../i18n/zh';

/** A message with its {placeholders} filled: every empty list on the map page says why it is empty. */
export interface EmptyWhy {
  key: MessageKey;
  values?: Record<string, string | number>;
}

/** The message's text with each {name} replaced by its value. */
export function filled(text: string, values: EmptyWhy['values'] = {}): string {
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const isGap = (s: Pick<SegmentGap, 'status'>) => s.status === 'missing' || s.status === 'weak';

/**
 * Why the map has no lead at all: no segment is a gap, or no enterprise outside the region makes
 * any of the gaps (the list is cut to its best entries only when there are more than it holds).
 */
export function noLeadsWhy(map: ChainMap): EmptyWhy {
  const gaps = map.segments.filter(isGap).length;
  return gaps === 0 ? { key: 'mapEmpty.leadsNoGap' } : { key: 'mapEmpty.leadsNoMaker', values: { gaps } };
}

/** Why an opened segment has no lead: it is no gap, no lead at all exists, or none of the listed ones makes it. */
export function noSegmentLeadsWhy(segment: SegmentGap, map: ChainMap, leads: readonly Lead[]): EmptyWhy {
  if (!isGap(segment)) return { key: 'mapEmpty.segmentNoGap' };
  if (leads.length === 0) return noLeadsWhy(map);
  return { key: 'mapEmpty.segmentNotAmong', values: { n: leads.length } };
}
