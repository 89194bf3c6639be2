/**
 * tsx bench/patch.child.ts [enterprises] [edits]: an edit of one enterprise's description → its
 * own two partner lists, on a generated province in the memory store (default 20,000
 * enterprises, 12 edits each way). "In place" patches the projection and lets each derived
 * structure absorb the change (src/projection/derived.ts); "recompile" patches it and drops every
 * structure, as every patch did before issue 18, so the lists wait for the enterprise space,
 * partner texts and trust graph to be built again. The two alternate edit by edit in one
 * process (the order swapped each time), so both see the same machine. Prints progress lines,
 * then one JSON line of figures.
 */
import { performance } from 'node:perf_hooks';
import { generateProvince } from '../seeds/generate/generate-province';
import { Prng } from '../seeds/generate/prng';
import { importBundle } from '../src/ingest/import-bundle.use-case';
import { findPartners } from '../src/match/partners/find-partners';
import { forgetDerived } from '../src/projection/derived';
import { patchProjection } from '../src/projection/patch-projection';
import { projectScope } from '../src/projection/project-scope';
import { idsOfKind } from '../src/projection/projected-graph';
import { MemoryGraphStore } from '../src/store/memory/memory-graph-store';
import { median } from './bench-util';

const WORDS = ['船用钢板', '激光雷达', '锂电池正极材料', '智能制造装备', '精密铸造', '港口物流服务'];

async function main(): Promise<void> {
  const enterprises = Number(process.argv[2] ?? 20_000);
  const edits = Number(process.argv[3] ?? 12);
  const store = await MemoryGraphStore.open();
  const { bundle } = generateProvince({ enterprises, seed: 20261124 });
  const report = await importBundle(store, bundle, { keepHistory: false });
  if (report.rejected.length > 0) throw new Error(`${report.rejected.length} records rejected`);
  const graph = await projectScope(store, {});
  const ids = idsOfKind(graph, 'Enterprise').sort();
  const random = new Prng(18);
  const ownLists = (id: string) =>
    (['upstream', 'downstream'] as const).map((direction) => findPartners(graph, { enterpriseId: id, direction }));
  ownLists(ids[0]!); // the structures exist before the first edit, as in a worker that has run

  const timed = async (recompile: boolean, n: number) => {
    const id = random.pick(ids);
    const { createdAt: _c, updatedAt: _u, ...props } = (await store.getNode('Enterprise', id))!.props;
    await store.upsertNodes('Enterprise', [{ ...props, description: `第${n}次修改：专注${random.pick(WORDS)}` }]);
    const started = performance.now();
    // before: every structure dropped, none offered the change (the patch then costs its reads alone)
    if (recompile) forgetDerived(graph);
    const patched = await patchProjection(store, graph, [{ kind: 'Enterprise', ids: [id] }]);
    const patchMs = performance.now() - started;
    ownLists(id);
    const totalMs = performance.now() - started;
    // the next edit starts from built structures either way (the rebuild is not charged twice)
    if (recompile) ownLists(ids[0]!);
    return { patchMs, totalMs, dropped: patched.dropped };
  };

  const inPlace: { patchMs: number; totalMs: number }[] = [];
  const recompiled: { patchMs: number; totalMs: number }[] = [];
  const dropped = new Set<string>();
  for (let n = 0; n < edits; n++) {
    for (const recompile of n % 2 === 0 ? [false, true] : [true, false]) {
      const figure = await timed(recompile, n);
      (recompile ? recompiled : inPlace).push(figure);
      if (!recompile) figure.dropped.forEach((name) => dropped.add(name));
    }
    process.stderr.write(
      `edit ${n + 1}/${edits}: in place ${inPlace.at(-1)!.totalMs.toFixed(0)} ms, recompile ${recompiled.at(-1)!.totalMs.toFixed(0)} ms\n`,
    );
  }
  const medians = (list: { patchMs: number; totalMs: number }[]) => ({
    patchMs: median(list.map((f) => f.patchMs)),
    totalMs: median(list.map((f) => f.totalMs)),
  });
  process.stdout.write(
    `${JSON.stringify({ enterprises: ids.length, edits, inPlace: medians(inPlace), recompile: medians(recompiled), droppedInPlace: [...dropped] })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
