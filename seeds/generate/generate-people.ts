import type { GeneratedChains, GeneratedSegment } from './generate-chains';
import type { GeneratedEnterprises } from './generate-enterprises';
import type { GeneratedOrganisations } from './generate-organisations';
import type { GeneratedRegion } from './generate-regions';
import type { Prng } from './prng';
import { pushTo } from './push-to';
import { GIVEN_CHARS, PROBLEM_GOALS, SURNAMES, TITLES, WORK_METHODS } from './vocabulary';

type Rec = Record<string, unknown>;

export interface GeneratedPeople {
  people: Rec[];
  works: Rec[];
  problems: Rec[];
  teams: Rec[];
  requests: Rec[];
  /** Ground truth: for each problem, the experts who truly fit it. */
  expertFits: Record<string, string[]>;
}

interface Expert {
  id: string;
  orgId: string;
  segments: GeneratedSegment[];
  skills: string[];
}

/**
 * People and what they make: experts (at institutions and enterprises, with skills from the
 * segments they work in, and works on those skills), party-building instructors assigned to
 * enterprises of one park, chain chiefs; problems posted by enterprises with the skills they
 * need; teams on claimed problems; requests in the service loop. The experts who truly fit a
 * problem (its segment among theirs and at least half its skills) are kept as ground truth.
 */
