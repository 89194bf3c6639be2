import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { loadEnterpriseNames } from '../../src/ingest/load-enterprise-names';
import type { GraphStore } from '../../src/store/graph-store';
import { NameResolver } from '../../src/text/name-resolver';

/** The articles' dataset on a store: it loads whole, and the articles' own short names resolve. */
export function describeSeedArticles(name: string, open: () => Promise<GraphStore>): void {
  describe(`the articles' dataset on ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => store.close());

    test('when it is seeded, then every record loads and seeding again changes nothing', async () => {
      const { report } = await seedArticles(store);
      expect(report.rejected).toEqual([]);
      expect(report.review).toEqual([]);
      expect(report.counts.enterprises!.imported).toBeGreaterThanOrEqual(50);
      const again = await seedArticles(store);
      expect(again.report.written).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relsCreated: 0, relsUpdated: 0 });
    });

    test('when the articles’ short names are resolved against it, then each finds its enterprise', async () => {
      const resolver = new NameResolver(await loadEnterpriseNames(store));
      const expected: Record<string, string> = {
        镇江船厂: 'ent-zj-shipyard',
        东方钛业: 'ent-dfty',
        金建中晟: 'ent-jjzs',
        瑞邦生物: 'ent-ruibang',
        湖北美的: 'ent-hubei-midea',
        中船动力: 'ent-cssc-power',
        菲利华: 'ent-feilihua',
        依伦科技: 'ent-yilun',
      };
      for (const [short, id] of Object.entries(expected)) {
        expect([short, resolver.resolve({ name: short })]).toEqual([
          short,
          expect.objectContaining({ outcome: 'match', id }),
        ]);
      }
    });

    test('when the articles’ facts are read back, then they are the ones the articles state', async () => {
      const midea = await store.getNode('Enterprise', 'ent-hubei-midea');
      expect(midea!.props['source']).toBe('article:002_ac5e0cd417622b01');
      const masters = await store.follow({
        fromKind: 'Enterprise',
        ids: ['ent-dfty'],
        type: 'CHAIN_MASTER_OF',
        direction: 'out',
        toKind: 'Chain',
      });
      expect(masters.edges).toEqual([
        expect.objectContaining({
          to: { kind: 'Chain', id: 'chain-lithium-battery' },
          props: { regionId: 'region-by-hitech' },
        }),
      ]);
      const branch = await store.getNode('PartyOrg', 'po-xn-offshore-joint-branch');
      expect(branch!.props).toMatchObject({ kind: 'joint_branch', members: 28 });
      const lidar = await store.follow({
        fromKind: 'Problem',
        ids: ['prob-lidar'],
        type: 'ABOUT',
        direction: 'out',
        toKind: 'Segment',
      });
      expect(lidar.nodes.map((n) => n.props['name'])).toEqual(['激光雷达']);
      const bambooAnode = await store.follow({
        fromKind: 'Segment',
        ids: ['seg-bamboo-anode'],
        type: 'FEEDS',
        direction: 'out',
        toKind: 'Segment',
      });
      expect(bambooAnode.nodes.map((n) => n.id)).toContain('seg-li-anode');
    });
  });
}
