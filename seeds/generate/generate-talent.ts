import type { BundleInput } from '../../src/ingest/bundle.schema';
import { Prng } from './prng';

/**
 * A small talent world with hidden truth, for `npm run eval -- talent`: parks with enterprises,
 * universities, party organisations (a branch per park covering its enterprises, university
 * committees paired with some branches), people with skills and works, and talent needs. The
 * truth is who each need hired, drawn from what a park would see work: the person's true skills
 * (only some of which they list; their works name the rest), nearness, whether an organisation
 * of theirs covers or is paired with the enterprise's (组织推荐), and noise. Nobody is hired by
 * their own employer. Not the province generator: `npm run generate` is unchanged by it.
 */
export const TALENT_WORLD_DEFAULTS = { seed: 20261203, parks: 6, enterprises: 240, people: 1200, needs: 300 };

const FIELDS: { role: string; skills: string[] }[] = [
  { role: '激光雷达工程师', skills: ['激光雷达', '点云处理', '光学设计', '信号处理', '光电探测'] },
  { role: '芯片设计工程师', skills: ['芯片设计', '模拟电路', '版图设计', '半导体工艺', '封装测试'] },
  { role: '正极材料工程师', skills: ['正极材料', '前驱体', '烧结工艺', '材料表征', '电化学'] },
  { role: '电池系统工程师', skills: ['电池管理系统', '热管理', '模组设计', '电芯测试', '安全评估'] },
  { role: '焊接技师', skills: ['焊接工艺', '焊接机器人', '无损检测', '船体建造', '钢结构'] },
  { role: '数控技师', skills: ['数控编程', '精密加工', '夹具设计', '工艺规划', '质量控制'] },
  { role: '软件工程师', skills: ['嵌入式软件', '机器视觉', '深度学习', '工业互联网', '数据分析'] },
  { role: '化工工艺工程师', skills: ['化工工艺', '催化剂', '分离提纯', '过程控制', '安全生产'] },
];

export interface TalentWorld {
  bundle: BundleInput & { format: 'redchain-bundle/1' };
  /** need id → the person it hired. */
  hired: Map<string, string>;
  /** need id → everyone who could be hired, by the generator's own utility without its noise (a ceiling). */
  noiseless: Map<string, string[]>;
}

interface Person {
  id: string;
  field: number;
  trueSkills: string[];
  employer: string;
  park: number | null;
  city: number;
  memberOf: string | null;
}

export function generateTalentWorld(options: Partial<typeof TALENT_WORLD_DEFAULTS> = {}): TalentWorld {
  const o = { ...TALENT_WORLD_DEFAULTS, ...options };
  const rng = new Prng(o.seed);
  const parkCity = (k: number) => k % 2;
  const unis = [0, 1, 2].map((u) => ({ id: `tw-uni-${u}`, city: u % 2, pairedWith: [u, (u + 3) % o.parks] }));
  const enterprises = Array.from({ length: o.enterprises }, (_, i) => ({ id: `tw-ent-${i}`, park: i % o.parks }));
  const people: Person[] = Array.from({ length: o.people }, (_, i) => {
    const field = rng.int(FIELDS.length);
    const own = rng.sample(FIELDS[field]!.skills, 3 + rng.int(2));
    const trueSkills = rng.chance(0.3) ? [...own, rng.pick(FIELDS[rng.int(FIELDS.length)]!.skills)] : own;
    const atUni = rng.chance(0.35);
    const uni = unis[rng.int(unis.length)]!;
    const ent = enterprises[rng.int(enterprises.length)]!;
    const member = rng.chance(0.4);
    return {
      id: `tw-person-${i}`,
      field,
      trueSkills,
      employer: atUni ? uni.id : ent.id,
      park: atUni ? null : ent.park,
      city: atUni ? uni.city : parkCity(ent.park),
      memberOf: member ? (atUni ? `tw-po-${uni.id}` : `tw-po-park-${ent.park}`) : null,
    };
  });
  const needs = Array.from({ length: o.needs }, (_, i) => {
    const field = rng.int(FIELDS.length);
    const ent = enterprises[rng.int(enterprises.length)]!;
    return { id: `tw-need-${i}`, field, ent, skills: rng.sample(FIELDS[field]!.skills, 2) };
  });

  const hired = new Map<string, string>();
  const noiseless = new Map<string, string[]>();
  for (const need of needs) {
    const known: { id: string; utility: number }[] = [];
    const paired = new Set(unis.filter((u) => u.pairedWith.includes(need.ent.park)).map((u) => `tw-po-${u.id}`));
    let best: { id: string; utility: number } | null = null;
    for (const p of people) {
      if (p.employer === need.ent.id) continue;
      const coverage = need.skills.filter((s) => p.trueSkills.includes(s)).length / need.skills.length;
      if (coverage === 0) continue;
      const near = p.park === need.ent.park ? 0.6 : p.city === parkCity(need.ent.park) ? 0.3 : 0;
      const recommended =
        p.memberOf === `tw-po-park-${need.ent.park}` || (p.memberOf && paired.has(p.memberOf)) ? 1 : 0;
      const gumbel = -Math.log(-Math.log(Math.max(1e-9, rng.next())));
      known.push({ id: p.id, utility: 3 * coverage + near + recommended });
      const utility = 3 * coverage + near + recommended + 0.7 * gumbel;
      if (!best || utility > best.utility) best = { id: p.id, utility };
    }
    if (best) hired.set(need.id, best.id);
    noiseless.set(
      need.id,
      known.sort((a, b) => b.utility - a.utility || a.id.localeCompare(b.id)).map((k) => k.id),
    );
  }
  return { bundle: bundleOf(o, unis, enterprises, people, needs, rng), hired, noiseless };
}

