import { randomUUID } from 'node:crypto';
import type { NodeKind, RelType } from '../domain';
import type { GraphChange } from './change-feed';
import { jobKey, type JobRequest } from './job-definitions';

/**
 * Which recomputes a change affects (docs/architecture.md, A job's path). Each job waits
 * `debounceMs` before a worker may take it, and duplicates arriving meanwhile are absorbed under
 * its business key, so a burst of edits to one enterprise runs one recompute (or two, if an edit
 * lands while it runs).
 *
 * - an enterprise: its own partner lists, the lists it may appear in, the gap maps of its
 *   chains in each region it is in, and the candidates of its problems and the responders of its
 *   requests, which are ranked by their closeness to it (`enterprise.asks`);
 * - but an enterprise whose node was not written, only ties the partner and gap engines never
 *   read (a problem it posted, a request it raised, a person joining it: `UNMATCHED_TIES`), gets
 *   no partner or gap job — its lists cannot move — and counts nothing toward the bulk limit (an
 *   import of 1,000 problems is not a partner run); and when those ties are only the problems and
 *   requests it asks, nothing at all: the problem's or request's own change queues its list, and
 *   the enterprise's other asks did not move;
 * - a person (an expert's skills, works, load): the candidate lists of the problems they fit;
 * - a problem: its candidate lists and the global assignment;
 * - a request (点单): its ranked responders, and its escalation queued for its due date;
 * - what many lists read at once (segments, chains and their FEEDS, party organisations and
 *   pairings, institutions, regions): the full runs it touches;
 * - but an enterprise joining or leaving a segment (IN_SEGMENT, NEEDS) or a party organisation
 *   covering it (COVERS) changes only the lists around that enterprise: its own jobs cover the
 *   lists it is in now, a segment it left gets the lists around that segment recomputed
 *   (`partners.segment`), and the gap maps are run whole (all of a province's take seconds to
 *   compute); before, each such tie also queued the full partner run (200,000 lists for a
 * province);
 * - a deleted enterprise: the lists around each segment it was in or needed (the store reports
 *   them with the deletion: the graph no longer says which lists it sat in) and the gap maps;
 * - more than `bulkLimit` enterprises at once (an import): full runs instead of one job each;
 *   and wherever a full run is planned, the single jobs it covers are dropped.
 */
export const PLANNER_DEFAULTS = { debounceMs: 500, bulkLimit: 500 } as const;

/**
 * Ties that attach one enterprise to a segment or an organisation without changing either for
 * anyone else.
 */
const MEMBERSHIP: Partial<Record<NodeKind, ReadonlySet<RelType>>> = {
  Segment: new Set(['IN_SEGMENT', 'NEEDS']),
  PartyOrg: new Set(['COVERS']),
};

/**
 * Ties at an enterprise that neither the partner engine nor the gap engine reads (they read its
 * properties, segments, needs, supply ties, location, chain mastery and organisations). A person
 * joining it stays here for `enterprise.asks`: its problems exclude their own employer's people.
 */
const UNMATCHED_TIES: ReadonlySet<RelType> = new Set(['POSTED', 'RAISED_BY', 'WORKS_AT', 'NEEDED_BY']);
/** Of those, the ones whose other end (the problem, the request) is planned from its own change. */
const ASKED_TIES: ReadonlySet<RelType> = new Set(['POSTED', 'RAISED_BY', 'NEEDED_BY']);

/** Per enterprise: whether its lists (partners, gaps) and its asks can have moved. */
function enterpriseReach(changes: GraphChange[]): Map<string, { lists: boolean; asks: boolean }> {
  const reach = new Map<string, { lists: boolean; asks: boolean }>();
  for (const change of changes) {
    if (change.kind !== 'Enterprise') continue;
    const within = (ties: ReadonlySet<RelType>) => change.ties !== undefined && change.ties.every((t) => ties.has(t));
    for (const id of change.ids) {
      const was = reach.get(id) ?? { lists: false, asks: false };
      reach.set(id, { lists: was.lists || !within(UNMATCHED_TIES), asks: was.asks || !within(ASKED_TIES) });
    }
  }
  return reach;
}

