import { randomUUID } from 'node:crypto';
import type { CandidateSet, NodeKind, Report } from '../domain';
import { nodeKey } from '../domain/node-key';
import { readFile, rm } from 'node:fs/promises';
import { importFile } from '../ingest/import-file.use-case';
import { rankResponders } from '../match/dispatch/rank-responders';
import { findLeads, gapMapsForAll } from '../match/gaps/leads';
import { partnerReach, partnersForAll, segmentReach } from '../match/partners/find-partners';
import { enterpriseSpaceOf } from '../match/enterprise-space';
import { intoOf, keyOf, outOf } from '../match/graph-access';
import { assignExperts } from '../match/tackling/global-assignment';
import { problemsFor } from '../match/tackling/problems-for';
import { tacklingIndexOf } from '../match/tackling/tackling-index';
import { idsOfKind, type ProjectedGraph } from '../projection/projected-graph';
import type { GraphStore } from '../store/graph-store';
import { ChangeReportingStore } from './change-feed';
import type { JobName, JobPayload, JobRequest } from './job-definitions';
import type { GraphChange } from './change-feed';
import type { LiveProjection } from './live-projection';
import { partnerSet, tacklingSets } from './result-sets';

/** What a processor may use: the store, the projection, a way to add jobs, and its progress. */
export interface JobContext {
  store: GraphStore;
  projection: LiveProjection;
  enqueue(requests: JobRequest[]): Promise<void>;
  /** Reports what a job wrote to the graph (an import): logged for the projections, then planned. */
  changed(changes: GraphChange[]): Promise<void>;
  /** 0–100. */
  progress(percent: number): Promise<void>;
}

/** What a job reports when done (kept with the finished job, shown by /jobs/:id later). */
export type JobSummary = Record<string, unknown>;

type Processor<N extends JobName> = (payload: JobPayload<N>, ctx: JobContext) => Promise<JobSummary>;

/** Sets written per store transaction: small enough to stay quick, large enough to be few. */
const WRITE_BATCH = 500;

/**
 * Each job's work: load the projection it needs, call an engine, write the results as a new run
 * (readers see the previous run or this one, never a mix: the store swaps each set's pointer).
 */
