import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { planJobFair } from '../../src/match/talent/job-fair';
import { talentCandidates } from '../../src/match/talent/talent-candidates';
import { talentCatalogue } from '../../src/match/talent/talent-catalogue';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { talentCase } from '../helpers/talent-case';

describe('talent (人才) on a hand-made case', () => {
  let graph: ProjectedGraph;
  const asOf = '2025-11-01';
  beforeAll(async () => {
    const store = await MemoryGraphStore.open();
    const report = await importBundle(store, talentCase());
    expect(report.rejected).toEqual([]);
    graph = await projectScope(store, {});
  });

  test('when N1’s candidates are ranked, then skills, recommendation and place order them, and the enterprise’s own staff and the unskilled are left out', () => {
    const { need, candidates } = talentCandidates(graph, 'N1', { asOf });
    expect(need).toMatchObject({ title: '技术经理', daysOpen: 61, enterprise: { id: 'E1' }, chains: [{ id: 'ch' }] });
    expect(candidates.map((c) => c.person.id)).toEqual(['alice', 'erin', 'bob']);
    const [alice, erin, bob] = candidates;
    expect(alice!.components).toMatchObject({ skills: 1, place: 0.7, recommendation: 0.8 });
    expect(alice!.recommendedBy).toEqual({ id: 'PU', name: '光谷大学党委' });
    expect(alice!.reasons.zh).toEqual(
      expect.arrayContaining(['技能匹配：激光雷达、项目管理', '现任职于光谷大学', '同属武汉市']),
    );
    expect(alice!.reasons.zh.find((r) => r.startsWith('可由「光谷大学党委」组织推荐'))).toContain('结对共建');
    expect(erin!.components).toMatchObject({ skills: 0.5, place: 1, recommendation: 1 });
    expect(bob!.components.recommendation).toBe(0);
    expect(candidates.map((c) => c.rank)).toEqual([1, 2, 3]);
  });

  test('when the caller may not see party membership, then membership is neither walked nor said', () => {
    const { candidates } = talentCandidates(graph, 'N1', { asOf, membership: false });
    const byId = Object.fromEntries(candidates.map((c) => [c.person.id, c]));
    // alice is now reached through her employer (PU covers 光谷大学): one hop more
    expect(byId['alice']!.components.recommendation).toBe(0.6);
    expect(byId['erin']!.components.recommendation).toBe(0);
    expect(candidates.flatMap((c) => [...c.reasons.zh, ...c.reasons.en]).join()).not.toMatch(/党员|MEMBER_OF/);
  });

  test('when the chain’s catalogue is drawn, then the open needs for one role are one entry and the filled need gives the days to fill', () => {
    const catalogue = talentCatalogue(graph, 'ch', 'park', asOf);
    expect(catalogue).toMatchObject({ openNeeds: 2, headcount: 3, filled: { needs: 1, medianDaysToFill: 18 } });
    expect(catalogue.entries).toHaveLength(1);
    expect(catalogue.entries[0]).toMatchObject({
      role: '技术 经理',
      level: 'senior',
      needs: 2,
      headcount: 3,
      longestOpenDays: 61,
      medianOpenDays: 46,
      skills: [
        { skill: '激光雷达', needs: 2 },
        { skill: '项目管理', needs: 1 },
      ],
    });
    expect(talentCatalogue(graph, 'ch', 'far', asOf).openNeeds).toBe(0);
  });

  test('when a job fair is planned with one interview per person, then nobody is sent to two booths and the best pairs are seated', () => {
    const plan = planJobFair(graph, 'ch', 'park', asOf, { interviewsPerPerson: 1 });
    const seated = plan.booths.flatMap((b) => b.needs.flatMap((n) => n.interviews.map((i) => i.person.id)));
    expect(new Set(seated).size).toBe(seated.length);
    expect(plan.interviews).toBe(seated.length);
    expect(seated.sort()).toEqual(['alice', 'bob', 'carol', 'erin']);
    const n1 = plan.booths.find((b) => b.enterprise.id === 'E1')!.needs[0]!;
    expect(n1.interviews.map((i) => i.person.id)).not.toContain('carol');
  });

  test('when a need or chain is unknown, then the engine refuses naming it', () => {
    expect(() => talentCandidates(graph, 'nope', { asOf })).toThrow("TalentNeed 'nope'");
    expect(() => talentCatalogue(graph, 'nope', null, asOf)).toThrow("Chain 'nope'");
    expect(() => planJobFair(graph, 'ch', null, asOf, { interviewsPerPerson: 0 })).toThrow('interviewsPerPerson');
  });
});
