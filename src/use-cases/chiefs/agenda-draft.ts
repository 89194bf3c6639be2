import { AGENDA_SOURCE_KIND, type AgendaTopic } from '../../domain/chief.schema';
import type { AgendaItem, ChiefView } from '../../domain/answers';

/** How many items of each topic a region brings to the agenda. */
export const AGENDA_DEFAULTS = { gaps: 3, leads: 2, overdueRequests: 5, stalledProblems: 5 } as const;

/**
 * A joint meeting's agenda drafted from the chief's view: per region, its worst gaps (missing
 * before weak, most local demand first), its best leads, its overdue requests and its stalled
 * problems, each item linked to the node it is about. Pure: nothing is read or written.
 * @example draftAgenda(view).map((item) => item.title) // ['正极材料', '东方钛业', …]
 */
export function draftAgenda(view: ChiefView, limits: typeof AGENDA_DEFAULTS = AGENDA_DEFAULTS): AgendaItem[] {
  const items: Omit<AgendaItem, 'rank'>[] = [];
  const add = (topic: AgendaTopic, sourceId: string, title: string, regionId: string) =>
    items.push({ topic, sourceKind: AGENDA_SOURCE_KIND[topic], sourceId, title, regionId });
  for (const region of view.regions) {
    const at = region.region.id;
    if (region.gaps.status === 'ready') {
      for (const gap of region.gaps.gaps.slice(0, limits.gaps)) add('gap', gap.id, gap.name, at);
      for (const lead of region.gaps.leads.slice(0, limits.leads)) add('lead', lead.id, lead.name, at);
    }
    for (const request of region.requests.filter((r) => r.overdue).slice(0, limits.overdueRequests))
      add('overdue_request', request.id, request.name, at);
    for (const problem of region.problems.filter((p) => p.stalled).slice(0, limits.stalledProblems))
      add('stalled_problem', problem.id, problem.name, at);
  }
  // a regional view may list one node twice (a lead for two regions): the agenda names it once
  const seen = new Set<string>();
  return items
    .filter((item) => {
      const key = `${item.topic}:${item.sourceId}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .slice(0, 100)
    .map((item, i) => ({ ...item, rank: i + 1 }));
}
