import type { GraphChange } from '../../src/jobs/change-feed';
import { planRecomputes } from '../../src/jobs/change-planner';
import { jobKey } from '../../src/jobs/job-definitions';
import { checkedRequest } from '../../src/jobs/job-queue';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import { createLogger } from '../../src/shared/logger';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';

describe('the change planner', () => {
  test('when an enterprise changes, then its lists, the lists it may be in, its gap maps and what it asked for are queued, debounced', () => {
    const jobs = planRecomputes([{ kind: 'Enterprise', ids: ['e1', 'e1'] }], { debounceMs: 250 });
    expect(jobs).toEqual([
      { name: 'partners.enterprise', payload: { enterpriseId: 'e1' }, delayMs: 250 },
      { name: 'partners.affected', payload: { enterpriseId: 'e1' }, delayMs: 250 },
      { name: 'gaps.enterprise', payload: { enterpriseId: 'e1' }, delayMs: 250 },
      { name: 'enterprise.asks', payload: { enterpriseId: 'e1' }, delayMs: 250 },
    ]);
  });

  test('when a person, a problem or a request changes, then the lists and dispatch they touch are queued', () => {
    const names = planRecomputes([
      { kind: 'Person', ids: ['p1'] },
      { kind: 'Problem', ids: ['x1', 'x2'] },
      { kind: 'Request', ids: ['r1'] },
    ]).map((j) => `${j.name} ${JSON.stringify(j.payload)}`);
    expect(names).toEqual([
      'tackling.person {"personId":"p1"}',
      'tackling.problem {"problemId":"x1"}',
      'tackling.problem {"problemId":"x2"}',
      'assignment {}',
      'dispatch.request {"requestId":"r1"}',
    ]);
  });

  test('when an import touches more enterprises than the bulk limit, or a chain template changes, then full runs replace single jobs', () => {
    const many = planRecomputes([{ kind: 'Enterprise', ids: ['a', 'b', 'c'] }], { bulkLimit: 2 });
    expect(many.map((j) => j.name)).toEqual(['partners.all', 'gaps.all']);
    const template = planRecomputes([
      { kind: 'Segment', ids: ['s'] },
      { kind: 'Institution', ids: ['u'] },
    ]);
    expect(template.map((j) => j.name)).toEqual(['partners.all', 'tackling.all', 'gaps.all']);
    // an import with a few enterprises and their chain: the full runs stand for the single jobs
    const seeded = planRecomputes([
      { kind: 'Enterprise', ids: ['a'] },
      { kind: 'Chain', ids: ['c'] },
      { kind: 'Problem', ids: ['x'] },
    ]);
    expect(seeded.map((j) => j.name)).toEqual([
      'enterprise.asks',
      'tackling.problem',
      'assignment',
      'partners.all',
      'gaps.all',
    ]);
    // a full run's key does not depend on its run id: one waits at a time
    expect(jobKey('partners.all', { runId: 'r1' })).toBe(jobKey('partners.all', { runId: 'r2' }));
  });

  test('when an enterprise is deleted, then the lists around the segments it was in are recomputed, and the gap maps', () => {
    // the store reports the segments with the deletion: the graph no longer says which lists it sat in
    const deleted = planRecomputes([
      { kind: 'Enterprise', ids: ['a'], deleted: true },
      { kind: 'Segment', ids: ['s1', 's2'], ties: ['IN_SEGMENT', 'NEEDS'], untied: true },
    ]).map((j) => `${j.name} ${JSON.stringify(j.payload).replace(/"runId":"[^"]+"/, '"runId":…')}`);
    expect(deleted).toEqual([
      'partners.segment {"segmentId":"s1"}',
      'partners.segment {"segmentId":"s2"}',
      'gaps.all {"runId":…}',
    ]);
    // and none of its own: its lists went with it
    const alone = planRecomputes([{ kind: 'Enterprise', ids: ['b'], deleted: true }]);
    expect(alone.map((j) => j.name)).toEqual(['gaps.all']);
    // the problems it posted and the requests it raised (reported with it) lost their poster and raiser
    const asker = planRecomputes([
      { kind: 'Enterprise', ids: ['c'], deleted: true },
      { kind: 'Problem', ids: ['x1'], ties: ['POSTED'], untied: true },
      { kind: 'Request', ids: ['r1'], ties: ['RAISED_BY'], untied: true },
    ]);
    expect(asker.map((j) => j.name)).toEqual(['tackling.problem', 'assignment', 'dispatch.request', 'gaps.all']);
  });

  test('when an enterprise joins a segment, a region and a party organisation, then only its own jobs and the gap maps run, not the full partner run', () => {
    // what creating one enterprise through the API writes: the node, then its ties
    const created = planRecomputes([
      { kind: 'Enterprise', ids: ['e1'] },
      { kind: 'Enterprise', ids: ['e1'], ties: ['IN_SEGMENT', 'LOCATED_IN', 'NEEDS'] },
      { kind: 'Segment', ids: ['s1', 's2'], ties: ['IN_SEGMENT', 'NEEDS'] },
      { kind: 'Region', ids: ['park'], ties: ['LOCATED_IN'] },
      { kind: 'PartyOrg', ids: ['o1'], ties: ['COVERS'] },
    ]);
    // (the whole gap run stands for the enterprise's own maps)
    expect(created.map((j) => j.name)).toEqual([
      'partners.enterprise',
      'partners.affected',
      'enterprise.asks',
      'gaps.all',
    ]);
    // each tie on its own runs the gap maps whole: a new member of a segment is a lead in every
    // other region's map of its chain, and a newly covered enterprise's trust moves leads everywhere
    const ties: GraphChange[] = [
      { kind: 'Segment', ids: ['s1'], ties: ['IN_SEGMENT'] },
      { kind: 'Segment', ids: ['s1'], ties: ['NEEDS'] },
      { kind: 'PartyOrg', ids: ['o1'], ties: ['COVERS'] },
    ];
    for (const tie of ties) {
      const jobs = planRecomputes([{ kind: 'Enterprise', ids: ['e2'], ties: tie.ties! }, tie]);
      expect(jobs.map((j) => j.name)).toEqual([
        'partners.enterprise',
        'partners.affected',
        'enterprise.asks',
        'gaps.all',
      ]);
    }
  });

  test('when an enterprise leaves a segment, then the lists around that segment are recomputed, where it no longer is', () => {
    const moved = planRecomputes([
      { kind: 'Enterprise', ids: ['e1'], ties: ['IN_SEGMENT'], untied: true },
      { kind: 'Segment', ids: ['old'], ties: ['IN_SEGMENT'], untied: true },
      { kind: 'Enterprise', ids: ['e1'], ties: ['IN_SEGMENT'] },
      { kind: 'Segment', ids: ['new'], ties: ['IN_SEGMENT'] },
    ]).map((j) => `${j.name} ${JSON.stringify(j.payload).replace(/"runId":"[^"]+"/, '"runId":…')}`);
    expect(moved).toEqual([
      'partners.enterprise {"enterpriseId":"e1"}',
      'partners.affected {"enterpriseId":"e1"}',
      'enterprise.asks {"enterpriseId":"e1"}',
      'partners.segment {"segmentId":"old"}',
      'gaps.all {"runId":…}',
    ]);
  });

  test('when a segment is tied to what reshapes a chain (FEEDS), or an organisation is placed under another, then the full runs are queued', () => {
    const feeds = planRecomputes([{ kind: 'Segment', ids: ['s1', 's2'], ties: ['FEEDS'] }]);
    expect(feeds.map((j) => j.name)).toEqual(['partners.all', 'gaps.all']);
    const under = planRecomputes([{ kind: 'PartyOrg', ids: ['o1', 'o2'], ties: ['UNDER'] }]);
    expect(under.map((j) => j.name)).toEqual(['partners.all', 'gaps.all']);
    // a membership tie and a reshaping one in the same write: the full runs stand for both
    const both = planRecomputes([
      { kind: 'Segment', ids: ['s1'], ties: ['IN_SEGMENT'], untied: true },
      { kind: 'Segment', ids: ['s2'], ties: ['FEEDS'] },
    ]);
    expect(both.map((j) => j.name)).toEqual(['partners.all', 'gaps.all']);
  });

  test('when nothing that matches read changed, then nothing is queued', () => {
    expect(planRecomputes([{ kind: 'Work', ids: ['w'] }])).toEqual([]);
  });
});

