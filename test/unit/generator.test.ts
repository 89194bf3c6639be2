import { countRelationships } from '../../seeds/generate/count-relationships';
import { generateProvince } from '../../seeds/generate/generate-province';
import { Bundle } from '../../src/ingest/bundle.schema';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

type Rec = Record<string, unknown>;

describe('the province generator', () => {
  const { bundle, truth } = generateProvince({ enterprises: 3000, seed: 11 });
  const enterprises = bundle['enterprises'] as Rec[];

  test('when run twice with one seed, then the output is byte-identical; another seed differs', () => {
    expect(JSON.stringify(generateProvince({ enterprises: 3000, seed: 11 }))).toBe(JSON.stringify({ bundle, truth }));
    expect(JSON.stringify(generateProvince({ enterprises: 3000, seed: 12 }).bundle)).not.toBe(JSON.stringify(bundle));
  });

  test('when its bundle is validated, then every record fits the bundle schema', () => {
    const parsed = Bundle.safeParse(bundle);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(enterprises).toHaveLength(3000);
    expect((bundle['chains'] as Rec[]).length).toBe(40);
    expect(countRelationships(bundle)).toBeGreaterThan(25_000);
  });

  test('when its bundle is imported, then nothing is rejected or held for review', async () => {
    const report = await importBundle(await MemoryGraphStore.open(), bundle);
    expect(report.rejected.slice(0, 3)).toEqual([]);
    expect(report.review.slice(0, 3)).toEqual([]);
    expect(report.written.relsCreated).toBe(countRelationships(bundle));
  });

  test('when enterprise names are compared, then no two enterprises share one', () => {
    const names = new Set(enterprises.map((e) => e['name']));
    expect(names.size).toBe(enterprises.length);
  });

  test('when sizes are counted, then they are heavy-tailed: many micro and small, few large', () => {
    const share = (scale: string) => enterprises.filter((e) => e['scale'] === scale).length / enterprises.length;
    expect(share('micro') + share('small')).toBeGreaterThan(0.7);
    expect(share('large')).toBeLessThan(0.1);
    const perPark = new Map<string, number>();
    for (const e of enterprises) perPark.set(String(e['regionId']), (perPark.get(String(e['regionId'])) ?? 0) + 1);
    const sizes = [...perPark.values()].sort((a, b) => b - a);
    expect(sizes[0]!).toBeGreaterThan(4 * sizes[Math.floor(sizes.length / 2)]!);
  });

  test('when an enterprise needs a segment, then that segment feeds one it produces in', () => {
    const feeds = new Set((bundle['feeds'] as Rec[]).map((f) => `${f['from']}>${f['to']}`));
    const parentOf = (id: string) => (id.includes('--') ? id.slice(0, id.indexOf('--')) : id);
    for (const e of enterprises.slice(0, 500)) {
      for (const needed of e['needsSegments'] as string[]) {
        const fed = (e['segments'] as string[]).some(
          (s) => feeds.has(`${needed}>${s}`) || feeds.has(`${needed}>${parentOf(s)}`),
        );
        expect({ id: e['id'], needed, fed }).toEqual({ id: e['id'], needed, fed: true });
      }
    }
  });

  test('when supply ties are drawn, then they are more often within one park than chance would give', () => {
    const park = new Map(enterprises.map((e) => [e['id'], e['regionId']]));
    const ties = bundle['supplies'] as Rec[];
    const samePark = ties.filter((t) => park.get(t['from']) === park.get(t['to'])).length / ties.length;
    expect(samePark).toBeGreaterThan(0.3);
    expect(truth.heldOutSupplies.length).toBeGreaterThan(0.05 * (ties.length + truth.heldOutSupplies.length));
  });

  test('when the ground truth names experts for a problem, then they share its segment and skills', () => {
    const people = new Map((bundle['people'] as Rec[]).map((p) => [p['id'], p]));
    const problem = (bundle['problems'] as Rec[]).find((p) => (truth.expertFits[String(p['id'])] ?? []).length > 0)!;
    for (const expertId of truth.expertFits[String(problem['id'])]!) {
      const skills = people.get(expertId)!['skills'] as string[];
      const shared = (problem['skills'] as string[]).filter((s) => skills.includes(s));
      expect(shared.length * 2).toBeGreaterThanOrEqual((problem['skills'] as string[]).length);
    }
  });
});
