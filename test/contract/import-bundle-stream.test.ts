import { readdirSync } from 'node:fs';
import os from 'node:os';
import { Readable } from 'node:stream';
import { CHUNK_RECORDS, importBundle } from '../../src/ingest/import-bundle.use-case';
import { importBundleFile } from '../../src/ingest/import-bundle-stream';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importFile } from '../../src/ingest/import-file.use-case';
import type { ImportReport } from '../../src/ingest/import-report';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import type { NodeKind } from '../../src/domain';
import { tradeTag, validBundle } from '../helpers/bundle-fixture';

/** The import ledgers on disk now (import-ledger.ts): each import removes its own. */
const ledgerDirs = (): string[] =>
  readdirSync(os.tmpdir()).filter((name) => name.startsWith('redchain-import-ledger-'));

/** A graph that knows three companies, one under a short name two share (an ambiguous name). */
async function knownGraph(p: string): Promise<MemoryGraphStore> {
  const tag = tradeTag(p);
  const store = await MemoryGraphStore.open();
  const base = validBundle(p);
  base.enterprises!.push({ id: `${p}-zjcc`, name: `江苏省${tag}船厂（集团）有限公司`, regionId: `${p}-park` });
  base.enterprises!.push({ id: `${p}-md1`, name: `${tag}冰箱有限公司`, aliases: [`${tag}电器`] });
  base.enterprises!.push({ id: `${p}-md2`, name: `${tag}洗衣机有限公司`, aliases: [`${tag}电器`] });
  expect((await importBundle(store, base)).rejected).toEqual([]);
  return store;
}

/** The report's lists in a stable order (a chunk reports its records together). */
function settled(report: ImportReport): ImportReport {
  const byPosition = <T extends { position: string }>(list: T[]) =>
    [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    ...report,
    rejected: byPosition(report.rejected),
    review: byPosition(report.review),
    notes: [...report.notes].sort(),
  };
}

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

  test('when a file spans many chunks, then each chunk is checked against the earlier ones as if the file were one: repeats, names, links, held records', async () => {
    const p = 'stream-ledger-graph';
    const q = 'stream-ledger';
    const tag = tradeTag(p);
    const own = tradeTag(q);
    const bundle = validBundle(q);
    const uscc = '91350100M000100Y43';
    bundle.enterprises!.push(
      { id: `${q}-twice-a`, name: `${own}重型机械有限公司`, regionId: `${q}-park` },
      { id: `${q}-uscc-a`, name: `${own}精密铸造有限公司`, uscc },
      { id: `${q}-new-zj`, name: `${tag}船厂` }, // the graph's shipyard, by its core name
      { id: `${q}-new-md`, name: `${tag}电器` }, // two of the graph's companies: held
      { id: `${q}-ent-1`, name: `${own}重复有限公司` }, // a repeated id, many chunks after the first
      { id: `${q}-twice-b`, name: `${own}重型机械有限公司` }, // the same company given again
      { id: `${q}-uscc-b`, name: `${own}铸造厂`, uscc }, // the same registration, another name
      { id: `${q}-ent-1`, name: `${own}又一重复有限公司` }, // repeated again: still named against the first
    );
    bundle.supplies!.push(
      { from: `${q}-twice-b`, to: `${q}-ent-0`, source: 'test' },
      { from: `${q}-uscc-b`, to: `${q}-new-zj`, source: 'test' },
      { from: `${q}-new-md`, to: `${q}-ent-0`, source: 'test' },
      { from: `${q}-ent-2`, to: `${q}-nowhere`, source: 'test' },
    );
    const whole = await knownGraph(p);
    const expected = await importBundle(whole, bundle);
    const streamedInto = await knownGraph(p);
    const before = ledgerDirs();
    const dirsDuring = new Set<string>();
    const upsertNodes = streamedInto.upsertNodes.bind(streamedInto);
    streamedInto.upsertNodes = async (kind: NodeKind, records: Record<string, unknown>[]) => {
      for (const dir of ledgerDirs()) if (!before.includes(dir)) dirsDuring.add(dir);
      return upsertNodes(kind, records);
    };
    const streamed = await importBundleFile(streamedInto, servedInPieces(JSON.stringify(bundle), 211).open, {
      chunkRecords: 3,
    });

    // three records a chunk: the ledger was on disk, and is gone
    expect(dirsDuring.size).toBe(1);
    expect(ledgerDirs().filter((dir) => !before.includes(dir))).toEqual([]);
    expect(settled(streamed)).toEqual(settled(expected));
    expect(await exportBundle(streamedInto)).toEqual(await exportBundle(whole));
    // what the equality stands on: each decision reached across chunks
    expect(streamed.rejected.filter((r) => r.id === `${q}-ent-1`).map((r) => [r.position, r.reason])).toEqual([
      ['enterprises[44]', `duplicate id '${q}-ent-1', first at enterprises[1]`],
      ['enterprises[47]', `duplicate id '${q}-ent-1', first at enterprises[1]`],
    ]);
    expect(streamed.rejected).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: `${q}-ent-1`,
          field: 'id',
          reason: `duplicate id '${q}-ent-1', first at enterprises[1]`,
        }),
        expect.objectContaining({ section: 'supplies', reason: expect.stringContaining(`'${q}-nowhere'`) }),
      ]),
    );
    expect(streamed.linked.map((l) => [l.incomingId, l.linkedTo])).toEqual([
      [`${q}-new-zj`, `${p}-zjcc`],
      [`${q}-twice-b`, `${q}-twice-a`],
      [`${q}-uscc-b`, `${q}-uscc-a`],
    ]);
    expect(streamed.review.map((r) => r.position)).toEqual([
      'enterprises[43]',
      `supplies[${bundle.supplies!.length - 2}]`,
    ]);
    const ties = await streamedInto.follow({
      fromKind: 'Enterprise',
      ids: [`${q}-twice-a`, `${q}-uscc-a`],
      type: 'SUPPLIES',
      direction: 'out',
      toKind: 'Enterprise',
    });
    expect(ties.nodes.map((n) => n.id).sort()).toEqual([`${q}-ent-0`, `${p}-zjcc`]);
  });

  test('when a streamed import fails part way, then its ledger on disk is removed all the same', async () => {
    const before = ledgerDirs();
    const store = await MemoryGraphStore.open();
    let writes = 0;
    const upsertNodes = store.upsertNodes.bind(store);
    store.upsertNodes = async (kind: NodeKind, records: Record<string, unknown>[]) => {
      if (++writes === 3) throw new Error('the store went away');
      return upsertNodes(kind, records);
    };
    await expect(
      importBundleFile(store, servedInPieces(JSON.stringify(validBundle('stream-fail')), 501).open, {
        chunkRecords: 4,
      }),
    ).rejects.toThrow('the store went away');
    expect(ledgerDirs().filter((dir) => !before.includes(dir))).toEqual([]);
  });
});
