import type { DemoChains, DemoEnterprises, DemoSegment } from './demo-enterprises';
import { DEMO_INSTITUTIONS, DEMO_PLACES, SERVICE_DESKS, type DemoInstitution } from './demo-places';
import type { Prng } from './prng';
import { pushTo } from './push-to';
import { GIVEN_CHARS, SURNAMES, TITLES, WORK_METHODS } from './vocabulary';

type Rec = Record<string, unknown>;

export interface DemoPeople {
  people: Rec[];
  works: Rec[];
}

/** An expert as the generator keeps them while writing their works. */
interface Expert {
  id: string;
  skills: string[];
  segment: DemoSegment;
}

const RESEARCH = DEMO_INSTITUTIONS.filter((i) => i.chains.length > 0);
const SERVICE_CENTRES = DEMO_INSTITUTIONS.filter((i) => i.chains.length === 0);

/**
 * The people of the demo world: experts at the research institutes and larger enterprises (with
 * skills from the segments they work in and works on them), four experts for each of the
 * articles' problems at an institute other than its poster, 党建指导员 sharing out every
 * enterprise of a park (一企一指导员), and each city's service-centre staff.
 */
export function generateDemoPeople(
  articles: Rec,
  chains: DemoChains,
  ents: DemoEnterprises,
  branchOf: Map<string, string>,
  prng: Prng,
): DemoPeople {
  const people: Rec[] = [];
  const experts: Expert[] = [];
  const name = () => `${prng.pick(SURNAMES)}${prng.pick(GIVEN_CHARS)}${prng.chance(0.6) ? prng.pick(GIVEN_CHARS) : ''}`;
  const addExpert = (segment: DemoSegment, skills: string[], orgId: string, position: string, partyOrg?: string) => {
    const id = `demo-person-${String(experts.length).padStart(4, '0')}`;
    const member = prng.chance(0.45);
    people.push({
      id,
      name: name(),
      title: prng.pick(TITLES),
      skills,
      bio: `长期从事${segment.name}研究与开发，擅长${skills.join('、')}`,
      partyMember: member,
      maxLoad: prng.between(2, 5),
      worksAt: [{ orgId, position }],
      ...(member && partyOrg ? { memberOf: [partyOrg] } : {}),
      source: 'generated',
      synthetic: true,
    });
    experts.push({ id, skills, segment });
  };

  for (const problem of (articles['problems'] as Rec[]) ?? []) {
    const segment = chains.segments.get(((problem['segments'] as string[]) ?? [])[0] ?? '');
    if (!segment) continue;
    const institutes = researchOn(segment.chainId).filter((i) => i.id !== problem['postedBy']);
    for (let k = 0; k < 4 && institutes.length > 0; k++) {
      const asked = problem['skills'] as string[];
      const skills = [
        ...new Set([...prng.sample(asked, prng.between(2, asked.length)), ...prng.sample(segment.keywords, 2)]),
      ];
      addExpert(segment, skills, prng.pick(institutes).id, '研究人员');
    }
  }

  const count = Math.round(ents.enterprises.length / 5);
  const larger = ents.placement.map((p, i) => ({ p, i })).filter(({ p }) => p.scale !== 'micro');
  while (experts.length < count) {
    if (prng.chance(0.55)) {
      const institute = prng.pick(RESEARCH);
      const segment = prng.pick(chains.byChain.get(prng.pick(institute.chains)) ?? []);
      addExpert(segment, prng.sample(segment.keywords, prng.between(2, 4)), institute.id, '研究人员');
    } else {
      const { p, i } = prng.pick(larger);
      const id = String(ents.enterprises[i]!['id']);
      addExpert(p.segment, prng.sample(p.segment.keywords, prng.between(2, 4)), id, '技术骨干', branchOf.get(id));
    }
  }
  people.push(...instructors(articles, ents, name, prng), ...serviceStaff(name, prng));
  return { people, works: worksOf(experts, prng) };
}

function researchOn(chainId: string): DemoInstitution[] {
  return RESEARCH.filter((i) => i.chains.includes(chainId));
}

/** Two works per expert on average, some written with a colleague of the same segment. */
function worksOf(experts: Expert[], prng: Prng): Rec[] {
  const bySegment = new Map<string, Expert[]>();
  for (const x of experts) pushTo(bySegment, x.segment.id, x);
  const works: Rec[] = [];
  for (let w = 0; w < experts.length * 2; w++) {
    const author = experts[w % experts.length] as Expert;
    const keyword = prng.pick(author.skills);
    const colleague = prng.pick(bySegment.get(author.segment.id) ?? [author]);
    works.push({
      id: `demo-work-${String(w).padStart(5, '0')}`,
      kind: prng.chance(0.6) ? 'paper' : 'patent',
      title: `${keyword}${prng.pick(WORK_METHODS)}`,
      abstract: `针对${author.segment.name}中${keyword}的难点，研究${prng.pick(author.skills)}与${keyword}的协同，提出改进方案并完成验证`,
      year: prng.between(2018, 2025),
      authorIds: colleague.id === author.id ? [author.id] : [author.id, colleague.id],
      source: 'generated',
      synthetic: true,
    });
  }
  return works;
}

/** 党建指导员: every enterprise of a park (the articles' and the generated) has one, about 60 each. */
function instructors(articles: Rec, ents: DemoEnterprises, name: () => string, prng: Prng): Rec[] {
  const byPlace = new Map<string, string[]>();
  for (const e of (articles['enterprises'] as Rec[]) ?? [])
    if (typeof e['regionId'] === 'string') pushTo(byPlace, e['regionId'], String(e['id']));
  ents.placement.forEach((p, i) => pushTo(byPlace, p.place.regionId, String(ents.enterprises[i]!['id'])));
  const people: Rec[] = [];
  for (const place of DEMO_PLACES) {
    const guided = byPlace.get(place.regionId) ?? [];
    const count = Math.max(1, Math.round(guided.length / 60));
    for (let k = 0; k < count; k++) {
      people.push({
        id: `demo-instructor-${place.regionId.replace(/^region-/u, '')}-${k}`,
        name: name(),
        title: '党建指导员',
        skills: prng.sample(['惠企政策', '人才服务', '融资对接', '党建业务', '供需对接'], 2),
        bio: `${place.city}园区党建指导员，联系服务园区企业`,
        partyMember: true,
        maxLoad: prng.between(8, 15),
        instructs: guided.filter((_, i) => i % count === k),
        ...(place.partyOrgId ? { memberOf: [place.partyOrgId] } : {}),
        source: 'generated',
        synthetic: true,
      });
    }
  }
  return people;
}

/** Each city's enterprise service centre: four desks, each with the skills of its kind of request. */
function serviceStaff(name: () => string, prng: Prng): Rec[] {
  return SERVICE_CENTRES.flatMap((centre) =>
    prng.sample(SERVICE_DESKS, 4).map((desk, k) => ({
      id: `${centre.id.replace(/^demo-svc-/u, 'demo-staff-')}-${k}`,
      name: name(),
      title: desk.position,
      skills: desk.skills,
      bio: `${centre.name}${desk.position}`,
      partyMember: prng.chance(0.6),
      maxLoad: prng.between(5, 10),
      worksAt: [{ orgId: centre.id, position: desk.position }],
      source: 'generated',
      synthetic: true,
    })),
  );
}
