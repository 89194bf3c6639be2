import { NODE_KINDS, type NodeKind } from '../domain';
import type { GraphStore } from '../store/graph-store';
import { importBundle } from './import-bundle.use-case';
import type { ImportReport } from './import-report';
import { articlesBundle } from './seed-files';

/** Loads the chain templates and the articles' records; safe to run again (nothing changes). */
export async function seedArticles(
  store: GraphStore,
  onProgress?: (done: number, total: number) => void,
): Promise<{ report: ImportReport; counts: Record<NodeKind, number> }> {
  const report = await importBundle(store, articlesBundle(), { ...(onProgress ? { onProgress } : {}) });
  const counts = {} as Record<NodeKind, number>;
  for (const kind of NODE_KINDS) counts[kind] = await store.countNodes(kind);
  return { report, counts };
}
