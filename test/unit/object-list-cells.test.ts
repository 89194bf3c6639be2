import { AgendaTopics, CallStatuses } from '../../src/domain';
import { readObjectList, writeObjectList } from '../../src/ingest/tabular/object-list-cells';

const CALL_KEYS = ['status', 'calledAt', 'acceptedAt', 'reportedAt', 'closedAt', 'note', 'departmentId'];
const CALL_ENUMS = { status: CallStatuses };

describe('object-list cells', () => {
  test('when items have two fields and plain values, then they are written id:value and read back the same', () => {
    const worksAt = [
      { orgId: 'inst-just', position: '教授' },
      { orgId: 'ent-1', position: '顾问' },
    ];
    const cell = writeObjectList(worksAt, ['orgId', 'position']);
    expect(cell).toBe('inst-just:教授；ent-1:顾问');
    expect(readObjectList(cell, ['orgId', 'position'])).toEqual(worksAt);
  });

  test('when a called department has dates and a note holding ：、；, then it is written as JSON in Chinese and read back the same', () => {
    const calls = [
      {
        note: '项目服务专班：容缺受理、并联审批；限时办结',
        departmentId: 'dept-planning',
        status: 'closed',
        calledAt: '2025-03-01T08:00:00.000Z',
      },
      { departmentId: 'dept-fire', status: 'called' },
    ];
    const cell = writeObjectList(calls, CALL_KEYS, CALL_ENUMS);
    expect(cell.startsWith('[{"status":"已销号","calledAt":')).toBe(true);
    expect(readObjectList(cell, CALL_KEYS, CALL_ENUMS)).toEqual(calls);
  });

  test('when a person types a department and its status in Chinese, then the id comes first and the status is its code', () => {
    expect(readObjectList('dept-env:已接单；dept-fire', CALL_KEYS, CALL_ENUMS)).toEqual([
      { departmentId: 'dept-env', status: 'accepted' },
      { departmentId: 'dept-fire' },
    ]);
  });

  test('when an agenda item is typed as JSON with an English label, then its topic is the code, and an unknown one is left for validation', () => {
    const keys = ['topic', 'sourceId', 'title', 'regionId', 'rank'];
    const cell = JSON.stringify([
      { topic: 'overdue request', sourceId: 'q-1', title: '环评', rank: 1 },
      { topic: '其他', sourceId: 'q-2', title: '用地', rank: 2 },
    ]);
    expect(readObjectList(cell, keys, { topic: AgendaTopics })).toEqual([
      { topic: 'overdue_request', sourceId: 'q-1', title: '环评', rank: 1 },
      { topic: '其他', sourceId: 'q-2', title: '用地', rank: 2 },
    ]);
  });
});