describe('queueing a job', () => {
  test('when the payload is right, then the job gets its business key', () => {
    expect(checkedRequest({ name: 'gaps.map', payload: { chainId: 'c', regionId: 'r' } })).toEqual({
      name: 'gaps.map',
      payload: { chainId: 'c', regionId: 'r' },
      key: 'gaps.map:c:r',
      delayMs: 0,
    });
  });

  test('when the job is unknown or its payload is bad, then it is refused naming the field', () => {
    expect(() => checkedRequest({ name: 'nope' as never, payload: {} as never })).toThrow("name no job named 'nope'");
    expect(() => checkedRequest({ name: 'partners.enterprise', payload: { enterpriseId: '' } })).toThrow(
      'partners.enterprise.enterpriseId must not be empty',
    );
    expect(() => checkedRequest({ name: 'gaps.map', payload: { chainId: 'c' } as never })).toThrow(
      'gaps.map.regionId is required',
    );
    expect(() =>
      checkedRequest({ name: 'import.file', payload: { importId: 'i', path: 'uploads/x.csv', name: '企业.csv' } }),
    ).toThrow('import.file.path must be an absolute path');
  });
});

describe('the in-process runner’s timers and ids', () => {
  const DAY = 24 * 3_600_000;
  afterEach(() => jest.useRealTimers());

  test('when a job is delayed 30 days (past setTimeout’s 24.8), then it runs once, after 30 days and not before', async () => {
    jest.useFakeTimers();
    const queue = new InlineJobQueue(await MemoryGraphStore.open(), createLogger('silent'), new MemoryChangeLog());
    try {
      await queue.add([{ name: 'sla.escalate', payload: { requestId: 'req-none' }, delayMs: 30 * DAY }]);
      await jest.advanceTimersByTimeAsync(29 * DAY);
      expect(queue.finished).toEqual([]);
      await jest.advanceTimersByTimeAsync(2 * DAY);
      expect(queue.finished.map((f) => [f.key, f.summary])).toEqual([
        ['sla.escalate:req-none', { requestId: 'req-none', escalated: false, why: 'no such request' }],
      ]);
    } finally {
      await queue.close();
    }
  });

  test('when jobs are queued, then their ids are random, not a counter, and a duplicate still gets the waiting job’s id', async () => {
    const queue = new InlineJobQueue(await MemoryGraphStore.open(), createLogger('silent'), new MemoryChangeLog());
    try {
      const [a, b, again] = await queue.add([
        { name: 'sla.escalate', payload: { requestId: 'r-1' }, delayMs: DAY },
        { name: 'sla.escalate', payload: { requestId: 'r-2' }, delayMs: DAY },
        { name: 'sla.escalate', payload: { requestId: 'r-1' }, delayMs: DAY },
      ]);
      expect(a).toMatch(/^inline-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(b).toMatch(/^inline-[0-9a-f-]{36}$/);
      expect(b).not.toBe(a);
      expect(again).toBe(a);
      expect(await queue.status('inline-1')).toBeNull();
    } finally {
      await queue.close();
    }
  });
});
