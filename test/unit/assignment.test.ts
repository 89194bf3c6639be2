import { bruteForceAssignment } from '../../bench/eval/brute-force-assignment';
import { randomInstance } from '../../bench/eval/assignment.eval';
import { Prng } from '../../seeds/generate/prng';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { solveAssignment } from '../../src/match/tackling/assignment-flow';
import { combinations, proposeConsortium } from '../../src/match/tackling/consortium';
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

describe('consortium (攻关联合体)', () => {
  test('when one expert covers every skill, then the team is that one expert', async () => {
    const c = proposeConsortium((await indexOf()).rank('X'));
    expect(c.members.map((m) => m.personId)).toEqual(['alice']);
    expect(c.uncovered).toEqual([]);
  });

  test('when no one covers every skill, then the smallest covering team is proposed, preferring a university + enterprise mix', async () => {
    const c = proposeConsortium((await indexOf()).rank('W'));
    expect(c.members).toHaveLength(2);
    expect(c.covered.sort()).toEqual(['正极材料', '激光雷达'].sort());
    expect(c.members.map((m) => m.personId)).toContain('dave');
    expect(c.mix).toBe(true);
  });

  test('when a skill nobody has is required, then the best partial team comes with the uncovered skill named', async () => {
    const bundle = tacklingBundle();
    bundle.problems!.push({
      id: 'Q',
      title: '激光雷达量子加密',
      skills: ['激光雷达', '量子密钥分发'],
      teamSize: 2,
      postedBy: 'P1',
      segments: ['s-lidar'],
    });
    const c = proposeConsortium((await indexOf(bundle)).rank('Q'));
    expect(c.uncovered).toEqual(['量子密钥分发']);
    expect(c.covered).toEqual(['激光雷达']);
  });

  test('when subsets are enumerated, then every k-subset comes once in order', () => {
    expect([...combinations(4, 2)]).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    expect([...combinations(2, 3)]).toEqual([]);
    expect(() =>
      proposeConsortium({
        problem: { id: 'p', title: 't', skills: [], teamSize: 0 },
        experts: [],
        institutions: [],
        excluded: [],
      }),
    ).toThrow('consortium: teamSize must be a whole number ≥ 1');
  });
});

describe('global assignment', () => {
  test('when the open problems are assigned, then every seat that can be filled is, within every expert’s load', async () => {
    const a = assignExperts(await indexOf());
    const byProblem = Object.fromEntries(a.problems.map((p) => [p.problemId, p]));
    expect(Object.keys(byProblem).sort()).toEqual(['W', 'X']);
    expect(a.seats).toBe(5);
    expect(a.filled).toBe(5);
    expect(byProblem['X']!.assigned.map((e) => e.personId).sort()).toEqual(['alice', 'bob']);
    expect(byProblem['W']!.assigned.map((e) => e.personId).sort()).toEqual(['alice', 'bob', 'dave']);
    expect(a.problems.flatMap((p) => p.assigned.map((e) => e.personId))).not.toContain('erin'); // at maxLoad
    expect(a.problems.flatMap((p) => p.assigned.map((e) => e.personId))).not.toContain('carol'); // works for the poster
  });

  test('when the experts with a needed skill are all at maxLoad, then the diagnosis says exactly that', async () => {
    const bundle = tacklingBundle();
    for (const person of bundle.people!) if (person.id === 'alice' || person.id === 'bob') person.maxLoad = 0;
    const a = assignExperts(await indexOf(bundle), { problemIds: ['X'] });
    expect(a.problems[0]!.shortBy).toBe(2);
    expect(a.problems[0]!.diagnosis).toEqual({
      zh: '具备「激光雷达」技能的3名专家均已满负荷',
      en: 'the 3 experts with skill 激光雷达 are all at maxLoad',
    });
  });

  test('when fewer experts fit than the team needs, then the diagnosis says how many fit', async () => {
    const bundle = tacklingBundle();
    bundle.problems!.push({
      id: 'V',
      title: '激光雷达大型团队',
      skills: ['激光雷达'],
      teamSize: 6,
      postedBy: 'P1',
      segments: ['s-lidar'],
    });
    const a = assignExperts(await indexOf(bundle), { problemIds: ['V'] });
    expect(a.problems[0]!.diagnosis!.zh).toBe('只有3名专家适合「激光雷达大型团队」，团队需要6人');
  });
});

describe('the assignment flow against brute force', () => {
  test('when 300 random small instances are solved, then the flow fills as many seats at the same least cost as brute force', () => {
    const prng = new Prng(42);
    for (let i = 0; i < 300; i++) {
      const instance = randomInstance(prng);
      const flow = solveAssignment(instance);
      expect({ filled: flow.filled, cost: flow.cost }).toEqual(bruteForceAssignment(instance));
      // the chosen arcs respect seats and capacities
      const seats = instance.seats.map(() => 0);
      const load = instance.capacities.map(() => 0);
      instance.arcs.forEach((a, k) => {
        if (!flow.chosen[k]) return;
        seats[a.problem]! += 1;
        load[a.expert]! += 1;
      });
      seats.forEach((n, p) => expect(n).toBeLessThanOrEqual(instance.seats[p]!));
      load.forEach((n, e) => expect(n).toBeLessThanOrEqual(instance.capacities[e]!));
    }
  });
});
