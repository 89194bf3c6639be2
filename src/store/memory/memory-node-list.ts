import { isUndirected, type NodeKind } from '../../domain';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/cursor';
import { relatedIds, type GraphNode, type ListQuery, type Page } from '../graph-store';
import { nodeKey } from '../../domain/node-key';
import { toGraphNode } from './memory-traversal';
import type { MemoryGraph, MemoryNodeAttributes } from './memory-types';

/**
 * The memory store's listing of one kind of node, page by page: ids kept sorted per kind until a
 * node of that kind is added or dropped, a page found after its cursor by binary search, and
 * filtered by properties and by a relationship to another node.
 */
export class MemoryNodeList {
  private readonly idIndex = new Map<NodeKind, string[]>();

  constructor(private readonly graph: MemoryGraph) {}

  /** A node of this kind was added or dropped: its sorted ids are read again when next asked. */
  forget(kind: NodeKind): void {
    this.idIndex.delete(kind);
  }

  count(kind: NodeKind): number {
    return this.sortedIds(kind).length;
  }

  /** One page of the nodes of a kind, in id order, after the query's cursor and filtered by it. */
  page(kind: NodeKind, query: ListQuery): Page<GraphNode> {
    const limit = pageSize(query.limit);
    const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
    const ids = this.sortedIds(kind);
    const page: MemoryNodeAttributes[] = [];
    let more = false;
    for (let i = after === null ? 0 : firstAfter(ids, after); i < ids.length; i++) {
      const key = nodeKey(kind, ids[i] as string);
      const attributes = this.graph.getNodeAttributes(key);
      if (query.where && !matchesWhere(attributes.props, query.where)) continue;
      if (query.related && !this.isRelated(key, query.related)) continue;
      if (page.length === limit) {
        more = true;
        break;
      }
      page.push(attributes);
    }
    const last = page[page.length - 1];
    return { items: page.map(toGraphNode), nextCursor: more && last ? encodeCursor(last.id) : null };
  }

  private isRelated(key: string, related: NonNullable<ListQuery['related']>): boolean {
    return relatedIds(related.node).some((id) => {
      const other = nodeKey(related.node.kind, id);
      if (!this.graph.hasNode(other)) return false;
      const edges = isUndirected(related.type)
        ? [...this.graph.edges(key, other), ...this.graph.edges(other, key)]
        : related.direction === 'out'
          ? this.graph.edges(key, other)
          : this.graph.edges(other, key);
      return edges.some((edge) => this.graph.getEdgeAttribute(edge, 'type') === related.type);
    });
  }

  /** Ids of one kind in order, kept until a node of that kind is added or dropped: not to be changed. */
  sortedIds(kind: NodeKind): readonly string[] {
    let ids = this.idIndex.get(kind);
    if (!ids) {
      ids = [];
      this.graph.forEachNode((_key, attributes) => {
        if (attributes.kind === kind) ids!.push(attributes.id);
      });
      ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.idIndex.set(kind, ids);
    }
    return ids;
  }
}

/** The index of the first id greater than `after` (binary search). */
function firstAfter(ids: readonly string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ids[mid] as string) <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}

function matchesWhere(props: Record<string, unknown>, where: Record<string, string | number | boolean>): boolean {
  return Object.entries(where).every(([field, wanted]) => {
    const value = props[field];
    return Array.isArray(value) ? value.includes(wanted) : value === wanted;
  });
}
