import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { GraphChange } from '../../src/jobs/change-feed';
import { planRecomputes } from '../../src/jobs/change-planner';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import type { JobRequest } from '../../src/jobs/job-definitions';
import { PROCESSORS, type JobContext, type JobSummary } from '../../src/jobs/processors';
import { partnerSet } from '../../src/jobs/result-sets';
import { enterpriseSpaceOf } from '../../src/match/enterprise-space';
import { listsMovedBy, partnerLists, partnerReach, partnersForAll } from '../../src/match/partners/find-partners';
import { patchProjection } from '../../src/projection/patch-projection';
import { projectScope } from '../../src/projection/project-scope';
import type { LiveProjection } from '../../src/projection/live-projection';
import { idsOfKind, type ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { generateProvince } from '../../seeds/generate/generate-province';
import { Prng } from '../../seeds/generate/prng';

const WORDS = ['船用钢板', '激光雷达', '锂电池', '正极材料', '智能制造', '精密铸造', '电解液', '隔膜'];

/**
 * After an edit the worker recomputes only the partner lists the edit can move (partner-moves.ts)
 * of the thousands around the enterprise. What a user reads must not tell: after each edit, every
 * stored partner list of the province equals the list the engine computes afresh on the edited
 * graph — and the jobs recomputed fewer lists than the edit's reach holds, or the test proves
 * nothing about the shortcut.
 */
describe('the partner lists around an edited enterprise', () => {
  let raw: MemoryGraphStore;
  let store: ChangeReportingStore;
  let changes: GraphChange[] = [];
  let graph: ProjectedGraph;
  let ids: string[];
  let segments: string[];
  let ctx: JobContext;

  /** The province's lists as the engine computes them now, by set key: candidates with scores and details. */
  const fresh = () =>
    new Map(
      [...partnersForAll(graph)].map((result) => {
        const set = partnerSet(result, graph);
        return [
          `${set.from.id}|${set.qualifier}`,
          set.candidates.map(({ to, score, detail }) => ({ to, score, detail })),
        ];
      }),
    );
  const stored = async (enterpriseId: string, qualifier: string) =>
    (
      await raw.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id: enterpriseId }, qualifier)
    )?.candidates.map(({ to, score, detail }) => ({ to, score, detail }));

  /** What a worker does with the changes of a write: patch its projection, then run the partner jobs planned. */
  const runJobs = async (): Promise<JobSummary[]> => {
    const planned = planRecomputes(changes);
    await patchProjection(raw, graph, changes);
    changes = [];
    const summaries: JobSummary[] = [];
    for (const request of planned as JobRequest[]) {
      if (!request.name.startsWith('partners.')) continue;
      expect(request.name).not.toBe('partners.all');
      const processor = PROCESSORS[request.name] as (payload: unknown, ctx: JobContext) => Promise<JobSummary>;
      summaries.push({ job: request.name, ...(await processor(request.payload, ctx)) });
    }
    return summaries;
  };

  beforeAll(async () => {
    raw = await MemoryGraphStore.open();
    const report = await importBundle(raw, generateProvince({ enterprises: 1200, seed: 31 }).bundle);
    expect(report.rejected).toEqual([]);
    store = new ChangeReportingStore(raw, (reported) => void changes.push(...reported));
    graph = await projectScope(raw, {});
    const projection = { read: async <T>(work: (g: ProjectedGraph) => Promise<T> | T) => work(graph) };
    ctx = {
      store: raw,
      projection: projection as unknown as LiveProjection,
      enqueue: async () => undefined,
      changed: async () => undefined,
      reloadProjections: async () => undefined,
      progress: async () => undefined,
    };
    ids = idsOfKind(graph, 'Enterprise').sort();
    segments = idsOfKind(graph, 'Segment').sort();
    // the province's run, as a full recompute stores it
    await raw.writeCandidateRun({
      runId: 'full',
      computedAt: new Date().toISOString(),
      sets: [...partnersForAll(graph)].map((result) => partnerSet(result, graph)),
    });
  }, 120_000);
  afterAll(async () => {
    await raw.close();
  });

  /** One edit of a random enterprise, of four kinds by round; answers its id (null: none fitted). */
  const edit = async (prng: Prng, round: number): Promise<string | null> => {
    const id = prng.pick(ids);
    const { createdAt: _c, updatedAt: _u, ...props } = (await raw.getNode('Enterprise', id))!.props;
    const kind = round % 4;
    if (kind === 0) {
      // words: its text fit in every list around it
      const products = prng.sample(WORDS, 1 + prng.int(3));
      await store.upsertNodes('Enterprise', [{ ...props, products, description: `专注${products.join('、')}` }]);
    } else if (kind === 1) {
      // standing: its quality score
      const scale = prng.pick(['micro', 'small', 'medium', 'large'] as const);
      await store.upsertNodes('Enterprise', [{ ...props, scale, needs: prng.sample(WORDS, 2) }]);
    } else if (kind === 2) {
      // a segment joined: it is offered to lists it was not in (a new home segment renumbers the
      // space, and the partner texts are built again with the statistics of their last build)
      const space = enterpriseSpaceOf(graph);
      const mine = new Set(space.segmentsOf[space.index.get(`Enterprise:${id}`)!]!);
      const segment = prng.pick(segments.filter((s) => !mine.has(space.segmentIndex.get(`Segment:${s}`)!)));
      await store.upsertRelationships([
        { type: 'IN_SEGMENT', from: { kind: 'Enterprise', id }, to: { kind: 'Segment', id: segment } },
      ]);
    } else {
      // a supply tie: the other's list keeps it apart, with its existing ties
      const other = prng.pick(ids.filter((x) => x !== id));
      await store.upsertRelationships([
        { type: 'SUPPLIES', from: { kind: 'Enterprise', id }, to: { kind: 'Enterprise', id: other } },
      ]);
    }
    return id;
  };

  test('when enterprises are edited one after another, then every stored list equals the engine’s afresh, though some lists around each edit were not recomputed', async () => {
    const prng = new Prng(17);
    let reach = 0;
    let recomputed = 0;
    for (let round = 0; round < 12; round++) {
      await edit(prng, round);
      const summaries = await runJobs();
      for (const affected of summaries.filter((s) => s['job'] === 'partners.affected')) {
        reach += 2 * Number(affected['enterprises']);
        recomputed += Number(affected['lists']);
      }
      const differing: string[] = [];
      for (const [key, candidates] of fresh()) {
        const [enterpriseId, qualifier] = key.split('|') as [string, string];
        if (JSON.stringify(await stored(enterpriseId, qualifier)) !== JSON.stringify(candidates)) differing.push(key);
      }
      expect({ round, differing }).toEqual({ round, differing: [] });
    }
    // a province this small has lists short of 20, which are always recomputed: the shortcut's
    // share is the next test's
    expect(reach).toBeGreaterThan(500);
    expect(recomputed).toBeLessThan(reach);
  }, 300_000);

  test('when lists are full (3 here), then most lists around an edit are judged unmoved, and each such judgement holds', async () => {
    // a projection of its own: its partner texts are rebuilt with fresh statistics after 20 patched
    // enterprises (REFRESH_FLOOR), which moves every list a little, and the first test patched 15
    graph = await projectScope(raw, {});
    const query = { limit: 3, maxPerSegment: 2 };
    const key = (enterpriseId: string, direction: string) => `${enterpriseId}|${direction}`;
    const all = () =>
      new Map(
        [...partnersForAll(graph, query)].map((r) => [
          key(r.enterprise.id, r.direction),
          {
            ids: r.candidates.map((c) => c.enterpriseId),
            scores: r.candidates.map((c) => c.score),
            textNorm: r.textNorm,
          },
        ]),
      );
    let lists = all();
    const prng = new Prng(23);
    let reach = 0;
    let judgedMoved = 0;
    for (let round = 0; round < 12; round++) {
      const id = (await edit(prng, round))!;
      await patchProjection(raw, graph, changes);
      changes = [];
      const around = partnerReach(graph, id);
      const moved = listsMovedBy(
        graph,
        id,
        around,
        ({ enterpriseId, direction }) => {
          const list = lists.get(key(enterpriseId, direction))!;
          const last = list.ids.length - 1;
          return {
            size: list.ids.length,
            last: last < 0 ? null : { id: list.ids[last]!, score: list.scores[last]! },
            textNorm: list.textNorm,
            holds: list.ids.includes(id),
          };
        },
        query,
      );
      reach += 2 * around.length;
      judgedMoved += moved.length;
      // what the jobs would store: the edited enterprise's own lists and the moved ones afresh, the rest as they were
      const recomputedNow = [
        ...partnerLists(
          graph,
          [
            ...moved,
            ...[id].flatMap((e) => [
              { enterpriseId: e, direction: 'upstream' as const },
              { enterpriseId: e, direction: 'downstream' as const },
            ]),
          ],
          query,
        ),
      ];
      for (const r of recomputedNow)
        lists.set(key(r.enterprise.id, r.direction), {
          ids: r.candidates.map((c) => c.enterpriseId),
          scores: r.candidates.map((c) => c.score),
          textNorm: r.textNorm,
        });
      const now = all();
      const differing = [...now]
        .filter(([k, list]) => JSON.stringify(lists.get(k)) !== JSON.stringify(list))
        .map(([k]) => k);
      expect({ round, differing }).toEqual({ round, differing: [] });
      lists = now;
    }
    expect(reach).toBeGreaterThan(500);
    expect(judgedMoved).toBeLessThan(reach / 2);
  }, 300_000);
});
