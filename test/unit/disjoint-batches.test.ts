import { cellBatches, partOf, PARTS, runDisjoint, type DisjointBatch } from '../../src/store/neo4j/disjoint-batches';

interface Row {
  from: string;
  to: string;
}
const ends = (row: Row): [{ kind: string; id: string }, { kind: string; id: string }] => [
  { kind: 'Enterprise', id: row.from },
  { kind: 'Enterprise', id: row.to },
];

/** Every ordered pair of n firms: both ends of one kind, every firm in many rows. */
function denseRows(n: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j) rows.push({ from: `firm-${i}`, to: `firm-${j}` });
  return rows;
}

describe('relationship batches that lock disjoint nodes', () => {
  it('spreads ids over every part', () => {
    const counts = new Array<number>(PARTS).fill(0);
    for (let i = 0; i < 4000; i++) counts[partOf(`ent-${i}`)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(4000 / PARTS / 2);
  });

  it('puts every row in one batch of at most the size, and lists every part its rows touch', () => {
    const rows = denseRows(80);
    const batches = cellBatches(rows, 500, ends);
    expect(batches.flatMap((b) => b.rows)).toHaveLength(rows.length);
    expect(new Set(batches.flatMap((b) => b.rows))).toEqual(new Set(rows));
    for (const batch of batches) {
      expect(batch.rows.length).toBeLessThanOrEqual(500);
      const touched = new Set(batch.rows.flatMap((r) => ends(r).map((e) => `${e.kind}#${partOf(e.id)}`)));
      expect(batch.parts).toEqual(touched);
      // a large group's batch holds one cell: at most one part for each end
      expect(batch.parts.size).toBeLessThanOrEqual(2);
    }
  });

  it('keeps a group that fits one batch as one batch', () => {
    const rows = denseRows(10);
    expect(cellBatches(rows, 500, ends)).toHaveLength(1);
    expect(cellBatches([], 500, ends)).toEqual([]);
  });

  it('never runs two batches that share a node, and runs two at once when they share none', async () => {
    const batches = cellBatches(denseRows(120), 300, ends);
    const busy = new Map<string, number>();
    let most = 0;
    let running = 0;
    const done: DisjointBatch<Row>[] = [];
    await runDisjoint(batches, 2, async (batch) => {
      running++;
      most = Math.max(most, running);
      const nodes = new Set(batch.rows.flatMap((r) => [r.from, r.to]));
      for (const node of nodes) {
        expect(busy.get(node) ?? 0).toBe(0);
        busy.set(node, 1);
      }
      await new Promise((resolve) => setTimeout(resolve, 1 + (batch.rows.length % 3)));
      for (const node of nodes) busy.set(node, 0);
      running--;
      done.push(batch);
    });
    expect(done).toHaveLength(batches.length);
    expect(new Set(done)).toEqual(new Set(batches));
    expect(most).toBe(2);
  });

  it('rejects with the first failure once the batches already running have ended', async () => {
    const batches = cellBatches(denseRows(60), 200, ends);
    let running = 0;
    let runningWhenFailed = -1;
    let started = 0;
    const failing = runDisjoint(batches, 2, async () => {
      started++;
      running++;
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
      if (started === 3) throw new Error('batch three failed');
    });
    await expect(failing.finally(() => (runningWhenFailed = running))).rejects.toThrow('batch three failed');
    expect(runningWhenFailed).toBe(0);
    expect(started).toBeLessThan(batches.length);
  });
});
