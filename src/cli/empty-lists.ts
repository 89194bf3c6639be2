import { keyOf, outOf } from '../match/graph-access';
import type { ProjectedGraph } from '../projection/projected-graph';
import type { Direction, PartnerResult } from '../match/partners/find-partners';
import type { TacklingResult } from '../match/tackling/tackling-result';
import type { ChainMap } from '../match/gaps/chain-map';

/**
 * Why a list the command prints is empty, read from the graph and the engine's answer: nothing
 * to rank at all (no experts in the data) differs from candidates that were all left out, and a
 * user should know which. Each answer is what follows 「无」 in `候选专家：无（…）`.
 */

export function noPartnersBecause(graph: ProjectedGraph, result: PartnerResult, direction: Direction): string {
  const self = keyOf('Enterprise', result.enterprise.id);
  const side = direction === 'upstream' ? '上游' : '下游';
  if (outOf(graph, self, 'IN_SEGMENT').length === 0 && outOf(graph, self, 'NEEDS').length === 0)
    return '该企业尚未挂链，也未填报需求，无从推算上下游';
  if (result.existing.length > 0) return `${side}可配套的企业均已与其有供应关系（见下）`;
  return `图谱中没有其他企业处在它的${side}环节或提供它的需求`;
}

export function noExpertsBecause(graph: ProjectedGraph, result: TacklingResult): string {
  if (result.excluded.length > 0)
    return `相关专家均供职于发榜单位，已按利益回避排除（${result.excluded.map((e) => e.name).join('、')}）`;
  if (!someNode(graph, 'Person', (props, key) => hasProfile(props) || outOf(graph, key, 'AUTHORED').length > 0))
    return '图谱中没有任何有作品、技能或简介的专家';
  return '没有专家的作品或技能与此难题相关';
}

export function noInstitutionsBecause(graph: ProjectedGraph): string {
  if (!someNode(graph, 'Institution', () => true)) return '图谱中没有任何高校或科研机构';
  return '没有机构的研究方向与此难题相关';
}

export function noLeadsBecause(map: ChainMap): string {
  if (!map.segments.some((s) => s.status === 'missing' || s.status === 'weak'))
    return '各环节均已良好或强，没有需要补的缺口';
  return '区外没有企业生产缺失或薄弱的环节';
}

export function noRespondersBecause(graph: ProjectedGraph): string {
  if (!someNode(graph, 'Person', (props, key) => hasProfile(props) || outOf(graph, key, 'INSTRUCTS').length > 0))
    return '图谱中没有党建指导员，也没有列明技能的人员';
  return '没有人员指导该企业或其园区，也没有人员的技能与此诉求相符';
}

function hasProfile(props: Record<string, unknown>): boolean {
  const skills = props['skills'];
  return (Array.isArray(skills) && skills.length > 0) || Boolean(props['bio']) || Boolean(props['title']);
}

function someNode(
  graph: ProjectedGraph,
  kind: string,
  test: (props: Record<string, unknown>, key: string) => boolean,
): boolean {
  return graph.someNode((key, node) => node.kind === kind && test(node.props, key));
}
