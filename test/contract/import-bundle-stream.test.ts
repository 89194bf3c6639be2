import { Readable } from 'node:stream';
import { CHUNK_RECORDS, importBundle } from '../../src/ingest/import-bundle.use-case';
import { importBundleFile } from '../../src/ingest/import-bundle-stream';
import { importFile } from '../../src/ingest/import-file.use-case';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import type { NodeKind } from '../../src/domain';
import { validBundle } from '../helpers/bundle-fixture';

/** A file served in small pieces, counting how many bytes have been handed out. */
function servedInPieces(text: string, piece = 4096): { open: () => Readable; served: () => number } {
  const bytes = Buffer.from(text, 'utf8');
  let served = 0;
  return {
    open: () => {
      served = 0;
      return Readable.from(
        (function* () {
          for (let at = 0; at < bytes.length; at += piece) {
            served = Math.min(bytes.length, at + piece);
            yield bytes.subarray(at, at + piece);
          }
        })(),
      );
    },
    served: () => served,
  };
}

describe('a bundle file imported as a stream', () => {
  test('when a section is longer than a chunk, then its first records are written before the file has been read to its end', async () => {
    const chains = Array.from({ length: CHUNK_RECORDS + 500 }, (_, i) => ({ id: `stream-chain-${i}`, name: `链${i}` }));
    const text = JSON.stringify({ format: 'redchain-bundle/1', chains });
    const file = servedInPieces(text);
    const store = await MemoryGraphStore.open();
    const servedAtWrites: number[] = [];
    const upsertNodes = store.upsertNodes.bind(store);
    store.upsertNodes = async (kind: NodeKind, records: Record<string, unknown>[]) => {
      servedAtWrites.push(file.served());
      return upsertNodes(kind, records);
    };
    const report = await importBundleFile(store, file.open);
    expect(report.counts.chains).toEqual({
      received: CHUNK_RECORDS + 500,
      imported: CHUNK_RECORDS + 500,
      rejected: 0,
      held: 0,
    });
    expect(servedAtWrites.length).toBeGreaterThan(0);
    // parsing the whole file first would have read every byte before writing anything
    expect(servedAtWrites[0]).toBeLessThan(Buffer.byteLength(text));
  }, 120_000);

  test('when sections come before what they reference, then the import is the same as of the bundle in its usual order', async () => {
    const bundle = validBundle('stream-order');
    const reversed = Object.fromEntries(Object.entries(bundle).reverse());
    const inOrder = await importBundle(await MemoryGraphStore.open(), bundle);
    const progress: [number, number][] = [];
    const streamed = await importBundleFile(
      await MemoryGraphStore.open(),
      servedInPieces(JSON.stringify(reversed), 97).open,
      {
        onProgress: (done, total) => progress.push([done, total]),
      },
    );
    expect(streamed.counts).toEqual(inOrder.counts);
    expect(streamed.written).toEqual(inOrder.written);
    expect(streamed.rejected).toEqual([]);
    const total = Object.values(inOrder.counts).reduce((n, c) => n + c.received, 0);
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
  });

  test('when a record is broken, then it alone is rejected with its position and the good ones land', async () => {
    const bundle = validBundle('stream-bad');
    const enterprises = bundle.enterprises!.map((e, i) => (i === 3 ? { ...e, name: '' } : e));
    const text = JSON.stringify({ ...bundle, enterprises });
    const report = await importFile(await MemoryGraphStore.open(), { name: 'b.json', content: Buffer.from(text) });
    expect(report.rejected.filter((r) => r.section === 'enterprises').map((r) => [r.position, r.field])).toEqual([
      ['enterprises[3]', 'name'],
    ]);
    expect(report.counts.enterprises).toMatchObject({ received: enterprises.length, imported: enterprises.length - 1 });
  });

  test('when the format is wrong or a record is not JSON, then nothing is written and the error says why', async () => {
    const store = await MemoryGraphStore.open();
    const wrong = JSON.stringify({ chains: [{ id: 'c-1', name: '链' }], format: 'other/9' });
    await expect(importBundleFile(store, servedInPieces(wrong).open)).rejects.toThrow(
      "format must be 'redchain-bundle/1'",
    );
    const broken = '{"format":"redchain-bundle/1","chains":[{"id":"c-1","name":"链"},{"id": oops}]}';
    await expect(importFile(store, { name: 'x.json', content: Buffer.from(broken) })).rejects.toThrow(
      'x.json is not valid JSON',
    );
    expect((await store.listNodes('Chain')).items).toEqual([]);
  });
});
