import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { RegionScopes } from '../../src/access/region-scope';
import { listMobileMembers, readMemberRecord } from '../../src/use-cases/members/mobile-members';
import { membersBundle } from '../helpers/members-fixture';

const p = 'batch';
const MANY = 30;

/**
 * The mobile members' list reads every member a step at a time for all of them (MemberReader's
 * `members`): with thirty members who work at an enterprise, an institution or nowhere, some who
 * moved twice and some never, each row must be that member's own facts — the ones the fixture
 * wrote, and the ones their record read alone says — never a neighbour's.
 */
describe('mobile members read together', () => {
  test('when thirty members of mixed workplaces and moves are listed, then each row holds that member’s own organisations, workplace and last move', async () => {
    const bundle = membersBundle(p);
    bundle.institutions = [{ id: `${p}-uni`, name: '咸宁职业技术学院', kind: 'university', regionId: `${p}-xn` }];
    const truth = new Map<
      string,
      { workplace: string | null; region: string | null; lastMove: string | null; membership: string; managing: string }
    >();
    for (let i = 0; i < MANY; i++) {
      const id = `${p}-many-${String(i).padStart(2, '0')}`;
      const inWuhan = i % 2 === 0;
      const membership = inWuhan ? `${p}-po-xn-branch` : `${p}-po-wh`;
      const managing = inWuhan ? `${p}-po-wh` : `${p}-po-xn-branch`;
      const workplace = i % 3 === 0 ? `${p}-ent-wh` : i % 3 === 1 ? `${p}-uni` : null;
      bundle.people!.push({
        id,
        name: `成员${i}`,
        partyMember: true,
        worksAt: workplace ? [{ orgId: workplace }] : [],
        memberOf: [membership],
        managedBy: [{ orgId: managing, since: `2025-0${1 + (i % 9)}-01` }],
        source: 'test',
      });
      let lastMove: string | null = null;
      if (i % 4 !== 3) {
        // two moves, given latest first: the list's last move must be the later date's
        for (const [n, date] of [
          [2, `2025-${String(3 + (i % 7)).padStart(2, '0')}-15`],
          [1, '2024-12-01'],
        ] as const) {
          bundle.memberMoves!.push({
            id: `${id}-move-${n}`,
            personId: id,
            date,
            kind: 'outflow',
            fromId: membership,
            toId: managing,
            note: `第${n}次`,
            source: 'test',
          });
        }
        lastMove = `${id}-move-2`;
      }
      const region = workplace === `${p}-ent-wh` ? `${p}-wh-park` : workplace === `${p}-uni` ? `${p}-xn` : null;
      truth.set(id, { workplace, region, lastMove, membership, managing });
    }
    const store = await MemoryGraphStore.open();
    expect((await importBundle(store, bundle)).rejected).toEqual([]);
    const ctx = {
      store,
      scopes: new RegionScopes(store),
      caller: { keyId: 'a', name: 'a', role: 'admin' as const, regionId: null },
    };

    const { items } = await listMobileMembers(ctx);
    const ours = items.filter((m) => m.personId?.startsWith(`${p}-many-`));
    expect(ours).toHaveLength(MANY);
    for (const row of ours) {
      const want = truth.get(row.personId!)!;
      expect({
        membership: row.membership?.id,
        managing: row.managing.map((m) => m.id),
        workplace: row.workplace?.id ?? null,
        region: row.workplaceRegion?.id ?? null,
        lastMove: row.lastMove?.id ?? null,
      }).toEqual({
        membership: want.membership,
        managing: [want.managing],
        workplace: want.workplace,
        region: want.region,
        lastMove: want.lastMove,
      });
      const record = await readMemberRecord(ctx, row.personId!);
      expect(record.workplace).toEqual(row.workplace);
      expect(record.workplaceRegion).toEqual(row.workplaceRegion);
      expect(record.moves.at(-1) ?? null).toEqual(row.lastMove);
      expect(record.moves.map((m) => m.id)).toEqual(
        want.lastMove ? [`${row.personId}-move-1`, `${row.personId}-move-2`] : [],
      );
    }
    // 张伟 of the fixture is still there, with his one move
    expect(items.find((m) => m.personId === `${p}-m1`)?.lastMove?.id).toBe(`${p}-move-1`);
  });
});