export function planRecomputes(
  changes: GraphChange[],
  {
    debounceMs = PLANNER_DEFAULTS.debounceMs as number,
    bulkLimit = PLANNER_DEFAULTS.bulkLimit as number,
  }: { debounceMs?: number; bulkLimit?: number } = {},
): JobRequest[] {
  const idsOf = (picked: GraphChange[]) => [...new Set(picked.flatMap((c) => c.ids))];
  const ids = (kind: GraphChange['kind']) => idsOf(changes.filter((c) => c.kind === kind));
  const membership = (c: GraphChange) => c.ties !== undefined && c.ties.every((t) => MEMBERSHIP[c.kind]?.has(t));
  // a segment or organisation itself written, or tied to something other than one enterprise's membership
  const whole = (kind: GraphChange['kind']) => idsOf(changes.filter((c) => c.kind === kind && !membership(c)));
  const requests: JobRequest[] = [];
  const full = new Set<'partners' | 'tackling' | 'gaps'>();
  const deleted = idsOf(changes.filter((c) => c.kind === 'Enterprise' && c.deleted));
  const reach = enterpriseReach(changes);
  const enterprises = [...reach].filter(([, r]) => r.lists).map(([id]) => id);
  // a deleted enterprise's lists went with it; the lists it sat in are found from its segments
  if (deleted.length > 0) full.add('gaps');
  if (enterprises.length > bulkLimit) full.add('partners').add('gaps');
  else {
    for (const [enterpriseId, { lists, asks }] of reach) {
      if (deleted.includes(enterpriseId)) continue;
      if (lists) {
        requests.push({ name: 'partners.enterprise', payload: { enterpriseId } });
        requests.push({ name: 'partners.affected', payload: { enterpriseId } });
        requests.push({ name: 'gaps.enterprise', payload: { enterpriseId } });
      }
      if (asks) requests.push({ name: 'enterprise.asks', payload: { enterpriseId } });
    }
  }
  for (const personId of ids('Person')) requests.push({ name: 'tackling.person', payload: { personId } });
  const problems = ids('Problem');
  for (const problemId of problems) requests.push({ name: 'tackling.problem', payload: { problemId } });
  if (problems.length > 0) requests.push({ name: 'assignment', payload: {} });
  for (const requestId of ids('Request')) requests.push({ name: 'dispatch.request', payload: { requestId } });
  if (whole('Segment').length + ids('Chain').length + whole('PartyOrg').length > 0) full.add('partners').add('gaps');
  else {
    const left = idsOf(changes.filter((c) => c.kind === 'Segment' && membership(c) && c.untied));
    for (const segmentId of left) requests.push({ name: 'partners.segment', payload: { segmentId } });
    // a member joining or leaving a segment is a lead in every other region's map of its chain,
    // moves the demand of the chains it buys from, and a newly covered enterprise's trust moves
    // the leads of every region's maps of its chains: the gap maps are run whole
    if (ids('Segment').length + ids('PartyOrg').length > 0) full.add('gaps');
  }
  if (ids('Institution').length > 0) full.add('tackling');
  if (ids('Region').length > 0) full.add('gaps');
  // a full run recomputes what the single jobs would: they are dropped
  const subsumed = (name: JobRequest['name']) =>
    (full.has('partners') &&
      (name === 'partners.enterprise' || name === 'partners.affected' || name === 'partners.segment')) ||
    (full.has('gaps') && name === 'gaps.enterprise');
  for (let i = requests.length - 1; i >= 0; i--) if (subsumed(requests[i]!.name)) requests.splice(i, 1);
  const runId = randomUUID();
  if (full.has('partners')) requests.push({ name: 'partners.all', payload: { runId } });
  if (full.has('tackling')) requests.push({ name: 'tackling.all', payload: { runId } });
  if (full.has('gaps')) requests.push({ name: 'gaps.all', payload: { runId } });
  // one request per business key, each debounced
  const seen = new Set<string>();
  return requests
    .filter((r) => {
      const key = jobKey(r.name, r.payload as never);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((r) => ({ ...r, delayMs: debounceMs }));
}
