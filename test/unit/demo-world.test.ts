import { BUNDLE_SECTIONS } from '../../src/ingest/bundle.schema';
import { isEdgeSection, sectionSpecs } from '../../src/ingest/bundle-sections';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { articlesBundle } from '../../src/ingest/seed-files';
import { bundleToSheets } from '../../src/ingest/tabular/write-tabular';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { generateDemoWorld } from '../../seeds/generate/demo-world';
import { generateProvince } from '../../seeds/generate/generate-province';
import { markedSynthetic } from '../../seeds/generate/mark-synthetic';

type Rec = Record<string, unknown>;

const NODE_SECTIONS = BUNDLE_SECTIONS.filter((s) => !isEdgeSection(sectionSpecs[s]));
const records = (bundle: Rec) =>
  NODE_SECTIONS.flatMap((s) => ((bundle[s] as Rec[] | undefined) ?? []).map((r) => ({ s, r })));

describe('the demo world', () => {
  const world = generateDemoWorld();
  const articleIds = new Set(records(articlesBundle()).map(({ s, r }) => `${s}:${String(r['id'])}`));

  test('when it is generated twice, then it is the same, byte for byte', () => {
    expect(JSON.stringify(generateDemoWorld())).toBe(JSON.stringify(world));
  });

  test('when its records are read, then every generated one is marked synthetic and no article record is', () => {
    const all = records(world);
    const fromArticles = all.filter(({ s, r }) => articleIds.has(`${s}:${String(r['id'])}`));
    const generated = all.filter(({ s, r }) => !articleIds.has(`${s}:${String(r['id'])}`));
    expect(fromArticles.length).toBe(articleIds.size);
    expect(fromArticles.filter(({ r }) => 'synthetic' in r)).toEqual([]);
    expect(generated.length).toBeGreaterThan(5000);
    expect(generated.filter(({ r }) => r['synthetic'] !== true)).toEqual([]);
  });

  test('when it is counted, then it has thousands of enterprises in the articles’ regions, with responders and experts', () => {
    const enterprises = world['enterprises'] as Rec[];
    const people = world['people'] as Rec[];
    const regions = new Set(enterprises.map((e) => e['regionId']));
    expect(enterprises.length).toBeGreaterThanOrEqual(3000);
    for (const place of ['region-zj-hitech', 'region-xn-hitech', 'region-jz-edz', 'region-by-yindong', 'region-donghu'])
      expect(regions).toContain(place);
    expect(people.filter((x) => x['title'] === '党建指导员').length).toBeGreaterThanOrEqual(14);
    expect((world['works'] as Rec[]).length).toBeGreaterThan(1000);
    expect((world['requests'] as Rec[]).filter((r) => r['status'] === 'raised').length).toBeGreaterThan(50);
  });

  test('when the articles’ problems are looked at, then each has generated experts with its skills, none at its poster', () => {
    const people = world['people'] as Rec[];
    for (const problem of (world['problems'] as Rec[]).filter((x) => String(x['source']).startsWith('article:'))) {
      const skills = problem['skills'] as string[];
      const fit = people.filter(
        (x) =>
          x['synthetic'] === true &&
          ((x['skills'] as string[] | undefined) ?? []).some((s) => skills.includes(s)) &&
          !(x['worksAt'] as { orgId: string }[]).some((w) => w.orgId === problem['postedBy']),
      );
      expect({ problem: problem['id'], experts: fit.length >= 4 }).toEqual({ problem: problem['id'], experts: true });
    }
  });

  test('when its generated requests are read, then each one’s description states the ask its title names', () => {
    const generated = (world['requests'] as Rec[]).filter((r) => String(r['id']).startsWith('demo-request-'));
    expect(generated.length).toBeGreaterThan(50);
    const mismatched = generated.filter((r) => !String(r['description']).endsWith(`提出：${String(r['title'])}`));
    expect(mismatched).toEqual([]);
  });

  test('when it is imported into an empty store, then no record is rejected', async () => {
    const store = await MemoryGraphStore.open();
    const report = await importBundle(store, world);
    expect(report.rejected).toEqual([]);
    expect(await store.countNodes('Enterprise')).toBe((world['enterprises'] as Rec[]).length);
    expect((await store.getNode('Enterprise', 'demo-ent-00000'))?.props['synthetic']).toBe(true);
    expect((await store.getNode('Enterprise', 'ent-zj-shipyard'))?.props['synthetic']).toBeUndefined();
  }, 60_000);

  test('when it is written as sheets, then the enterprises sheet has a 合成数据 column saying 是 for generated ones', () => {
    const sheet = bundleToSheets(world)[BUNDLE_SECTIONS.indexOf('enterprises')]!;
    const column = sheet.headers.indexOf('合成数据(synthetic)');
    const byId = new Map(sheet.rows.map((row) => [row.cells[0], row.cells[column]]));
    expect([byId.get('demo-ent-00000'), byId.get('ent-zj-shipyard')]).toEqual(['是', '']);
  });
});

describe('a synthetic province as seed --synthetic loads it', () => {
  test('when it is marked, then every node record is synthetic and the generator’s own output is unchanged', () => {
    const { bundle } = generateProvince({ enterprises: 200, seed: 5 });
    const before = JSON.stringify(bundle);
    const marked = markedSynthetic(bundle);
    expect(JSON.stringify(bundle)).toBe(before);
    expect(records(bundle).filter(({ r }) => 'synthetic' in r)).toEqual([]);
    expect(records(marked).filter(({ r }) => r['synthetic'] !== true)).toEqual([]);
    expect(marked['supplies']).toBe(bundle['supplies']);
  });
});
