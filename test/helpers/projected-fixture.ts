import { projectScope } from '../../src/projection/project-scope';
import type { ProjectedGraph } from '../../src/projection/projected-graph';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { chainFixture, loadFixture } from './fixtures';

/** The hand-made lithium slice (chainFixture) in a fresh memory store, projected whole. */
export async function projectedChainFixture(prefix: string): Promise<ProjectedGraph> {
  const store = await MemoryGraphStore.open();
  await loadFixture(store, chainFixture(prefix));
  return projectScope(store, {});
}
