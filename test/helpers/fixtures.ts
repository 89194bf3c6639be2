import { parseNode, type NodeKind, type RelInput } from '../../src/domain';
import { tradeTag } from './bundle-fixture';
import type { GraphStore } from '../../src/store/graph-store';

export interface Fixture {
  prefix: string;
  nodes: Partial<Record<NodeKind, Record<string, unknown>[]>>;
  rels: RelInput[];
}

let counter = 0;

/** A prefix no other test uses, so tests sharing one Neo4j database never see each other's data. */
export function uniquePrefix(name: string): string {
  counter += 1;
  return `${name}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/** A record parsed with its kind's schema, as the ingest path would, applying defaults. */
export const record = parseNode;

/**
 * A small, coherent slice of the graph modelled on the Baiyin lithium-battery chain of the
 * articles: province > city > park, a chain with three segments fed upstream to downstream,
 * four enterprises, a university, party organisations with UNDER and a pairing, an expert with
 * a paper, a problem with a team, and a request. Every id carries the prefix.
 */
export function chainFixture(prefix: string): Fixture {
  const id = (s: string) => `${prefix}-${s}`;
  const tag = tradeTag(prefix);
  const ref = (kind: NodeKind, s: string) => ({ kind, id: id(s) });
  const nodes: Fixture['nodes'] = {
    Region: [
      record('Region', { id: id('gansu'), name: '甘肃省', level: 'province' }),
      record('Region', { id: id('baiyin'), name: '白银市', level: 'city' }),
      record('Region', { id: id('park'), name: '白银高新区', level: 'park', aliases: ['白银高新技术产业开发区'] }),
      record('Region', { id: id('lanzhou'), name: '兰州市', level: 'city' }),
    ],
    Chain: [record('Chain', { id: id('li'), name: '锂电池', description: '从钛、磷到正极材料、电芯与储能' })],
    Segment: [
      record('Segment', { id: id('ti'), name: '钛白粉副产物', stage: 'upstream', keywords: ['硫酸亚铁'] }),
      record('Segment', { id: id('cathode'), name: '正极材料', stage: 'midstream', keywords: ['磷酸铁锂'] }),
      record('Segment', { id: id('cell'), name: '电芯', stage: 'downstream' }),
    ],
    Enterprise: [
      record('Enterprise', {
        id: id('dfty'),
        name: `甘肃${tag}钛业有限公司`,
        aliases: [`${tag}钛业`],
        tags: ['chain_master', 'above_scale'],
        scale: 'large',
        products: ['磷酸铁锂'],
      }),
      record('Enterprise', { id: id('a'), name: `白银${tag}甲电池有限公司`, scale: 'medium', needs: ['正极材料'] }),
      record('Enterprise', {
        id: id('b'),
        name: `白银${tag}乙材料有限公司`,
        scale: 'small',
        tags: ['specialised_sme'],
      }),
      record('Enterprise', { id: id('c'), name: `兰州${tag}丙能源有限公司`, scale: 'small' }),
    ],
    Institution: [record('Institution', { id: id('lzu'), name: '兰州大学', kind: 'university' })],
    PartyOrg: [
      record('PartyOrg', { id: id('gwc'), name: '白银高新区党工委', kind: 'working_committee' }),
      record('PartyOrg', { id: id('chain-branch'), name: '锂电池产业链党支部', kind: 'chain_branch', members: 23 }),
      record('PartyOrg', { id: id('dfty-po'), name: `${tag}钛业党委`, kind: 'committee' }),
      record('PartyOrg', { id: id('lzu-po'), name: '兰州大学材料学院党委', kind: 'committee' }),
    ],
    Person: [
      record('Person', {
        id: id('expert'),
        name: '张教授',
        skills: ['正极材料', '磷酸铁锂'],
        partyMember: true,
        maxLoad: 2,
      }),
    ],
    Work: [record('Work', { id: id('paper'), kind: 'paper', title: '磷酸铁锂正极材料的低成本合成', year: 2024 })],
    Problem: [
      record('Problem', { id: id('problem'), title: '磷酸铁锂压实密度提升', skills: ['正极材料'], teamSize: 3 }),
    ],
    Team: [record('Team', { id: id('team'), name: '正极材料攻关联合体', kind: 'consortium' })],
    Request: [
      record('Request', {
        id: id('request'),
        kind: 'technology',
        title: '检测设备共享',
        raisedAt: '2025-03-01T08:00:00.000Z',
        dueAt: '2025-03-08T08:00:00.000Z',
      }),
    ],
  };
  const rel = (
    type: RelInput['type'],
    from: [NodeKind, string],
    to: [NodeKind, string],
    props?: Record<string, unknown>,
  ): RelInput => ({
    type,
    from: ref(...from),
    to: ref(...to),
    ...(props ? { props } : {}),
  });
  const rels: RelInput[] = [
    rel('PART_OF', ['Region', 'baiyin'], ['Region', 'gansu']),
    rel('PART_OF', ['Region', 'park'], ['Region', 'baiyin']),
    rel('PART_OF', ['Region', 'lanzhou'], ['Region', 'gansu']),
    ...['ti', 'cathode', 'cell'].map((s) => rel('PART_OF', ['Segment', s], ['Chain', 'li'])),
    rel('FEEDS', ['Segment', 'ti'], ['Segment', 'cathode'], { weight: 0.8 }),
    rel('FEEDS', ['Segment', 'cathode'], ['Segment', 'cell'], { weight: 1 }),
    ...['dfty', 'a', 'b'].map((e) => rel('LOCATED_IN', ['Enterprise', e], ['Region', 'park'])),
    rel('LOCATED_IN', ['Enterprise', 'c'], ['Region', 'lanzhou']),
    rel('LOCATED_IN', ['Institution', 'lzu'], ['Region', 'lanzhou']),
    rel('IN_SEGMENT', ['Enterprise', 'dfty'], ['Segment', 'cathode']),
    rel('IN_SEGMENT', ['Enterprise', 'b'], ['Segment', 'ti']),
    rel('IN_SEGMENT', ['Enterprise', 'a'], ['Segment', 'cell']),
    rel('IN_SEGMENT', ['Enterprise', 'c'], ['Segment', 'cathode']),
    rel('NEEDS', ['Enterprise', 'a'], ['Segment', 'cathode']),
    rel('SUPPLIES', ['Enterprise', 'b'], ['Enterprise', 'dfty'], { source: 'test' }),
    rel('CHAIN_MASTER_OF', ['Enterprise', 'dfty'], ['Chain', 'li'], { regionId: id('park') }),
    rel('UNDER', ['PartyOrg', 'chain-branch'], ['PartyOrg', 'gwc']),
    rel('UNDER', ['PartyOrg', 'dfty-po'], ['PartyOrg', 'gwc']),
    rel('COVERS', ['PartyOrg', 'dfty-po'], ['Enterprise', 'dfty']),
    rel('COVERS', ['PartyOrg', 'chain-branch'], ['Enterprise', 'a']),
    rel('COVERS', ['PartyOrg', 'lzu-po'], ['Institution', 'lzu']),
    rel('ON_CHAIN', ['PartyOrg', 'chain-branch'], ['Chain', 'li']),
    rel('IN_REGION', ['PartyOrg', 'gwc'], ['Region', 'park']),
    rel('PAIRED_WITH', ['PartyOrg', 'dfty-po'], ['PartyOrg', 'lzu-po'], { kind: 'school_local', since: '2025-01-01' }),
    rel('WORKS_AT', ['Person', 'expert'], ['Institution', 'lzu'], { position: '教授' }),
    rel('MEMBER_OF', ['Person', 'expert'], ['PartyOrg', 'lzu-po']),
    rel('AUTHORED', ['Person', 'expert'], ['Work', 'paper']),
    rel('IN_TEAM', ['Person', 'expert'], ['Team', 'team'], { role: '负责人' }),
    rel('TACKLES', ['Team', 'team'], ['Problem', 'problem']),
    rel('POSTED', ['Enterprise', 'dfty'], ['Problem', 'problem']),
    rel('ABOUT', ['Problem', 'problem'], ['Segment', 'cathode']),
    rel('RAISED_BY', ['Request', 'request'], ['Enterprise', 'a']),
  ];
  return { prefix, nodes, rels };
}

export async function loadFixture(store: GraphStore, fixture: Fixture): Promise<void> {
  for (const [kind, records] of Object.entries(fixture.nodes)) {
    await store.upsertNodes(kind as NodeKind, records ?? []);
  }
  const result = await store.upsertRelationships(fixture.rels);
  if (result.missing.length > 0) throw new Error(`fixture: missing ends ${JSON.stringify(result.missing)}`);
}
