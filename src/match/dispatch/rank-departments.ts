import { RequestKinds, type RequestKind } from '../../domain';
import type { DepartmentResponder } from '../../domain/answers/responders.schema';
import type { ProjectedGraph, ProjectedNode } from '../../projection/projected-graph';
import { edgeProps, intoOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';
import { reasonList } from '../reasons';
import { DEFAULT_WEIGHTS, weightedScore, type DepartmentWeights } from '../weights';

/**
 * 部门接单: which departments should take a request (004: 企业点单、党委派单、部门接单). A department
 * is scored by whether its remit names the request's kind, how many of its topics the request's
 * title and description show (two make a full fit), how near it sits to the raising enterprise
 * (a department of another park or city is not proposed), and how much it already carries: the
 * open requests it was called to and has not closed (销号) against its maxLoad.
 */
export const DEPARTMENT_DEFAULTS = { limit: 5, weights: DEFAULT_WEIGHTS.departments } as const;

const OPEN_REQUEST = new Set(['raised', 'dispatched', 'accepted']);
const LEVEL_FIT: Record<string, number> = { park: 1, district: 0.85, city: 0.7, province: 0.4 };

/** What the request asks of a department. */
export interface DepartmentAsk {
  kind: RequestKind;
  /** The request's title and description. */
  text: string;
  /** The raising enterprise's region and those above it, nearest first. */
  homeChain: string[];
}

/** The request's departments, best first; those that fit neither by remit nor by topic are left out. */
export function rankDepartments(
  graph: ProjectedGraph,
  ask: DepartmentAsk,
  { limit = DEPARTMENT_DEFAULTS.limit, weights = {} }: { limit?: number; weights?: Partial<DepartmentWeights> } = {},
): DepartmentResponder[] {
  const w = { ...DEPARTMENT_DEFAULTS.weights, ...weights };
  const found: DepartmentResponder[] = [];
  graph.forEachNode((key, node) => {
    if (node.kind !== 'Department') return;
    const candidate = departmentOf(graph, key, node, ask, w);
    if (candidate) found.push(candidate);
  });
  found.sort((a, b) => b.score - a.score || a.departmentId.localeCompare(b.departmentId));
  return found.slice(0, limit);
}

/** Requests still open that called the department and whose part it has not closed (销号). */
export function departmentLoad(graph: ProjectedGraph, key: string): number {
  return intoOf(graph, key, 'CALLS').filter(
    (request) =>
      OPEN_REQUEST.has(String(nodeAt(graph, request)?.props['status'])) &&
      edgeProps(graph, request, key, 'CALLS')?.['status'] !== 'closed',
  ).length;
}

function departmentOf(
  graph: ProjectedGraph,
  key: string,
  node: ProjectedNode,
  ask: DepartmentAsk,
  weights: DepartmentWeights,
): DepartmentResponder | null {
  const region = outOf(graph, key, 'IN_REGION')[0] ?? null;
  // a department serves its own place and what lies below it
  if (region && !ask.homeChain.includes(region)) return null;
  const remit = (node.props['remit'] as string[] | undefined) ?? [];
  const topics = [...((node.props['topics'] as string[] | undefined) ?? [])];
  const shown = topics.filter((topic) => ask.text.includes(topic));
  const maxLoad = Number(node.props['maxLoad'] ?? 20);
  const load = departmentLoad(graph, key);
  const level = region ? String(nodeAt(graph, region)?.props['level'] ?? '') : '';
  const components = {
    remit: remit.includes(ask.kind) ? 1 : 0,
    topics: Math.min(1, shown.length / 2),
    region: LEVEL_FIT[level] ?? 0,
    availability: maxLoad > 0 ? Math.max(0, 1 - load / maxLoad) : 0,
  };
  if (components.remit === 0 && components.topics === 0) return null;
  const { say, list } = reasonList();
  if (components.remit > 0)
    say(`职责涵盖${RequestKinds.zh[ask.kind]}`, `its remit covers ${RequestKinds.en[ask.kind]}`);
  if (shown.length > 0) say(`诉求涉及「${shown.join('、')}」`, `the request mentions ${shown.join(', ')}`);
  if (region) say(`服务${nameOf(graph, region)}`, `serves ${nameOf(graph, region)}`);
  say(`在办诉求 ${load}/${maxLoad}`, `open requests ${load} of ${maxLoad}`);
  return {
    departmentId: node.id,
    name: nameOf(graph, key),
    score: Math.round(weightedScore(components, weights) * 1000) / 1000,
    components,
    load: { current: load, max: maxLoad },
    reasons: list,
  };
}

/** The ask of a request as the projection holds it. */
export function departmentAsk(graph: ProjectedGraph, request: ProjectedNode, home: string | null): DepartmentAsk {
  return {
    kind: request.props['kind'] as RequestKind,
    text: `${String(request.props['title'] ?? '')} ${String(request.props['description'] ?? '')}`,
    homeChain: regionChain(graph, home),
  };
}
