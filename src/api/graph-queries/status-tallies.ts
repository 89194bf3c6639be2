import type { ProjectedGraph } from '../../projection/projected-graph';

/** Where the tackling list and the service loop stand: problems and requests by status, requests overdue. */
export interface StatusTallies {
  problems: Record<string, number>;
  requests: Record<string, number>;
  overdueRequests: number;
}

/** Requests still waiting on someone: past their due date, they count as overdue. */
const OPEN_REQUEST = new Set(['raised', 'dispatched', 'accepted']);

export function statusTallies(graph: ProjectedGraph, now = Date.now()): StatusTallies {
  const problems: Record<string, number> = {};
  const requests: Record<string, number> = {};
  let overdueRequests = 0;
  graph.forEachNode((_key, node) => {
    const status = String(node.props['status'] ?? '');
    if (node.kind === 'Problem') problems[status] = (problems[status] ?? 0) + 1;
    if (node.kind !== 'Request') return;
    requests[status] = (requests[status] ?? 0) + 1;
    const dueAt = node.props['dueAt'];
    if (OPEN_REQUEST.has(status) && typeof dueAt === 'string' && Date.parse(dueAt) < now) overdueRequests++;
  });
  return { problems, requests, overdueRequests };
}
