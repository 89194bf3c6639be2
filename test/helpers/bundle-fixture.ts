import { createHash } from 'node:crypto';
import type { BundleInput } from '../../src/ingest/bundle.schema';

const TAG_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const TRADES = ['精工', '材料', '电子', '机械', '化工', '能源', '光电', '智能', '生物', '环保'];

/**
 * A Latin trade tag derived from the prefix (QX7KZ3RT9MA2HD8PLW4N), so each test's companies have
 * names of their own. Tests share one Neo4j database, and the importer resolves names against it:
 * a Chinese test name could resemble a real company of the seed articles, a Latin tag cannot.
 * Twenty characters: at ten, about one name in 130 looked alike to another test's under the
 * fuzzy matcher and was held for review, failing that test now and then.
 */
export function tradeTag(prefix: string): string {
  const digest = createHash('sha256').update(prefix).digest();
  return Array.from({ length: 20 }, (_, i) => TAG_ALPHABET[digest[i]! % TAG_ALPHABET.length]).join('');
}

/**
 * A valid redchain-bundle/1 of about 100 records under one id prefix: a province, city and
 * park, one chain with five segments, 40 enterprises with segments and needs, supply ties, an
 * institution, party organisations with pairings, experts with works, problems and a request.
 */
export function validBundle(p: string): BundleInput & { format: 'redchain-bundle/1' } {
  const segs = ['raw', 'material', 'part', 'product', 'recycle'].map((s) => `${p}-seg-${s}`);
  const enterprises = Array.from({ length: 40 }, (_, i) => ({
    id: `${p}-ent-${i}`,
    name: `${tradeTag(`${p}-${i}`)}${TRADES[i % 10]}有限公司`,
    regionId: `${p}-park`,
    segments: [segs[i % 5] as string],
    needsSegments: i % 5 > 0 ? [segs[(i % 5) - 1] as string] : [],
    scale: (['micro', 'small', 'medium', 'large'] as const)[i % 4],
    products: [`产品${i}`],
  }));
  return {
    format: 'redchain-bundle/1',
    regions: [
      { id: `${p}-prov`, name: '甘肃省', level: 'province' },
      { id: `${p}-city`, name: '白银市', level: 'city', parentId: `${p}-prov` },
      { id: `${p}-park`, name: '白银高新区', level: 'park', parentId: `${p}-city` },
    ],
    chains: [{ id: `${p}-chain`, name: '锂电池' }],
    segments: segs.map((id, i) => ({
      id,
      chainId: `${p}-chain`,
      name: `环节${i}`,
      stage: (['upstream', 'midstream', 'midstream', 'downstream', 'downstream'] as const)[i]!,
    })),
    feeds: segs.slice(1).map((to, i) => ({ from: segs[i] as string, to, weight: 0.8 })),
    enterprises,
    supplies: Array.from({ length: 20 }, (_, i) => ({
      from: `${p}-ent-${i}`,
      to: `${p}-ent-${i + 20}`,
      source: 'test',
    })),
    institutions: [{ id: `${p}-uni`, name: `${p}大学`, kind: 'university', regionId: `${p}-city` }],
    partyOrgs: [
      { id: `${p}-po-top`, name: '高新区党工委', kind: 'working_committee', regionId: `${p}-park` },
      {
        id: `${p}-po-chain`,
        name: '锂电池产业链联合党委',
        kind: 'chain_committee',
        parentId: `${p}-po-top`,
        chainIds: [`${p}-chain`],
        covers: enterprises.slice(0, 10).map((e) => e.id),
      },
      { id: `${p}-po-uni`, name: '大学材料学院党委', kind: 'committee', covers: [`${p}-uni`] },
    ],
    pairings: [{ a: `${p}-po-chain`, b: `${p}-po-uni`, kind: 'school_local', since: '2025-04-28' }],
    people: Array.from({ length: 10 }, (_, i) => ({
      id: `${p}-person-${i}`,
      name: `专家${i}`,
      skills: ['正极材料', `技能${i}`],
      worksAt: [{ orgId: i < 5 ? `${p}-uni` : `${p}-ent-${i}`, position: '研究员' }],
      memberOf: i % 2 === 0 ? [`${p}-po-uni`] : [],
      instructs: i === 9 ? [`${p}-ent-1`] : [],
    })),
    works: Array.from({ length: 10 }, (_, i) => ({
      id: `${p}-work-${i}`,
      kind: 'paper',
      title: `论文${i}`,
      authorIds: [`${p}-person-${i}`],
    })),
    problems: Array.from({ length: 5 }, (_, i) => ({
      id: `${p}-problem-${i}`,
      title: `难题${i}`,
      skills: ['正极材料'],
      postedBy: `${p}-ent-${i}`,
      segments: [segs[i] as string],
    })),
    teams: [
      {
        id: `${p}-team`,
        name: '攻关联合体',
        kind: 'consortium',
        problemIds: [`${p}-problem-0`],
        members: [{ personId: `${p}-person-0`, role: '负责人' }],
      },
    ],
    requests: [
      {
        id: `${p}-req`,
        kind: 'financing',
        title: '融资需求',
        raisedBy: `${p}-ent-3`,
        raisedAt: '2025-04-23T09:00:00.000Z',
        dueAt: '2025-04-30T09:00:00.000Z',
      },
    ],
    outcomes: [
      {
        id: `${p}-outcome`,
        engine: 'dispatch',
        result: 'contacted',
        date: '2025-04-24',
        note: '已电话对接',
        subjectId: `${p}-req`,
        candidateId: `${p}-person-9`,
      },
    ],
  };
}
