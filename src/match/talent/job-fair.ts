import type { FairInterview, JobFairPlan } from '../../domain/answers/talent.schema';
import type { ProjectedGraph } from '../../projection/projected-graph';
import { MinCostFlow } from '../algorithms/min-cost-flow';
import { EngineError } from '../engine-error';
import { keyOf, nameOf } from '../graph-access';
import { talentCandidates } from './talent-candidates';
import { needsOfChain } from './talent-needs';

/**
 * 链上专场招聘会: which enterprises with which open needs meet which candidates at a chain's job
 * fair (in a region and below when one is given), as the partners' meeting plan seats suppliers
 * and buyers. Exact: a maximum-weight flow (need → candidate), each need seating at most
 * `interviewsPerPosition` × its headcount interviews and each person at most
 * `interviewsPerPerson`, so one strong candidate is not sent to every booth.
 */
export const JOB_FAIR_DEFAULTS = {
  interviewsPerPosition: 3,
  interviewsPerPerson: 2,
  /** Candidates considered per need. */
  candidatesPerNeed: 10,
} as const;

export function planJobFair(
  graph: ProjectedGraph,
  chainId: string,
  regionId: string | null,
  asOf: string,
  {
    interviewsPerPosition = JOB_FAIR_DEFAULTS.interviewsPerPosition as number,
    interviewsPerPerson = JOB_FAIR_DEFAULTS.interviewsPerPerson as number,
    membership = true,
  } = {},
): JobFairPlan {
  for (const [name, value] of Object.entries({ interviewsPerPosition, interviewsPerPerson }))
    if (!Number.isInteger(value) || value < 1) throw EngineError.badArgument(name, 'must be a whole number ≥ 1');
  const needs = needsOfChain(graph, chainId, regionId, asOf).filter((n) => n.view.status === 'open');
  const lists = needs.map((n) =>
    talentCandidates(graph, n.view.id, { asOf, membership, limit: JOB_FAIR_DEFAULTS.candidatesPerNeed }),
  );
  const people = [...new Set(lists.flatMap((l) => l.candidates.map((c) => c.person.id)))].sort();
  const personIndex = new Map(people.map((id, i) => [id, needs.length + i]));
  const [source, sink] = [needs.length + people.length, needs.length + people.length + 1];
  const flow = new MinCostFlow(
    sink + 1,
    needs.length + people.length + lists.reduce((s, l) => s + l.candidates.length, 0),
  );
  needs.forEach((n, i) => flow.addEdge(source, i, interviewsPerPosition * n.view.count, 0));
  people.forEach((_, i) => flow.addEdge(needs.length + i, sink, interviewsPerPerson, 0));
  const arcs = lists.flatMap((l, i) =>
    l.candidates.map((c) => ({
      arc: flow.addEdge(i, personIndex.get(c.person.id)!, 1, 1000 - Math.round(1000 * Math.min(1, c.score))),
      need: i,
      candidate: c,
    })),
  );
  flow.solve(source, sink, Number.POSITIVE_INFINITY, 999);

  const seated = arcs.filter((a) => flow.flowOn(a.arc) > 0);
  const booths = new Map<string, JobFairPlan['booths'][number]>();
  needs.forEach((n, i) => {
    const { enterprise } = n.view;
    const booth = booths.get(enterprise.id) ?? { enterprise, needs: [] };
    booths.set(enterprise.id, booth);
    const interviews: FairInterview[] = seated
      .filter((a) => a.need === i)
      .map((a) => ({
        need: { id: n.view.id, name: n.view.title },
        enterprise,
        person: a.candidate.person,
        score: a.candidate.score,
        reasons: a.candidate.reasons,
      }))
      .sort((a, b) => b.score - a.score);
    booth.needs.push({ need: { id: n.view.id, name: n.view.title }, count: n.view.count, interviews });
  });
  const regionKey = regionId ? keyOf('Region', regionId) : null;
  return {
    chain: { id: chainId, name: nameOf(graph, keyOf('Chain', chainId)) },
    region: regionKey ? { id: regionId!, name: nameOf(graph, regionKey) } : null,
    booths: [...booths.values()].sort((a, b) => a.enterprise.name.localeCompare(b.enterprise.name)),
    candidatesInvited: new Set(seated.map((a) => a.candidate.person.id)).size,
    interviews: seated.length,
    needsWithoutCandidates: needs
      .filter((_, i) => !seated.some((a) => a.need === i))
      .map((n) => ({ id: n.view.id, name: n.view.title })),
    totalScore: Math.round(seated.reduce((s, a) => s + a.candidate.score, 0) * 1000) / 1000,
  };
}
