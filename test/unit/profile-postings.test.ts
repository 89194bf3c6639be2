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
    const report = await importBundle(store, generateProvince({ enterprises: 1500, seed: 7 }).bundle);
    expect(report.rejected).toEqual([]);
    graph = await projectScope(store, {});
  }, 120_000);

  test('when every person is matched against a problem, then each match and each batch score equal the piece-by-piece ones exactly', () => {
    const people = idsOfKind(graph, 'Person').map((id) => `Person:${id}`);
    const problems = idsOfKind(graph, 'Problem')
      .slice(0, 12)
      .map((id) => `Problem:${id}`);
    expect(people.length).toBeGreaterThan(200); // well past the piece-by-piece start of a problem
    const many = new ExpertProfiles(graph);
    const one = new ExpertProfiles(graph);
    let compared = 0;
    let nonZero = 0;
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
    expect(nonZero).toBeGreaterThan(compared / 10); // the comparison covers real matches, not only zeros
  });
});
