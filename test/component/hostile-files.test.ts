import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { importFile } from '../../src/ingest/import-file.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

/** A park with one region, for enterprise rows to land in. */
async function emptyPark(): Promise<MemoryGraphStore> {
  const store = await MemoryGraphStore.open();
  await importBundle(store, {
    format: 'redchain-bundle/1',
    regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
  });
  return store;
}

describe('hostile CSV files', () => {
  test('when row 52 of a 200-row CSV has a stray quote, then that row is rejected naming its own line and the other 199 land', async () => {
    const store = await emptyPark();
    const lines = ['编号,名称,地区'];
    for (let row = 1; row <= 200; row++)
      lines.push(
        row === 52 ? `e-${row},"镇江第${row}船舶配套有限公司,r-zj` : `e-${row},镇江第${row}船舶配套有限公司,r-zj`,
      );
    const report = await importFile(store, { name: '企业.csv', content: Buffer.from(lines.join('\r\n')) });
    // the header is line 1, so data row 52 is line 53
    expect(report.rejected).toEqual([
      {
        section: 'enterprises',
        position: 'enterprises line 53',
        line: 53,
        field: 'row',
        reason: 'a quote (") opens a field here and is never closed; double a quote inside a field',
      },
    ]);
    expect(report.counts.enterprises).toEqual({ received: 200, imported: 199, rejected: 1, held: 0 });
    expect(await store.getNode('Enterprise', 'e-52')).toBeNull();
    for (const id of ['e-1', 'e-51', 'e-53', 'e-200']) expect(await store.getNode('Enterprise', id)).not.toBeNull();
  });

  test('when the header row itself has broken quoting, then the file is refused naming line 1', async () => {
    const store = await emptyPark();
    await expect(
      importFile(store, { name: '企业.csv', content: Buffer.from('编号,"名称,地区\ne-1,镇江甲有限公司,r-zj\n') }),
    ).rejects.toThrow('企业.csv line 1 (the header row): a quote (") opens a field here and is never closed');
  });
});