export function generatePeople(
  scale: { experts: number; works: number; problems: number },
  regions: GeneratedRegion[],
  chains: GeneratedChains,
  ents: GeneratedEnterprises,
  orgs: GeneratedOrganisations,
  prng: Prng,
): GeneratedPeople {
  const people: Rec[] = [];
  const experts: Expert[] = [];
  const leavesByChain = new Map<string, GeneratedSegment[]>();
  for (const leaf of chains.leaves) pushTo(leavesByChain, leaf.chainId, leaf);
  const personName = () =>
    `${prng.pick(SURNAMES)}${prng.pick(GIVEN_CHARS)}${prng.chance(0.6) ? prng.pick(GIVEN_CHARS) : ''}`;
  const bigEnterprises = ents.enterprises.map((e, i) => ({ e, i })).filter(({ e }) => e['scale'] !== 'micro');

  for (let k = 0; k < scale.experts; k++) {
    const atInstitution = prng.chance(0.6) && orgs.institutions.length > 0;
    let orgId: string;
    let segments: GeneratedSegment[];
    let partyOrg: string | undefined;
    if (atInstitution) {
      const i = prng.int(orgs.institutions.length);
      orgId = String(orgs.institutions[i]!['id']);
      const chain = prng.pick(orgs.institutionChains[i] as string[]);
      segments = prng.sample(leavesByChain.get(chain) ?? chains.leaves, prng.between(1, 2));
      partyOrg = orgs.institutionOrg[i];
    } else {
      const { e, i } = prng.pick(bigEnterprises);
      orgId = String(e['id']);
      segments = [ents.placement[i]!.segment];
      partyOrg = orgs.enterpriseOrg[i];
    }
    const skills = [...new Set(segments.flatMap((s) => prng.sample(s.keywords, prng.between(2, 4))))];
    const member = prng.chance(0.4);
    const id = `gen-person-${String(k).padStart(5, '0')}`;
    people.push({
      id,
      name: personName(),
      title: prng.pick(TITLES),
      skills,
      bio: `长期从事${segments.map((s) => s.name).join('、')}研究与开发，擅长${skills.join('、')}`,
      partyMember: member,
      maxLoad: prng.between(1, 5),
      worksAt: [{ orgId, position: atInstitution ? '研究人员' : '技术骨干' }],
      ...(member && partyOrg ? { memberOf: [partyOrg] } : {}),
      source: 'generated',
    });
    experts.push({ id, orgId, segments, skills });
  }

  const byOrg = new Map<string, Expert[]>();
  for (const x of experts) pushTo(byOrg, x.orgId, x);
  const works: Rec[] = [];
  for (let w = 0; w < scale.works; w++) {
    const author = prng.pick(experts);
    const keyword = prng.pick(author.skills);
    const colleagues = prng.sample(
      (byOrg.get(author.orgId) ?? []).filter((x) => x.id !== author.id),
      prng.between(1, 4),
    );
    works.push({
      id: `gen-work-${String(w).padStart(6, '0')}`,
      kind: prng.chance(0.6) ? 'paper' : prng.chance(0.7) ? 'patent' : 'project',
      title: `${keyword}${prng.pick(WORK_METHODS)}`,
      abstract: `针对${author.segments[0]!.name}中${keyword}的难点，研究${prng.pick(author.skills)}与${keyword}的协同，提出改进方案并完成验证`,
      year: prng.between(2015, 2025),
      authorIds: [author.id, ...colleagues.map((c) => c.id)],
      source: 'generated',
    });
  }

  // instructors: one per hundred enterprises, each guiding enterprises of one park
  const parks = regions.filter((r) => r.level === 'park');
  const enterprisesByPark = new Map<string, string[]>();
  ents.placement.forEach((p, i) => pushTo(enterprisesByPark, p.parkId, String(ents.enterprises[i]!['id'])));
  const instructorCount = Math.max(1, Math.round(ents.enterprises.length / 100));
  for (let k = 0; k < instructorCount; k++) {
    const park = prng.pick(parks);
    const guided = prng.sample(enterprisesByPark.get(park.id) ?? [], prng.between(5, 15));
    if (guided.length === 0) continue;
    people.push({
      id: `gen-instructor-${k}`,
      name: personName(),
      title: '党建指导员',
      partyMember: true,
      maxLoad: prng.between(5, 15),
      memberOf: [orgs.parkCommittee.get(park.id)],
      instructs: guided,
      source: 'generated',
    });
  }

  const problems: Rec[] = [];
  const expertFits: Record<string, string[]> = {};
  const expertsBySegment = new Map<string, Expert[]>();
  for (const x of experts) for (const s of x.segments) pushTo(expertsBySegment, s.id, x);
  const statuses = ['published', 'claimed', 'in_progress', 'accepted', 'closed'] as const;
  for (let k = 0; k < scale.problems; k++) {
    const { e, i } = prng.pick(bigEnterprises);
    const segment = ents.placement[i]!.segment;
    const skills = prng.sample(segment.keywords, prng.between(2, 3));
    const id = `gen-problem-${String(k).padStart(5, '0')}`;
    const keyword = skills[0] as string;
    problems.push({
      id,
      title: `${keyword}${prng.pick(PROBLEM_GOALS)}`,
      description: `${String(e['name'])}在${segment.name}环节需要突破${skills.join('、')}相关技术瓶颈`,
      skills,
      status: statuses[prng.weighted([0.6, 0.15, 0.15, 0.05, 0.05])],
      teamSize: prng.between(2, 5),
      deadline: `2026-${String(prng.between(1, 12)).padStart(2, '0')}-28`,
      ...(prng.chance(0.3) ? { bounty: prng.between(10, 500) } : {}),
      postedBy: e['id'],
      segments: [segment.id],
      source: 'generated',
    });
    expertFits[id] = (expertsBySegment.get(segment.id) ?? [])
      .filter((x) => skills.filter((s) => x.skills.includes(s)).length * 2 >= skills.length)
      .map((x) => x.id);
  }

  const teams: Rec[] = [];
  for (const problem of problems) {
    if (problem['status'] === 'published' || !prng.chance(0.7)) continue;
    const fits = expertFits[String(problem['id'])] ?? [];
    const members = prng.sample(fits, Math.min(Number(problem['teamSize']), fits.length));
    if (members.length === 0) continue;
    teams.push({
      id: `gen-team-${teams.length}`,
      name: `${String(problem['title'])}攻关联合体`,
      kind: prng.chance(0.7) ? 'consortium' : 'commando',
      problemIds: [problem['id']],
      members: members.map((personId, r) => ({ personId, role: r === 0 ? '负责人' : '成员' })),
      source: 'generated',
    });
  }

  const requests: Rec[] = [];
  const kinds = ['policy', 'financing', 'talent', 'technology', 'market', 'land', 'approval', 'other'] as const;
  const requestStatuses = ['raised', 'dispatched', 'accepted', 'resolved', 'closed'] as const;
  const requestCount = Math.round(ents.enterprises.length * 0.05);
  for (let k = 0; k < requestCount; k++) {
    const e = prng.pick(ents.enterprises);
    const raised = Date.UTC(2025, prng.int(12), prng.between(1, 28), prng.between(1, 10));
    requests.push({
      id: `gen-request-${String(k).padStart(5, '0')}`,
      kind: prng.pick(kinds),
      title: `${String(e['name']).slice(0, 12)}诉求`,
      status: requestStatuses[prng.weighted([0.2, 0.2, 0.2, 0.2, 0.2])],
      raisedAt: new Date(raised).toISOString(),
      dueAt: new Date(raised + prng.between(3, 30) * 86_400_000).toISOString(),
      raisedBy: e['id'],
      source: 'generated',
    });
  }
  return { people, works, problems, teams, requests, expertFits };
}
