import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { describeRosterImportContract, rosterWorkbook, usccIn } from './roster-import.contract';

describeRosterImportContract('memory', () => MemoryGraphStore.open());

// codes are checked on the memory store alone: GB/T 2260 codes are few, and tests sharing one
// Neo4j database would find each other's regions under the same code
describe("a roster's regions by GB/T 2260 code", () => {
  test('when 所属园区 holds a region code, or only the USCC says where, then the enterprise is located there', async () => {
    const store = await MemoryGraphStore.open();
    await importBundle(store, {
      format: 'redchain-bundle/1',
      regions: [
        { id: 'r-baiyin', name: '白银市', level: 'city', code: '620400' },
        { id: 'r-pingchuan', name: '平川区', level: 'district', code: '620403', parentId: 'r-baiyin' },
      ],
    });
    const row = (uscc: string, name: string, park: string) => [uscc, name, '存续', '', '', '', '', '', park, '', ''];
    const byUscc = usccIn('620403', 'by-uscc');
    const report = await importFile(store, {
      name: 'roster.xlsx',
      content: await rosterWorkbook([row('', '平川甲机械有限公司', '620400000000'), row(byUscc, '乙贸易有限公司', '')]),
    });
    expect(report.rejected).toEqual([]);
    expect(report.notes).toContain(`enterprises[1]: located in r-pingchuan by its USCC's division code 620403`);
    const regionOf = async (id: string) =>
      (
        await store.follow({
          fromKind: 'Enterprise',
          ids: [id],
          type: 'LOCATED_IN',
          direction: 'out',
          toKind: 'Region',
        })
      ).nodes.map((n) => n.id);
    const named = (await store.listNodes('Enterprise')).items;
    expect(await regionOf(named.find((e) => e.props['name'] === '平川甲机械有限公司')!.id)).toEqual(['r-baiyin']);
    expect(await regionOf(`ent-${byUscc}`)).toEqual(['r-pingchuan']);
  });
});