function bundleOf(
  o: typeof TALENT_WORLD_DEFAULTS,
  unis: { id: string; city: number; pairedWith: number[] }[],
  enterprises: { id: string; park: number }[],
  people: Person[],
  needs: { id: string; field: number; ent: { id: string }; skills: string[] }[],
  rng: Prng,
): TalentWorld['bundle'] {
  const parks = Array.from({ length: o.parks }, (_, k) => k);
  return {
    format: 'redchain-bundle/1',
    regions: [
      { id: 'tw-prov', name: '样例省', level: 'province' },
      { id: 'tw-city-0', name: '甲市', level: 'city', parentId: 'tw-prov' },
      { id: 'tw-city-1', name: '乙市', level: 'city', parentId: 'tw-prov' },
      ...parks.map((k) => ({
        id: `tw-park-${k}`,
        name: `园区${k}`,
        level: 'park' as const,
        parentId: `tw-city-${k % 2}`,
      })),
    ],
    chains: [{ id: 'tw-chain', name: '样例产业链' }],
    segments: [{ id: 'tw-seg', chainId: 'tw-chain', name: '制造', stage: 'midstream' }],
    enterprises: enterprises.map((e) => ({
      id: e.id,
      name: `样例${e.id.slice(7)}号科技有限公司`,
      regionId: `tw-park-${e.park}`,
      segments: ['tw-seg'],
    })),
    institutions: unis.map((u) => ({
      id: u.id,
      name: `样例大学${u.id.slice(-1)}`,
      kind: 'university',
      regionId: `tw-city-${u.city}`,
    })),
    partyOrgs: [
      ...parks.map((k) => ({
        id: `tw-po-park-${k}`,
        name: `园区${k}联合党支部`,
        kind: 'joint_branch' as const,
        regionId: `tw-park-${k}`,
        covers: enterprises.filter((e) => e.park === k).map((e) => e.id),
      })),
      ...unis.map((u) => ({
        id: `tw-po-${u.id}`,
        name: `样例大学${u.id.slice(-1)}党委`,
        kind: 'committee' as const,
        covers: [u.id],
      })),
    ],
    pairings: unis.flatMap((u) => u.pairedWith.map((k) => ({ a: `tw-po-park-${k}`, b: `tw-po-${u.id}` }))),
    people: people.map((p) => ({
      id: p.id,
      name: `人员${p.id.slice(10)}`,
      // a person lists some of their skills; their works name the others
      skills: p.trueSkills.filter(() => rng.chance(0.6)),
      worksAt: [{ orgId: p.employer }],
      memberOf: p.memberOf ? [p.memberOf] : [],
    })),
    works: people.flatMap((p, i) =>
      p.trueSkills
        .filter(() => rng.chance(0.5))
        .map((s, j) => ({
          id: `tw-work-${i}-${j}`,
          kind: 'paper' as const,
          title: `${s}关键技术研究与应用`,
          authorIds: [p.id],
        })),
    ),
    talentNeeds: needs.map((n) => ({
      id: n.id,
      title: FIELDS[n.field]!.role,
      skills: n.skills,
      enterpriseId: n.ent.id,
      postedAt: '2026-01-05',
    })),
  };
}
