import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { BundleInput } from '../../src/ingest/bundle.schema';
import { proposeConsortium } from '../../src/match/tackling/consortium';
import { problemsFor } from '../../src/match/tackling/problems-for';
import { TacklingIndex } from '../../src/match/tackling/tackling-index';
import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

/**
 * A university roster known by its papers: 王 has two works on lidar (one English, one Chinese)
 * and neither skills nor a bio; 李 has a paper on battery cathodes. A lidar problem must propose
 * 王 (not 李), and 王's list of problems must lead with it — on both stores, from the import on.
 */
function rosterBundle(p: string): BundleInput {
  const id = (s: string) => `${p}-${s}`;
  // the Neo4j database is shared: names unique to this run, so that no import links to another's
  const tag = [...p.replace(/\D/gu, '').slice(-8)].map((d) => '零一二三四五六七八九'[Number(d)]).join('');
  return {
    format: 'redchain-bundle/1',
    regions: [{ id: id('city'), name: '江城市', level: 'city' }],
    // the poster is an institution: enterprise names go through the import's name resolution,
    // which could hold a name for review beside a similar one other runs left in the database
    institutions: [
      { id: id('uni'), name: `${tag}江城大学`, kind: 'university', regionId: id('city') },
      { id: id('poster'), name: `${tag}光电研究院`, kind: 'institute', regionId: id('city') },
    ],
    people: [
      { id: id('wang'), name: '王研究员', worksAt: [{ orgId: id('uni'), position: 'researcher' }] },
      { id: id('li'), name: '李研究员', worksAt: [{ orgId: id('uni'), position: 'researcher' }] },
    ],
    works: [
      {
        id: id('w1'),
        kind: 'paper',
        title: 'Long-range solid-state LiDAR with optical phased arrays',
        abstract: 'We steer LiDAR beams with optical phased arrays and reach 200 m ranging for automotive lidar.',
        year: 2023,
        authorIds: [id('wang')],
      },
      {
        id: id('w2'),
        kind: 'paper',
        title: '车载激光雷达点云目标检测方法',
        abstract: '提出一种面向车载激光雷达点云的目标检测方法。',
        year: 2021,
        authorIds: [id('wang')],
      },
      {
        id: id('w3'),
        kind: 'paper',
        title: 'Nickel-rich cathode materials for lithium-ion batteries',
        abstract: 'Coatings stabilise nickel-rich cathodes during cycling.',
        year: 2022,
        authorIds: [id('li')],
      },
    ],
    problems: [
      {
        id: id('lidar'),
        title: '激光雷达测距精度瓶颈',
        description: 'Automotive LiDAR loses ranging accuracy beyond 150 m; 激光雷达点云稀疏。',
        postedBy: id('poster'),
      },
      {
        id: id('lidar-team'),
        title: '激光雷达攻关团队',
        description: '组建一支团队攻关车载激光雷达。',
        skills: ['激光雷达'],
        teamSize: 1,
        postedBy: id('poster'),
      },
    ],
  };
}

const stores: [string, () => Promise<GraphStore>][] = [
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
];

describe.each(stores)('an expert known only by works, on the %s store', (_name, open) => {
  let store: GraphStore;
  let graph: ProjectedGraph;
  const p = uniquePrefix('works-only');
  const id = (s: string) => `${p}-${s}`;

  beforeAll(async () => {
    store = await open();
    const report = await importBundle(store, rosterBundle(p));
    expect(report.rejected).toEqual([]);
    expect(report.linked).toEqual([]);
    expect(report.review).toEqual([]);
    graph = await projectScope(store, { regionId: id('city') });
  }, 120_000);
  afterAll(async () => store.close());

  test('when a problem on his subject is ranked, then he is proposed and the battery researcher is not', async () => {
    const result = new TacklingIndex(graph).rank(id('lidar'), { limit: 100 });
    const ours = result.experts.filter((e) => e.personId.startsWith(p));
    expect(ours.map((e) => e.personId)).toEqual([id('wang')]);
    expect(ours[0]!.components.relevance).toBeGreaterThan(0.1);
    expect(ours[0]!.employer).toMatch(/江城大学$/u);
  });

  test('when a team must cover 激光雷达, then his works cover it and the consortium is him', () => {
    const result = new TacklingIndex(graph).rank(id('lidar-team'), { limit: 100 });
    const ours = { ...result, experts: result.experts.filter((e) => e.personId.startsWith(p)) };
    const team = proposeConsortium(ours);
    expect(team.members.map((m) => m.personId)).toEqual([id('wang')]);
    expect(team.covered).toEqual(['激光雷达']);
    expect(team.members[0]!.covers).toEqual(['激光雷达']);
  });

  test('when he asks which problems fit him, then the lidar problem leads, with the work that matches it', async () => {
    // the Neo4j database keeps other runs' copies of these problems: only this run's count
    const fits = problemsFor(graph, { kind: 'Person', id: id('wang') }, { limit: Infinity }).filter((f) =>
      f.problemId.startsWith(p),
    );
    expect(fits[0]!.problemId).toBe(id('lidar'));
    expect(fits[0]!.reasons.en.join(' ')).toMatch(/the work 「.*」 relates to the problem/u);
    expect(problemsFor(graph, { kind: 'Person', id: id('li') }).map((f) => f.problemId)).not.toContain(id('lidar'));
  });
});