export const PROCESSORS: { [N in JobName]: Processor<N> } = {
  'partners.enterprise': async ({ enterpriseId }, ctx) => {
    const sets = await ctx.projection.read((graph) =>
      has(graph, 'Enterprise', enterpriseId) ? [...generateLists(graph, [enterpriseId])] : [],
    );
    if (sets.length === 0) return gone('Enterprise', enterpriseId);
    await writeSets(ctx, sets);
    return { enterpriseId, lists: sets.length };
  },

  'partners.affected': async ({ enterpriseId }, ctx) => {
    const { ids, sets } = await ctx.projection.read(async (graph) => {
      if (!has(graph, 'Enterprise', enterpriseId)) return { ids: [], sets: [] };
      const ids = partnerReach(graph, enterpriseId);
      return { ids, sets: await listsOf(graph, ids, ctx) };
    });
    await writeSets(ctx, sets);
    return { enterpriseId, enterprises: ids.length, lists: sets.length };
  },

  'partners.segment': async ({ segmentId }, ctx) => {
    const found = await ctx.projection.read(async (graph) => {
      if (!has(graph, 'Segment', segmentId)) return null;
      const ids = segmentReach(graph, segmentId);
      return { ids, sets: await listsOf(graph, ids, ctx) };
    });
    if (!found) return gone('Segment', segmentId);
    await writeSets(ctx, found.sets);
    return { segmentId, enterprises: found.ids.length, lists: found.sets.length };
  },

  'partners.chunk': async ({ runId, enterpriseIds }, ctx) => {
    const sets = await ctx.projection.read((graph) => listsOf(graph, enterpriseIds, ctx));
    await writeSets(ctx, sets, runId);
    return { runId, enterprises: enterpriseIds.length, lists: sets.length };
  },

  'partners.all': async ({ runId, chunkSize }, ctx) => {
    const ids = await allIds(ctx.store, 'Enterprise');
    const requests: JobRequest<'partners.chunk'>[] = [];
    for (let at = 0, chunk = 0; at < ids.length; at += chunkSize, chunk++)
      requests.push({
        name: 'partners.chunk',
        payload: { runId, chunk, enterpriseIds: ids.slice(at, at + chunkSize) },
      });
    await ctx.enqueue(requests);
    return { runId, enterprises: ids.length, chunks: requests.length };
  },

  'tackling.problem': async ({ problemId }, ctx) => {
    const sets = await ctx.projection.read((graph) =>
      has(graph, 'Problem', problemId) ? tacklingSets(tacklingIndexOf(graph).rank(problemId)) : [],
    );
    if (sets.length === 0) return gone('Problem', problemId);
    await writeSets(ctx, sets);
    return { problemId, experts: sets[0]!.candidates.length, institutions: sets[1]!.candidates.length };
  },

  'tackling.person': async ({ personId }, ctx) => {
    const { problems, sets } = await ctx.projection.read((graph) => {
      if (!has(graph, 'Person', personId)) return { problems: [], sets: [] };
      const problems = problemsFor(graph, { kind: 'Person', id: personId }).map((fit) => fit.problemId);
      const index = tacklingIndexOf(graph);
      return { problems, sets: problems.flatMap((id) => tacklingSets(index.rank(id))) };
    });
    await writeSets(ctx, sets);
    return { personId, problems: problems.length };
  },

  'tackling.all': async ({ runId }, ctx) => {
    const { problems, sets } = await ctx.projection.read(async (graph) => {
      const index = tacklingIndexOf(graph);
      const problems = idsOfKind(graph, 'Problem');
      const sets: CandidateSet[] = [];
      for (const [i, id] of problems.entries()) {
        sets.push(...tacklingSets(index.rank(id)));
        if (i % 250 === 0) await ctx.progress(Math.floor((80 * i) / problems.length));
      }
      return { problems, sets };
    });
    await writeSets(ctx, sets, runId);
    return { runId, problems: problems.length };
  },

  assignment: async (_payload, ctx) => {
    const assignment = await ctx.projection.read((graph) => assignExperts(tacklingIndexOf(graph)));
    await ctx.store.writeReports({
      runId: randomUUID(),
      computedAt: new Date().toISOString(),
      reports: [{ kind: 'assignment', key: 'open', payload: assignment }],
    });
    return { problems: assignment.problems.length, seats: assignment.seats, filled: assignment.filled };
  },

  'gaps.map': async ({ chainId, regionId }, ctx) => {
    const result = await ctx.projection.read((graph) => findLeads(graph, chainId, regionId));
    await ctx.store.writeReports({
      runId: randomUUID(),
      computedAt: new Date().toISOString(),
      reports: [{ kind: 'gap_map', key: gapKey(chainId, regionId), payload: result }],
    });
    return { chainId, regionId, leads: result.leads.length };
  },

  'gaps.enterprise': async ({ enterpriseId }, ctx) => {
    const computedAt = new Date().toISOString();
    const reports = await ctx.projection.read((graph) => {
      const space = enterpriseSpaceOf(graph);
      const e = space.index.get(keyOf('Enterprise', enterpriseId));
      if (e === undefined) return [];
      const chains = new Set(space.segmentsOf[e]!.flatMap((s) => outOf(graph, space.segmentKeys[s]!, 'PART_OF')));
      const reports: Report[] = [];
      for (const chainKey of chains) {
        for (const regionKey of space.regions[e]!) {
          const [chainId, regionId] = [graph.getNodeAttribute(chainKey, 'id'), graph.getNodeAttribute(regionKey, 'id')];
          reports.push({
            kind: 'gap_map',
            key: gapKey(chainId, regionId),
            payload: findLeads(graph, chainId, regionId),
          });
        }
      }
      return reports;
    });
    if (reports.length === 0) return { enterpriseId, maps: 0 };
    await ctx.store.writeReports({ runId: randomUUID(), computedAt, reports });
    return { enterpriseId, maps: reports.length };
  },

  'enterprise.asks': async ({ enterpriseId }, ctx) => {
    const asks = await ctx.projection.read((graph) => {
      const key = keyOf('Enterprise', enterpriseId);
      if (!has(graph, 'Enterprise', enterpriseId)) return null;
      const idOf = (k: string) => graph.getNodeAttribute(k, 'id');
      return {
        problems: outOf(graph, key, 'POSTED').map(idOf).sort(),
        requests: intoOf(graph, key, 'RAISED_BY').map(idOf).sort(),
      };
    });
    if (!asks) return gone('Enterprise', enterpriseId);
    await ctx.enqueue([
      ...asks.problems.map((problemId) => ({ name: 'tackling.problem' as const, payload: { problemId } })),
      ...asks.requests.map((requestId) => ({ name: 'dispatch.request' as const, payload: { requestId } })),
    ]);
    return { enterpriseId, problems: asks.problems.length, requests: asks.requests.length };
  },

  'dispatch.request': async ({ requestId }, ctx) => {
    const ranked = await ctx.projection.read((graph) =>
      has(graph, 'Request', requestId) ? rankResponders(graph, requestId) : null,
    );
    if (!ranked) return gone('Request', requestId);
    await ctx.store.writeReports({
      runId: randomUUID(),
      computedAt: new Date().toISOString(),
      reports: [{ kind: 'responders', key: requestId, payload: ranked }],
    });
    const due = await dueIn(ctx.store, requestId);
    if (due !== null) await ctx.enqueue([{ name: 'sla.escalate', payload: { requestId }, delayMs: due }]);
    return { requestId, responders: ranked.responders.length, escalationIn: due };
  },

  'sla.escalate': async ({ requestId }, ctx) => {
    const request = await ctx.store.getNode('Request', requestId);
    if (!request) return { requestId, escalated: false, why: 'no such request' };
    const { status, dueAt, escalatedAt, escalations } = request.props as {
      status: string;
      dueAt?: string;
      escalatedAt?: string;
      escalations?: number;
    };
    if (!OPEN_REQUEST.has(status) || !dueAt) return { requestId, escalated: false, why: `status ${status}` };
    const left = Date.parse(dueAt) - Date.now();
    if (left > 0) {
      // the due date moved later since this was queued: wait for the new one
      await ctx.enqueue([{ name: 'sla.escalate', payload: { requestId }, delayMs: left }]);
      return { requestId, escalated: false, why: 'not due yet' };
    }
    // once per due date, so a retried or repeated job escalates once
    if (escalatedAt && escalatedAt >= dueAt) return { requestId, escalated: false, why: 'already escalated' };
    await ctx.store.upsertNodes('Request', [
      { ...request.props, escalations: (escalations ?? 0) + 1, escalatedAt: new Date().toISOString() },
    ]);
    return { requestId, escalated: true };
  },

  'import.file': async ({ path, name, dryRun, submittedBy }, ctx) => {
    // through a reporting store: what the import writes queues the recomputes it affects
    const store = new ChangeReportingStore(ctx.store, (changes) => ctx.changed(changes));
    let lastPercent = -1;
    const report = await importFile(
      store,
      { name, content: await readFile(path) },
      {
        dryRun,
        ...(submittedBy ? { caller: { role: submittedBy.role, regionId: submittedBy.regionId } } : {}),
        onProgress: (done, total) => {
          const percent = Math.floor((100 * done) / Math.max(1, total));
          if (percent !== lastPercent) void ctx.progress((lastPercent = percent));
        },
      },
    );
    // imported (the report says what was kept and what was not): the upload has served its purpose
    // and is personal data (contacts, party membership) that must not pile up on the volume; a
    // failed import keeps it, so its retries can read it and an admin can see what was sent
    await rm(path, { force: true });
    // the whole report can be long (every rejected row); the job keeps the first 200 of each list
    return {
      ...report,
      rejected: report.rejected.slice(0, 200),
      review: report.review.slice(0, 200),
      linked: report.linked.slice(0, 200),
      totals: { rejected: report.rejected.length, review: report.review.length, linked: report.linked.length },
    };
  },

  'recompute.full': async (_payload, ctx) => {
    const runId = randomUUID();
    await ctx.enqueue([
      { name: 'partners.all', payload: { runId } },
      { name: 'tackling.all', payload: { runId } },
      { name: 'gaps.all', payload: { runId } },
      { name: 'assignment', payload: {} },
    ]);
    return { runId };
  },

  // the maps are written while they are made (a province's are too many to hold): the projection
  // stays read for the whole job, and patches wait for it
  'gaps.all': async ({ runId }, ctx) =>
    ctx.projection.read(async (graph) => {
      const computedAt = new Date().toISOString();
      let reports: Report[] = [];
      let maps = 0;
      for (const result of gapMapsForAll(graph)) {
        reports.push({ kind: 'gap_map', key: gapKey(result.map.chain.id, result.map.region.id), payload: result });
        maps++;
        if (reports.length === WRITE_BATCH) {
          await ctx.store.writeReports({ runId, computedAt, reports });
          reports = [];
          await ctx.progress(Math.min(99, maps / 100));
        }
      }
      if (reports.length > 0) await ctx.store.writeReports({ runId, computedAt, reports });
      return { runId, maps };
    }),
};

