import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { TACKLING_DEFAULTS, TacklingIndex } from '../../src/match/tackling/tackling-index';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { tacklingBundle } from '../helpers/tackling-fixture';

/**
 * Experts for a problem are proposed for what they know or have done, never for where they work
 * (tackling-fixture: problem X, 高精度激光雷达光学设计, posted in 武汉市). Beside the fixture's people:
 * frank, in the poster's city and free, whose profile shares only the title's 高精度 with X;
 * gina, who covers no skill of X but helped solve Y (激光雷达整机可靠性, the same segment).
 */
async function indexWithNeighbours(): Promise<TacklingIndex> {
  const bundle = tacklingBundle();
  bundle.people!.push(
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

  test('when an expert near the poster shares only a generic title word, then they are not proposed', () => {
    const ids = index.rank('X').experts.map((e) => e.personId);
    expect(ids).toContain('alice');
    expect(ids).not.toContain('frank');
  });

  test('when the related-relevance bar is lowered to 0, then the same expert is proposed: only the bar kept him out', () => {
    const frank = index.rank('X', { minRelatedRelevance: 0 }).experts.find((e) => e.personId === 'frank');
    expect(frank).toBeDefined();
    expect(frank!.coveredSkills).toEqual([]);
    expect(frank!.components.trackRecord).toBe(0);
    expect(frank!.components.relevance).toBeLessThan(TACKLING_DEFAULTS.minRelatedRelevance);
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
