import type { NodeKind } from '../../src/domain';
import { tradeTag } from './bundle-fixture';
import { record } from './fixtures';

/** One valid record of each kind, with optional fields filled so that every type round-trips. */
export function sampleRecord(kind: NodeKind, id: string): Record<string, unknown> {
  const samples: Record<NodeKind, Record<string, unknown>> = {
    Region: {
      id,
      name: '镇江高新区',
      level: 'park',
      code: '321191',
      aliases: ['镇江高新技术产业开发区'],
      lat: 32.2,
      lng: 119.45,
    },
    Chain: { id, name: '高技术船舶海工装备', description: '船舶与海工装备', aliases: ['船舶海工'] },
    Segment: { id, name: '双燃料发动机', stage: 'midstream', keywords: ['LNG', '双燃料'], description: '主机' },
    Enterprise: {
      id,
      name: `江苏省${tradeTag(id)}船厂（集团）有限公司`,
      aliases: [`${tradeTag(id)}船厂`],
      uscc: '91350100M000100Y43',
      scale: 'large',
      tags: ['high_tech', 'above_scale'],
      products: ['工程船', '海工装备'],
      needs: ['双燃料主机'],
      description: '船舶制造',
      lat: 32.19,
      lng: 119.43,
    },
    Institution: { id, name: '江苏科技大学', kind: 'university', aliases: ['江科大'], description: '船舶特色高校' },
    PartyOrg: {
      id,
      name: '镇江高新区船舶海工产业链党委',
      kind: 'chain_committee',
      members: 120,
      aliases: [],
      description: '',
    },
    Person: {
      id,
      name: '李教授',
      title: '教授',
      skills: ['双燃料发动机', '电磁调平'],
      bio: '船舶动力',
      partyMember: true,
      maxLoad: 4,
      phone: '13800000000',
      email: 'li@example.edu.cn',
    },
    Work: { id, kind: 'patent', title: '一种邮轮电磁调平装置', abstract: '摘要', year: 2025 },
    Team: { id, name: '船舶动力党员突击队', kind: 'commando', description: '' },
    Problem: {
      id,
      title: '邮轮电磁调平',
      description: '卡脖子',
      skills: ['电磁调平'],
      status: 'published',
      teamSize: 4,
      deadline: '2026-06-30',
      bounty: 50,
    },
    Request: {
      id,
      kind: 'financing',
      title: '融资需求',
      description: '',
      status: 'raised',
      raisedAt: '2025-05-01T09:00:00.000Z',
      dueAt: '2025-05-08T09:00:00.000Z',
      escalations: 0,
    },
    Outcome: {
      id,
      engine: 'partners',
      result: 'contract_signed',
      date: '2026-03-02',
      note: '签订双燃料主机采购框架协议',
      qualifier: 'upstream',
      rank: 1,
      runId: 'run-1',
      recordedBy: '镇江高新区船舶链党委',
    },
  };
  return record(kind, samples[kind]);
}
