import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { assignExperts } from '../../src/match/tackling/global-assignment';
import { TacklingIndex } from '../../src/match/tackling/tackling-index';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { tacklingBundle } from '../helpers/tackling-fixture';

async function indexOf(bundle = tacklingBundle()): Promise<TacklingIndex> {
  const store = await MemoryGraphStore.open();
  const report = await importBundle(store, bundle);
  expect(report.rejected).toEqual([]);
  return new TacklingIndex(await projectScope(store, {}));
}

/** What the page shows beside each name of the global assignment: the expert's load against their maxLoad. */
describe('global assignment: loads and diagnoses as the page shows them', () => {
  test('when alice is seated on both open problems, then each of her seats shows a load of 2 of her 3', async () => {
    const a = assignExperts(await indexOf());
    const alice = a.problems.flatMap((p) => p.assigned).filter((s) => s.personId === 'alice');
    expect(alice).toHaveLength(2);
    for (const seat of alice) expect({ load: seat.load, maxLoad: seat.maxLoad }).toEqual({ load: 2, maxLoad: 3 });
  });

  test('when an expert is listed anywhere, then their load never exceeds their maxLoad', async () => {
    const a = assignExperts(await indexOf());
    const seats = a.problems.flatMap((p) => [...p.assigned, ...p.alternates]);
    expect(seats.length).toBeGreaterThan(0);
    for (const seat of seats) expect(seat.load).toBeLessThanOrEqual(seat.maxLoad!);
  });

  test('when erin, who already tackles 激光雷达量产良率, is an alternate, then she shows as full (1 of 1)', async () => {
    const a = assignExperts(await indexOf());
    const erin = a.problems.flatMap((p) => p.alternates).find((s) => s.personId === 'erin');
    expect(erin).toMatchObject({ load: 1, maxLoad: 1 });
  });

  test('when no expert fits a problem at all, then the diagnosis says nobody’s works or skills fit it', async () => {
    const bundle = tacklingBundle();
    bundle.problems!.push({
      id: 'Q',
      title: '量子密钥分发芯片',
      skills: ['量子密钥分发'],
      teamSize: 2,
      postedBy: 'P1',
      segments: ['s-lidar'],
    });
    const a = assignExperts(await indexOf(bundle), { problemIds: ['Q'] });
    expect(a.problems[0]!.assigned).toEqual([]);
    expect(a.problems[0]!.diagnosis).toEqual({
      zh: '没有专家的研究方向、成果或技能与「量子密钥分发芯片」相关',
      en: 'no expert’s works, skills or research fit 「量子密钥分发芯片」',
    });
  });

  test('when everyone who fits is at maxLoad, then the diagnosis says they are all full', async () => {
    const bundle = tacklingBundle();
    for (const person of bundle.people!) person.maxLoad = 0;
    const a = assignExperts(await indexOf(bundle), { problemIds: ['X'] });
    expect(a.problems[0]!.shortBy).toBe(2);
    expect(a.problems[0]!.diagnosis!.zh).toMatch(/均已满负荷$/u);
  });
});
