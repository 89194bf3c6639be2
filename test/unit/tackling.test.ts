import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { seedDemo } from '../../src/ingest/seed-demo.use-case';
import { TacklingIndex } from '../../src/match/tackling/tackling-index';
import { problemsFor } from '../../src/match/tackling/problems-for';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { tacklingBundle } from '../helpers/tackling-fixture';

describe('tackling (红链技术攻坚榜) on a hand-made case', () => {
  let index: TacklingIndex;
  beforeAll(async () => {
    const store = await MemoryGraphStore.open();
    const report = await importBundle(store, tacklingBundle());
    expect(report.rejected).toEqual([]);
    index = new TacklingIndex(await projectScope(store, {}));
  });

  test('when problem X is ranked, then the expert covering both skills leads and the poster’s own expert is excluded', () => {
    const result = index.rank('X');
    expect(result.experts[0]!.personId).toBe('alice');
    expect(result.experts[0]!.coveredSkills.map((c) => c.skill)).toEqual(['激光雷达', '光学设计']);
    expect(result.experts[0]!.reasons.zh).toEqual(
      expect.arrayContaining(['专长覆盖难题所需：「激光雷达」「光学设计」', '当前任务 0/3，可承接']),
    );
    expect(result.excluded).toEqual([
      { personId: 'carol', name: '卡罗', reason: 'works for the poster, 发榜光电有限公司' },
    ]);
    expect(result.experts.map((e) => e.personId)).not.toContain('carol');
  });

  test('when an expert solved a problem in the same segment or is at full load, then the components show it', () => {
    const byId = Object.fromEntries(index.rank('X').experts.map((e) => [e.personId, e]));
    expect(byId['bob']!.components.trackRecord).toBe(0.5);
    expect(byId['bob']!.reasons.zh).toContain('曾攻克同环节难题「激光雷达整机可靠性」');
    expect(byId['erin']!.components.availability).toBe(0);
    expect(byId['erin']!.reasons.zh).toContain('当前任务 1/1，已满');
    expect(byId['dave']).toBeUndefined();
  });

  test('when the party-member knob is left at 0, then membership does not move a score; raised, it does', () => {
    const plain = index.rank('X').experts.find((e) => e.personId === 'erin')!;
    const raised = index.rank('X', { expertWeights: { partyMember: 1 } }).experts.find((e) => e.personId === 'erin')!;
    expect(plain.components.partyMember).toBe(1);
    expect(raised.score).toBeGreaterThan(plain.score);
  });

  test('when fewer candidates are asked for, then the list is the head of the longer one (pruning changes nothing)', () => {
    const long = index.rank('X', { limit: 20 }).experts.map((e) => [e.personId, e.score]);
    for (const limit of [1, 2, 3])
      expect(index.rank('X', { limit }).experts.map((e) => [e.personId, e.score])).toEqual(long.slice(0, limit));
  });

  test('when the problem does not exist, then it says which', () => {
    expect(() => index.rank('nope')).toThrow("Problem 'nope' was not found");
  });
});

describe('tackling on the articles’ dataset', () => {
  test('when the lidar bottleneck is ranked, then 湖北江城实验室 and 华中科技大学 are its top institutions, with reasons', async () => {
    const store = await MemoryGraphStore.open();
    await seedArticles(store);
    const result = new TacklingIndex(await projectScope(store, {})).rank('prob-lidar');
    expect(
      result.institutions
        .slice(0, 2)
        .map((i) => i.name)
        .sort(),
    ).toEqual(['华中科技大学', '湖北江城实验室'].sort());
    expect(result.institutions[0]!.reasons.zh).toContain('研究方向与难题相关');
  });
});

describe('problems that fit an expert or an institution', () => {
  test('when a pair is in both lists, then its relevance is the same in the expert’s list and the problem’s (no per-list rescaling)', async () => {
    const store = await MemoryGraphStore.open();
    await importBundle(store, tacklingBundle());
    const graph = await projectScope(store, {});
    const index = new TacklingIndex(graph);
    for (const personId of ['alice', 'bob', 'erin']) {
      for (const fit of problemsFor(graph, { kind: 'Person', id: personId })) {
        const candidate = index.rank(fit.problemId, { limit: 100 }).experts.find((e) => e.personId === personId)!;
        expect([personId, fit.problemId, candidate.components.relevance]).toEqual([
          personId,
          fit.problemId,
          Math.round(fit.components.relevance * 1000) / 1000,
        ]);
        expect(fit.components.relevance).toBeGreaterThan(0);
        expect(fit.components.relevance).toBeLessThanOrEqual(1);
      }
    }
  });

  test('when alice asks which problems fit her, then X (both her skills) comes before W (one), and her own employer’s problems are left out', async () => {
    const store = await MemoryGraphStore.open();
    await importBundle(store, tacklingBundle());
    const graph = await projectScope(store, {});
    const fits = problemsFor(graph, { kind: 'Person', id: 'alice' });
    expect(fits.map((f) => f.problemId)).toEqual(['X', 'W']);
    expect(fits[0]!.reasons.zh[0]).toBe('可覆盖所需技能：「激光雷达」「光学设计」');
    const carol = problemsFor(graph, { kind: 'Person', id: 'carol' }); // works for P1, which posted X and W
    expect(carol.map((f) => f.problemId)).toEqual([]);
    const university = problemsFor(graph, { kind: 'Institution', id: 'U' });
    expect(university.map((f) => f.problemId).sort()).toEqual(['W', 'X']);
    expect(() => problemsFor(graph, { kind: 'Person', id: 'nobody' })).toThrow("Person 'nobody' was not found");
  });

  test('when 孙绯 pages to the end of her whole ranking on the demo world, then even the problems that share only a few words with her say so', async () => {
    const store = await MemoryGraphStore.open();
    await seedDemo(store);
    const graph = await projectScope(store, {});
    const fits = problemsFor(graph, { kind: 'Person', id: 'person-sun-fei' }, { limit: Infinity });
    const weak = fits.filter((f) => f.components.skills === 0 && f.components.relevance < 0.1);
    expect(weak.length).toBeGreaterThan(0);
    expect(fits.filter((f) => f.reasons.zh.length === 0)).toEqual([]);
    expect(weak[0]!.reasons.zh.join('')).toContain('少量共同用词');
  }, 60_000);
});
