import { generateProvince } from '../../seeds/generate/generate-province';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { warmEngines } from '../../src/jobs/warm-engines';
import { PARTNERS_DEFAULTS } from '../../src/match/partners/find-partners';
import { peekDerived } from '../../src/projection/derived';
import { projectScope } from '../../src/projection/project-scope';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

/** What the partner, tackling and gap-map jobs derive from a projection and keep with it. */
const STRUCTURES = [
  'enterprise-space',
  `partner-texts:${PARTNERS_DEFAULTS.tokenizer}`,
  'trust-graph',
  'tackling-index',
  'enterprises-by-region',
  'chain-layouts',
  'lead-ties',
  'expert-profiles',
];

describe('a worker warming its engines at start', () => {
  test('when a province is loaded and warmed, then what the first partner, tackling and gap-map jobs would build is built', async () => {
    const store = await MemoryGraphStore.open();
    expect((await importBundle(store, generateProvince({ enterprises: 300, seed: 7 }).bundle)).rejected).toEqual([]);
    const graph = await projectScope(store, {});
    expect(STRUCTURES.filter((name) => peekDerived(graph, name) !== undefined)).toEqual([]);

    const ms = warmEngines(graph);

    expect(STRUCTURES.filter((name) => peekDerived(graph, name) === undefined)).toEqual([]);
    expect(Object.keys(ms).sort()).toEqual(['gaps', 'partners', 'tackling']);
    for (const value of Object.values(ms)) expect(value).toBeGreaterThanOrEqual(0);
  }, 120_000);

  test('when the graph has no enterprise, problem or chain yet, then warming builds nothing and does not fail', async () => {
    const graph = await projectScope(await MemoryGraphStore.open(), {});
    expect(() => warmEngines(graph)).not.toThrow();
    expect(STRUCTURES.filter((name) => peekDerived(graph, name) !== undefined)).toEqual([]);
  });
});
