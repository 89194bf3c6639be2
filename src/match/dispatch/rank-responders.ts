import { RequestKinds, type RequestKind } from '../../domain';
import type { ProjectedGraph, ProjectedNode } from '../../projection/projected-graph';
import { EngineError } from '../engine-error';
import { intoOf, keyOf, nameOf, nodeAt, outOf, regionChain } from '../graph-access';
import { reasonList } from '../reasons';
import { currentLoad, worksText } from '../tackling/expert-facts';
import { DEFAULT_WEIGHTS, weightedScore, type ResponderWeights } from '../weights';
import type { RankedResponders, Responder } from '../../domain/answers/responders.schema';
import { departmentAsk, rankDepartments } from './rank-departments';

/**
 * 派单: who should take an enterprise's request (docs/architecture.md, The engines, in short).
 * Responders are people who instruct enterprises (党建指导员), serve them as 企业秘书 (002) or have
 * skills; each is scored by whether they instruct or serve the raising enterprise (一企一指导员,
 * its 企业秘书: its first responders) or its park, how near they work, whether their
 * skills, title or bio name what the kind of request needs (two of its words make a full fit), and
 * how much they already carry. Departments are ranked beside them (rank-departments.ts).
 */
export const DISPATCH_DEFAULTS = { limit: 10, weights: DEFAULT_WEIGHTS.responders } as const;

/** Words a responder's skills, title or bio should show for each kind of request. */
export const KIND_SKILLS: Record<RequestKind, string[]> = {
  policy: ['政策', '申报', '补贴', '惠企'],
  financing: ['融资', '金融', '贷款', '投资'],
  talent: ['人才', '招聘', '用工', '培训'],
  technology: ['技术', '研发', '攻关'],
  market: ['市场', '供需', '销售', '采购'],
  land: ['用地', '规划', '厂房', '建设'],
  approval: ['审批', '环评', '许可', '政务'],
  safety: ['安全', '应急', '消防', '隐患'],
  other: [],
};

export type { RankedResponders, Responder };

export function rankResponders(
  graph: ProjectedGraph,
  requestId: string,
  { limit = DISPATCH_DEFAULTS.limit, weights = {} }: { limit?: number; weights?: Partial<ResponderWeights> } = {},
): RankedResponders {
  const requestKey = keyOf('Request', requestId);
  const request = nodeAt(graph, requestKey);
  if (!request || request.kind !== 'Request') throw EngineError.notFound(`Request '${requestId}'`);
  const kind = request.props['kind'] as RequestKind;
  const raisedBy = outOf(graph, requestKey, 'RAISED_BY')[0] ?? null;
  // a park-wide action (no one enterprise raised it) lies in the region it names
  const home = raisedBy
    ? (outOf(graph, raisedBy, 'LOCATED_IN')[0] ?? null)
    : (outOf(graph, requestKey, 'IN_REGION')[0] ?? null);
  const asked: AskedFor = {
    kind,
    raisedBy,
    homeChain: regionChain(graph, home),
    wanted: wantedWords(graph, kind, raisedBy),
    weights: { ...DISPATCH_DEFAULTS.weights, ...weights },
  };

  const responders: Responder[] = [];
  graph.forEachNode((key, node) => {
    if (node.kind !== 'Person') return;
    const responder = responderOf(graph, key, node, asked);
    if (responder) responders.push(responder);
  });
  // the enterprise's 企业秘书 are its first responders (002): proposed ahead of everyone else
  const secretaries = new Set(raisedBy ? intoOf(graph, raisedBy, 'SECRETARY_OF').map((k) => nodeAt(graph, k)?.id) : []);
  const first = (r: Responder) => (secretaries.has(r.personId) ? 1 : 0);
  responders.sort((a, b) => first(b) - first(a) || b.score - a.score || a.personId.localeCompare(b.personId));
  return {
    request: { id: request.id, title: nameOf(graph, requestKey), kind },
    responders: responders.slice(0, limit),
    departments: rankDepartments(graph, departmentAsk(graph, request, home)),
  };
}

