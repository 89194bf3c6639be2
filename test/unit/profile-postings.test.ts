import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { ExpertProfiles } from '../../src/match/tackling/expert-profiles';
import { projectScope } from '../../src/projection/project-scope';
import { idsOfKind, type ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { generateProvince } from '../../seeds/generate/generate-province';

/**
 * A problem's expert list matches thousands of people against one problem through term postings
 * (profile-postings.ts); one expert's problem list matches piece by piece. Both must give the
 * same match, to the last bit, or a list would change with the path that computed it.
 */
describe('expert profiles matched through postings', () => {
  let graph: ProjectedGraph;
  beforeAll(async () => {
    const store = await MemoryGraphStore.open();
    const { bundle } = generateProvince({ enterprises: 1500, seed: 7 });
    // two people without works, known by the first problem's words: by skills alone, by a bio alone
    const first = (bundle['problems'] as { title: string; skills?: string[] }[])[0]!;
    (bundle['people'] as Record<string, unknown>[]).push(
      { id: 'skills-only', name: '技能甲', skills: first.skills ?? [] },
      { id: 'bio-only', name: '简介乙', bio: `长期从事${first.title}` },
    );
    const report = await importBundle(store, bundle);
    expect(report.rejected).toEqual([]);
    graph = await projectScope(store, {});
  }, 120_000);

  /** Every person against each of the first problems, both ways; returns how many matches were compared and how many were above 0. */
  function compareBothPaths(options: ConstructorParameters<typeof ExpertProfiles>[1]): {
    compared: number;
    nonZero: number;
  } {
    const people = idsOfKind(graph, 'Person').map((id) => `Person:${id}`);
    const problems = idsOfKind(graph, 'Problem')
      .slice(0, 12)
      .map((id) => `Problem:${id}`);
    expect(people.length).toBeGreaterThan(200); // well past the piece-by-piece start of a problem
    const many = new ExpertProfiles(graph, options);
    const one = new ExpertProfiles(graph, options);
    let compared = 0;
    let nonZero = 0;
    // problem after problem on the same profiles: what one pass leaves must not leak into the next
    for (const problem of problems) {
      const vector = many.problemVector(problem);
      const viaPostings = people.map((person) => many.match(person, vector));
      const batch = Float64Array.from(many.scores(vector));
      people.forEach((person, i) => {
        // a problem vector of another object: `one` starts afresh per person, piece by piece
        const alone = one.match(person, { ...one.problemVector(problem) });
        expect(viaPostings[i]).toEqual(alone);
        expect(batch[many.ordinalOf(person)]).toBe(alone.score);
        compared++;
        if (alone.score > 0) nonZero++;
      });
    }
    expect(compared).toBe(people.length * problems.length);
    return { compared, nonZero };
  }

  test('when every person is matched against a problem, then each match and each batch score equal the piece-by-piece ones exactly', () => {
    const { compared, nonZero } = compareBothPaths({});
    expect(nonZero).toBeGreaterThan(compared / 10); // the comparison covers real matches, not only zeros
  });

  test('when skills and bio weigh nothing in the whole profile, then people matched only through them are still found, both paths alike', () => {
    // the skills and bio stay pieces of their own (a closest piece), with terms the whole lacks
    const options = { skillsWeight: 0, bioWeight: 0 };
    const { compared, nonZero } = compareBothPaths(options);
    expect(nonZero).toBeGreaterThan(compared / 10);
    // their whole profiles are empty: only their skills or bio piece can find them
    const profiles = new ExpertProfiles(graph, options);
    const first = profiles.problemVector(`Problem:${idsOfKind(graph, 'Problem')[0]!}`);
    const scores = profiles.scores(first);
    expect(scores[profiles.ordinalOf('Person:skills-only')]).toBeGreaterThan(0);
    expect(scores[profiles.ordinalOf('Person:bio-only')]).toBeGreaterThan(0);
  });
});
