import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { TACKLING_DEFAULTS, TacklingIndex } from '../../src/match/tackling/tackling-index';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { tacklingBundle } from '../helpers/tackling-fixture';

/**
 * Experts for a problem are proposed for what they know or have done, never for where they work
 * (tackling-fixture: problem X, 高精度激光雷达光学设计, posted in 武汉市). Beside the fixture's people:
 * hank, in the poster's city and free, whose profile shares nothing with X; frank, beside him,
 * whose profile shares only the title's 高精度 with X; gina, who covers no skill of X but helped
 * solve Y (激光雷达整机可靠性, the same segment).
 */
async function indexWithNeighbours(): Promise<TacklingIndex> {
  const bundle = tacklingBundle();
  bundle.people!.push(
    {
      id: 'hank',
      name: '韩可',
      skills: ['数控加工'],
      bio: '数控机床装调',
      maxLoad: 3,
      worksAt: [{ orgId: 'E2' }],
    },
    {
      id: 'frank',
      name: '范克',
      skills: ['数控加工'],
      bio: '高精度数控机床装调',
      maxLoad: 3,
      worksAt: [{ orgId: 'E2' }],
    },
    {
      id: 'gina',
      name: '吉娜',
      skills: ['可靠性工程'],
      bio: '高精度整机可靠性试验',
      maxLoad: 3,
      worksAt: [{ orgId: 'E2' }],
    },
  );
  bundle.teams!.find((t) => t.id === 'tY')!.members!.push({ personId: 'gina' });
  const store = await MemoryGraphStore.open();
  const report = await importBundle(store, bundle);
  expect(report.rejected).toEqual([]);
  return new TacklingIndex(await projectScope(store, {}));
}

const SUBSTANCE = /^(专长覆盖难题所需|简历与成果和难题描述相关|曾攻克同环节难题)/u;

describe('experts for a problem: a skill, a solved problem of the segment or a related profile, never location alone', () => {
  let index: TacklingIndex;
  beforeAll(async () => {
    index = await indexWithNeighbours();
  });

  test('when an expert near the poster shares nothing with the problem, then they are not proposed', () => {
    const ids = index.rank('X').experts.map((e) => e.personId);
    expect(ids).toContain('alice');
    expect(ids).not.toContain('hank');
  });

  test('when the related-relevance bar is raised, then a profile sharing only a word is left out: the bar decides', () => {
    const raised = index.rank('X', { minRelatedRelevance: 0.3 }).experts.map((e) => e.personId);
    expect(raised).toContain('alice');
    expect(raised).not.toContain('frank');
    const frank = index.rank('X').experts.find((e) => e.personId === 'frank');
    expect(frank!.coveredSkills).toEqual([]);
    expect(frank!.components.trackRecord).toBe(0);
    expect(frank!.components.relevance).toBeGreaterThanOrEqual(TACKLING_DEFAULTS.minRelatedRelevance);
    expect(frank!.components.relevance).toBeLessThan(0.3);
  });

  test('when a profile shares only a word with the problem, then it is proposed as related, below those who cover its skills', () => {
    // the bar is low enough for researchers known only by their papers (docs/quality.md, Real
    // data), so a shared generic word passes it too; the ranking puts such a profile last
    const experts = index.rank('X').experts;
    const frank = experts.find((e) => e.personId === 'frank');
    expect(frank).toBeDefined();
    expect(frank!.reasons.zh[0]).toMatch(/^简历与成果和难题描述相关/u);
    const covering = experts.filter((e) => e.coveredSkills.length > 0);
    expect(covering.length).toBeGreaterThan(0);
    for (const expert of covering) expect(expert.score).toBeGreaterThan(frank!.score);
  });

  test('when an expert covers no skill but solved a problem of the same segment, then they are proposed, saying so', () => {
    const gina = index.rank('X').experts.find((e) => e.personId === 'gina');
    expect(gina).toBeDefined();
    expect(gina!.coveredSkills).toEqual([]);
    expect(gina!.reasons.zh).toContain('曾攻克同环节难题「激光雷达整机可靠性」');
  });

  test('when any expert is proposed for any problem, then a reason of substance comes first', () => {
    for (const problem of ['X', 'W', 'Y', 'Z']) {
      const { experts } = index.rank(problem);
      for (const expert of experts) expect(expert.reasons.zh.find((r) => SUBSTANCE.test(r))).toBeDefined();
    }
  });

  test('when the bar is not a number from 0 to 1, then the engine says which option is wrong', () => {
    expect(() => index.rank('X', { minRelatedRelevance: 2 })).toThrow(/minRelatedRelevance/u);
    expect(() => index.rank('X', { minRelatedRelevance: Number.NaN })).toThrow(/minRelatedRelevance/u);
  });
});