/** What a request asks of its responders. */
interface AskedFor {
  kind: RequestKind;
  /** The enterprise that raised it (its key). */
  raisedBy: string | null;
  /** The region it lies in and every region above, nearest first. */
  homeChain: string[];
  /** Words a responder's profile should show. */
  wanted: string[];
  weights: ResponderWeights;
}

/** The kind's words, and for a technology request the keywords of the segments the enterprise is in. */
function wantedWords(graph: ProjectedGraph, kind: RequestKind, raisedBy: string | null): string[] {
  return [
    ...KIND_SKILLS[kind],
    ...(kind === 'technology' && raisedBy
      ? outOf(graph, raisedBy, 'IN_SEGMENT').flatMap(
          (s) => (nodeAt(graph, s)?.props['keywords'] as string[] | undefined) ?? [],
        )
      : []),
  ];
}

/** A person scored as a responder to the request; null when they neither instruct it nor fit its kind. */
function responderOf(graph: ProjectedGraph, key: string, node: ProjectedNode, asked: AskedFor): Responder | null {
  const { raisedBy, homeChain } = asked;
  const instructs = outOf(graph, key, 'INSTRUCTS');
  const serves = outOf(graph, key, 'SECRETARY_OF');
  const skills = [...((node.props['skills'] as string[] | undefined) ?? []), String(node.props['title'] ?? '')].filter(
    Boolean,
  );
  // a researcher known only by works (no skills, no title) responds on what the works show
  const works = worksText(graph, key);
  if (instructs.length === 0 && serves.length === 0 && skills.length === 0 && works.trim() === '') return null;
  const secretary = raisedBy !== null && serves.includes(raisedBy);
  const places = [...instructs, ...serves, ...outOf(graph, key, 'WORKS_AT')].map(
    (e) => outOf(graph, e, 'LOCATED_IN')[0] ?? null,
  );
  const levels = places
    .map((r) => regionChain(graph, r).find((x) => homeChain.includes(x)))
    .filter((x): x is string => Boolean(x));
  const nearest = levels.sort((a, b) => homeChain.indexOf(a) - homeChain.indexOf(b))[0];
  const level = nearest ? String(nodeAt(graph, nearest)?.props['level'] ?? '') : '';
  const maxLoad = Number(node.props['maxLoad'] ?? 0);
  const load = currentLoad(graph, key);
  const profile = `${skills.join(' ')} ${String(node.props['bio'] ?? '')} ${works}`;
  const components = {
    instructor:
      (raisedBy && instructs.includes(raisedBy)) || secretary
        ? 1
        : nearest && level === 'park' && instructs.length > 0
          ? 0.5
          : 0,
    region: ({ park: 1, district: 0.85, city: 0.7, province: 0.4 } as Record<string, number>)[level] ?? 0,
    skills: Math.min(1, asked.wanted.filter((word) => profile.includes(word)).length / 2),
    availability: maxLoad > 0 ? Math.max(0, 1 - load / maxLoad) : 0,
  };
  if (components.instructor === 0 && components.skills === 0) return null;
  const { say, list } = reasonList();
  if (secretary) say('该企业的企业秘书（首位响应人）', 'the enterprise’s own enterprise secretary (first responder)');
  if (components.instructor === 1 && raisedBy && instructs.includes(raisedBy))
    say(`该企业的党建指导员（一企一指导员）`, 'the enterprise’s own party-building instructor');
  else if (components.instructor > 0) say('指导同园区企业', 'instructs enterprises in the same park');
  if (components.skills > 0)
    say(`擅长${RequestKinds.zh[asked.kind]}相关事项`, `skills fit a ${RequestKinds.en[asked.kind]} request`);
  if (nearest) say(`同在${nameOf(graph, nearest)}`, `also in ${nameOf(graph, nearest)}`);
  say(`当前承办 ${load}/${maxLoad}`, `carrying ${load} of ${maxLoad}`);
  return {
    personId: node.id,
    name: nameOf(graph, key),
    score: Math.round(weightedScore(components, asked.weights) * 1000) / 1000,
    components,
    load: { current: load, max: maxLoad },
    reasons: list,
  };
}