const OPEN_REQUEST = new Set(['raised', 'dispatched', 'accepted']);

/** A single job's subject can be deleted between its change and the job: nothing to compute then. */
function has(graph: ProjectedGraph, kind: NodeKind, id: string): boolean {
  return graph.hasNode(nodeKey(kind, id));
}

function gone(kind: NodeKind, id: string): JobSummary {
  return { [`${kind.toLowerCase()}Id`]: id, skipped: `no ${kind} '${id}' in the graph (deleted)` };
}

/** Milliseconds until an open request is due (0 when overdue); null when it is closed or has no due date. */
async function dueIn(store: GraphStore, requestId: string): Promise<number | null> {
  const request = await store.getNode('Request', requestId);
  const { status, dueAt } = (request?.props ?? {}) as { status?: string; dueAt?: string };
  if (!status || !OPEN_REQUEST.has(status) || !dueAt) return null;
  return Math.max(0, Date.parse(dueAt) - Date.now());
}

/** The stored report key of a gap map. */
export function gapKey(chainId: string, regionId: string): string {
  return `${chainId}|${regionId}`;
}

function* generateLists(graph: ProjectedGraph, ids: string[]): Generator<CandidateSet> {
  for (const result of partnersForAll(graph, { enterpriseIds: ids })) yield partnerSet(result);
}

/** Both lists of each enterprise, computing up to 80% of the job's progress (writing them is the rest). */
async function listsOf(graph: ProjectedGraph, ids: string[], ctx: JobContext): Promise<CandidateSet[]> {
  const sets: CandidateSet[] = [];
  for (const set of generateLists(graph, ids)) {
    sets.push(set);
    if (sets.length % 400 === 0) await ctx.progress(Math.floor((80 * sets.length) / (2 * ids.length)));
  }
  return sets;
}

async function writeSets(ctx: JobContext, sets: CandidateSet[], runId: string = randomUUID()): Promise<void> {
  const computedAt = new Date().toISOString();
  for (let at = 0; at < sets.length; at += WRITE_BATCH) {
    await ctx.store.writeCandidateRun({ runId, computedAt, sets: sets.slice(at, at + WRITE_BATCH) });
    await ctx.progress(80 + Math.floor((20 * Math.min(sets.length, at + WRITE_BATCH)) / sets.length));
  }
}

async function allIds(store: GraphStore, kind: 'Enterprise'): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listNodes(kind, { limit: 1000, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((n) => n.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}
