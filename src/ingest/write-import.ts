import type { NodeKind, RelInput } from '../domain';
import type { GraphStore } from '../store/graph-store';
import type { ImportReport } from './import-report';
import { mergeEnterpriseFields } from './merge-enterprise-fields';

export interface ImportWrite {
  /** Node records by kind, in the order kinds must be written (referenced before referencing). */
  nodes: Map<NodeKind, Record<string, unknown>[]>;
  rels: RelInput[];
  /**
   * Linked incoming enterprises: the name is added to the existing enterprise's aliases and the
   * row's `fields` are merged onto it (mergeEnterpriseFields: what it lacks is filled).
   */
  aliases: { kind: NodeKind; id: string; alias: string; fields: Record<string, unknown> }[];
}

const PROGRESS_BATCH = 5000;

/** Writes the plan in batches, reporting progress and the created / updated / unchanged counts. */
export async function writeImport(
  store: GraphStore,
  plan: ImportWrite,
  report: ImportReport,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const total =
    [...plan.nodes.values()].reduce((n, list) => n + list.length, 0) + plan.rels.length + plan.aliases.length;
  let done = 0;
  onProgress?.(done, total);
  for (const [kind, records] of plan.nodes) {
    for (let i = 0; i < records.length; i += PROGRESS_BATCH) {
      const batch = records.slice(i, i + PROGRESS_BATCH);
      const count = await store.upsertNodes(kind, batch);
      report.written.nodesCreated += count.created;
      report.written.nodesUpdated += count.updated;
      report.written.nodesUnchanged += count.unchanged;
      onProgress?.((done += batch.length), total);
    }
  }
  for (const { kind, id, alias, fields } of plan.aliases) {
    const node = await store.getNode(kind, id);
    if (node) {
      const { createdAt: _c, updatedAt: _u, ...props } = node.props;
      // merged against the node as it is now: a re-import fills nothing twice and changes nothing
      const merged = { ...props, ...mergeEnterpriseFields(props, fields).patch };
      const current = (merged['aliases'] as string[] | undefined) ?? [];
      if (alias !== merged['name'] && !current.includes(alias)) merged['aliases'] = [...current, alias];
      const count = await store.upsertNodes(kind, [merged]);
      report.written.nodesUpdated += count.updated;
      report.written.nodesUnchanged += count.unchanged;
    }
    onProgress?.(++done, total);
  }
  for (let i = 0; i < plan.rels.length; i += PROGRESS_BATCH) {
    const batch = plan.rels.slice(i, i + PROGRESS_BATCH);
    const count = await store.upsertRelationships(batch);
    report.written.relsCreated += count.created;
    report.written.relsUpdated += count.updated;
    report.written.relsUnchanged += count.unchanged;
    onProgress?.((done += batch.length), total);
  }
}
