import { NODE_KINDS, type NodeKind } from '../domain';
import type { GraphStore } from '../store/graph-store';
import { generateDemoWorld } from '../../seeds/generate/demo-world';
import { importBundle } from './import-bundle.use-case';
import type { ImportReport } from './import-report';

/**
 * Loads the demo world: the articles' dataset inside a generated surrounding whose every record is
 * marked `synthetic` (seeds/generate/demo-world.ts). Same every time; safe to run again.
 */
export async function seedDemo(
  store: GraphStore,
  options: { enterprises?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ report: ImportReport; counts: Record<NodeKind, number> }> {
  const bundle = generateDemoWorld(options.enterprises !== undefined ? { enterprises: options.enterprises } : {});
  const report = await importBundle(store, bundle, options.onProgress ? { onProgress: options.onProgress } : {});
  const counts = {} as Record<NodeKind, number>;
  for (const kind of NODE_KINDS) counts[kind] = await store.countNodes(kind);
  return { report, counts };
}
