import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChangeReportingStore } from '../../src/jobs/change-reporting-store';
import { changeHandler } from '../../src/jobs/change-handler';
import { MemoryChangeLog } from '../../src/jobs/change-log';
import { InlineJobQueue } from '../../src/jobs/inline-job-queue';
import { seedArticles } from '../../src/ingest/seed-articles.use-case';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { findPartners } from '../../src/match/partners/find-partners';
import { storedReasons } from '../../src/match/stored-reasons';
import { idsOfKind } from '../../src/projection/projected-graph';
import { tacklingSets } from '../../src/jobs/result-sets';
import { tacklingIndexOf } from '../../src/match/tackling/tackling-index';
import { projectScope } from '../../src/projection/project-scope';
import { createLogger } from '../../src/shared/logger';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { validBundle } from '../helpers/bundle-fixture';

/** The articles' dataset in a memory store, written through the reporting store to the in-process runner. */
async function seededJobs(
  debounceMs: number,
): Promise<{ raw: MemoryGraphStore; queue: InlineJobQueue; store: ChangeReportingStore }> {
  const raw = await MemoryGraphStore.open();
  await seedArticles(raw);
  const changes = new MemoryChangeLog();
  const queue = new InlineJobQueue(raw, createLogger('silent'), changes);
  const store = new ChangeReportingStore(raw, changeHandler(changes, queue, { debounceMs }));
  return { raw, queue, store };
}

/**
 * The embedded default's job path, in process: an edit through the store's write path queues
 * the recomputes it affects, and the fresh lists are then readable from the store.
 */
describe('recomputes in process (the embedded default)', () => {
  let raw: MemoryGraphStore;
  let queue: InlineJobQueue;
  let store: ChangeReportingStore;
  beforeAll(async () => {
    ({ raw, queue, store } = await seededJobs(50));
  });
  afterAll(async () => {
    await queue.close();
    await raw.close();
  });

  test('when 镇江船厂 is edited, then its upstream list is recomputed and reads as the engine would give it now', async () => {
    const shipyard = await raw.getNode('Enterprise', 'ent-zj-shipyard');
    expect(
      await raw.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id: 'ent-zj-shipyard' }, 'upstream'),
    ).toBeNull();
    await store.upsertNodes('Enterprise', [{ ...shipyard!.props, needs: ['船用发动机', '船用钢板'] }]);
    await queue.idle();
    const stored = await raw.readCandidates(
      'PARTNER_CANDIDATE',
      { kind: 'Enterprise', id: 'ent-zj-shipyard' },
      'upstream',
    );
    const now = findPartners(await projectScope(raw, {}), { enterpriseId: 'ent-zj-shipyard', direction: 'upstream' });
    expect(stored!.candidates.map((c) => [c.to.id, c.score])).toEqual(
      now.candidates.map((c) => [c.enterpriseId, c.score]),
    );
    expect(stored!.candidates[0]!.to.id).toBe('ent-cssc-power');
    expect(storedReasons('PARTNER_CANDIDATE', 'upstream', stored!.candidates[0]!.detail).zh.join('；')).toContain(
      '船用中速双燃料发动机',
    );
    // its gap maps were redrawn too
    expect(queue.finished.map((f) => f.key)).toEqual(
      expect.arrayContaining(['partners.enterprise:ent-zj-shipyard', 'gaps.enterprise:ent-zj-shipyard']),
    );
  });

  test('when one enterprise is edited 100 times in a burst, then its list is recomputed at most twice', async () => {
    const shipyard = await raw.getNode('Enterprise', 'ent-zj-shipyard');
    const ran = () => queue.finished.filter((f) => f.key === 'partners.enterprise:ent-zj-shipyard').length;
    const before = ran();
    for (let i = 0; i < 100; i++)
      await store.upsertNodes('Enterprise', [{ ...shipyard!.props, description: `第${i}次修改` }]);
    await queue.idle();
    expect(ran() - before).toBeGreaterThanOrEqual(1);
    expect(ran() - before).toBeLessThanOrEqual(2);
    const stored = await raw.readCandidates(
      'PARTNER_CANDIDATE',
      { kind: 'Enterprise', id: 'ent-zj-shipyard' },
      'upstream',
    );
    expect(stored!.candidates[0]!.to.id).toBe('ent-cssc-power');
    expect(queue.finished.filter((f) => f.error)).toEqual([]);
  });
});

/**
 * Membership changes in process, on validBundle (8 producers a segment, more than the 5 a list
 * keeps of one segment, so a list that loses a candidate takes in the next): after the planned
 * jobs, every stored partner list must read as the engine gives it on the graph as it is now.
 */
describe('an enterprise changing segment or deleted, in process', () => {
  let raw: MemoryGraphStore;
  let queue: InlineJobQueue;
  let store: ChangeReportingStore;
  const p = 'member';
  beforeEach(async () => {
    raw = await MemoryGraphStore.open();
    expect((await importBundle(raw, validBundle(p))).rejected).toEqual([]);
    const changes = new MemoryChangeLog();
    queue = new InlineJobQueue(raw, createLogger('silent'), changes);
    store = new ChangeReportingStore(raw, changeHandler(changes, queue, { debounceMs: 20 }));
    await queue.add([{ name: 'recompute.full', payload: {} }]);
    await queue.idle();
  });
  afterEach(async () => {
    await queue.close();
    await raw.close();
  });

  /** Every enterprise's stored lists, both directions, as [candidate, score] pairs. */
  async function storedLists(): Promise<Record<string, [string, number][]>> {
    const lists: Record<string, [string, number][]> = {};
    for (const id of idsOfKind(await projectScope(raw, {}), 'Enterprise').sort())
      for (const direction of ['upstream', 'downstream'] as const) {
        const stored = await raw.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id }, direction);
        lists[`${id} ${direction}`] = (stored?.candidates ?? []).map((c) => [c.to.id, c.score]);
      }
    return lists;
  }

  /** The same lists as the engine gives them on the graph now. */
  async function engineLists(): Promise<Record<string, [string, number][]>> {
    const now = await projectScope(raw, {});
    const lists: Record<string, [string, number][]> = {};
    for (const id of idsOfKind(now, 'Enterprise').sort())
      for (const direction of ['upstream', 'downstream'] as const)
        lists[`${id} ${direction}`] = findPartners(now, { enterpriseId: id, direction }).candidates.map((c) => [
          c.enterpriseId,
          c.score,
        ]);
    return lists;
  }

  /** An enterprise that heads a list of another's, and that list. */
  function listedIn(lists: Record<string, [string, number][]>): { listed: string; holder: string } {
    for (const [holder, candidates] of Object.entries(lists)) {
      const listed = candidates[0]?.[0];
      if (listed && !holder.startsWith(`${listed} `)) return { listed, holder };
    }
    throw new Error('no list names another enterprise');
  }

  const fullRuns = () => queue.finished.filter((f) => f.key.startsWith('partners.all')).length;

  test('when it leaves its segment for another, then every partner list reads as the engine gives it now, without a full run', async () => {
    const before = await storedLists();
    const { listed } = listedIn(before);
    const from = { kind: 'Enterprise' as const, id: listed };
    const [left] = (
      await raw.follow({
        fromKind: 'Enterprise',
        ids: [listed],
        type: 'IN_SEGMENT',
        direction: 'out',
        toKind: 'Segment',
      })
    ).nodes;
    const joined = [`${p}-seg-raw`, `${p}-seg-recycle`].find((id) => id !== left!.id)!;
    const fullBefore = fullRuns();

    // as PUT /enterprises/:id with other segments writes it: the old tie deleted, the new one written
    await store.deleteRelationships([{ type: 'IN_SEGMENT', from, to: { kind: 'Segment', id: left!.id } }]);
    await store.upsertRelationships([{ type: 'IN_SEGMENT', from, to: { kind: 'Segment', id: joined }, props: {} }]);
    await queue.idle();

    expect(queue.finished.filter((f) => f.error)).toEqual([]);
    expect(fullRuns()).toBe(fullBefore);
    expect(queue.finished.map((f) => f.key)).toContain(`partners.segment:${left!.id}`);
    const after = await storedLists();
    expect(after).toEqual(await engineLists());
    // and the move changed lists (an unchanged graph would pass the comparison above trivially)
    expect(after).not.toEqual(before);
  });

  /** A problem's stored expert candidates against the engine's on the graph now, and how often its job ran. */
  async function problemCandidates(problemId: string) {
    const stored = await raw.readCandidates('TACKLE_CANDIDATE', { kind: 'Problem', id: problemId }, 'experts');
    const graph = await projectScope(raw, {});
    const [experts] = tacklingSets(tacklingIndexOf(graph).rank(problemId), graph);
    return {
      stored: (stored?.candidates ?? []).map((c) => [c.to.id, c.score]),
      fresh: experts!.candidates.map((c) => [c.to.id, c.score]),
      runs: queue.finished.filter((f) => f.key === `tackling.problem:${problemId}`).length,
    };
  }

  test('when the enterprise that posted a problem is covered by a party organisation, or deleted, then the problem’s candidates are ranked anew on the graph as it is now', async () => {
    // closeness to the poster counts in a problem's ranking, and the poster's staff are left out
    const covered = `${p}-problem-3`;
    const before = await problemCandidates(covered);
    await store.upsertRelationships([
      {
        type: 'COVERS',
        from: { kind: 'PartyOrg', id: `${p}-po-top` },
        to: { kind: 'Enterprise', id: `${p}-ent-3` },
        props: {},
      },
    ]);
    await queue.idle();
    const after = await problemCandidates(covered);
    expect(after.runs).toBeGreaterThan(before.runs);
    expect(after.stored).toEqual(after.fresh);

    const orphaned = `${p}-problem-2`;
    const ran = (await problemCandidates(orphaned)).runs;
    await store.deleteNode('Enterprise', `${p}-ent-2`);
    await queue.idle();
    const left = await problemCandidates(orphaned);
    expect(left.runs).toBeGreaterThan(ran);
    expect(left.stored).toEqual(left.fresh);
    expect(queue.finished.filter((f) => f.error)).toEqual([]);
  });

  test('when it is deleted, then every partner list reads as the engine gives it now — the next candidate moves up — without a full run', async () => {
    const before = await storedLists();
    const { listed, holder } = listedIn(before);
    const fullBefore = fullRuns();

    await store.deleteNode('Enterprise', listed);
    await queue.idle();

    expect(queue.finished.filter((f) => f.error)).toEqual([]);
    expect(fullRuns()).toBe(fullBefore);
    const after = await storedLists();
    expect(after).toEqual(await engineLists());
    expect(after[holder]!.map(([id]) => id)).not.toContain(listed);
    // the list it headed is as long as before: another candidate of the same segment took its place
    expect(after[holder]!.length).toBe(before[holder]!.length);
  });
});

describe('the scheduled full recompute in process', () => {
  test('when its cron pattern comes due, then every full run is queued and runs', async () => {
    const raw = await MemoryGraphStore.open();
    await seedArticles(raw);
    const queue = new InlineJobQueue(raw, createLogger('silent'), new MemoryChangeLog());
    try {
      await queue.schedule({ name: 'recompute.full', payload: {} }, '* * * * * *'); // every second
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await queue.idle();
      const names = new Set(queue.finished.map((f) => f.name));
      expect([...names]).toEqual(
        expect.arrayContaining([
          'recompute.full',
          'partners.all',
          'partners.chunk',
          'tackling.all',
          'gaps.all',
          'assignment',
        ]),
      );
      expect(queue.finished.filter((f) => f.error)).toEqual([]);
      const map = await raw.readReport('gap_map', 'chain-lithium-battery|region-by-hitech');
      expect(map).not.toBeNull();
      expect(
        await raw.readCandidates('TACKLE_CANDIDATE', { kind: 'Problem', id: 'prob-lidar' }, 'institutions'),
      ).not.toBeNull();
    } finally {
      await queue.close();
    }
  });

  test('when the pattern is not a cron pattern, then scheduling refuses it', async () => {
    const queue = new InlineJobQueue(await MemoryGraphStore.open(), createLogger('silent'), new MemoryChangeLog());
    await expect(queue.schedule({ name: 'recompute.full', payload: {} }, 'nightly')).rejects.toThrow();
    await queue.close();
  });
});

describe('dispatch and the SLA escalation in process', () => {
  let raw: MemoryGraphStore;
  let queue: InlineJobQueue;
  let store: ChangeReportingStore;
  beforeAll(async () => {
    ({ raw, queue, store } = await seededJobs(20));
  });
  afterAll(async () => queue.close());

  test('when an overdue open request is edited, then its responders are ranked and it is escalated once, however often the escalation runs', async () => {
    const request = await raw.getNode('Request', 'req-kdjz-tech-manager');
    const before = Number(request!.props['escalations'] ?? 0);
    const overdue = new Date(Date.now() - 3_600_000).toISOString();
    await store.upsertNodes('Request', [{ ...request!.props, status: 'raised', dueAt: overdue }]);
    await queue.idle();
    const responders = await raw.readReport('responders', 'req-kdjz-tech-manager');
    // the articles name no responder for it (no instructor, no matching profile): the ranking is an empty list
    expect(responders!.payload).toMatchObject({ request: { id: 'req-kdjz-tech-manager' }, responders: [] });
    const escalated = await raw.getNode('Request', 'req-kdjz-tech-manager');
    expect(escalated!.props['escalations']).toBe(before + 1);
    expect(String(escalated!.props['escalatedAt']) >= overdue).toBe(true);
    // the same escalation again (a retry, a duplicate): no second effect
    await queue.add([{ name: 'sla.escalate', payload: { requestId: 'req-kdjz-tech-manager' } }]);
    await queue.idle();
    expect((await raw.getNode('Request', 'req-kdjz-tech-manager'))!.props['escalations']).toBe(before + 1);
  });

  test('when a request falls due later, then it is escalated at its due date, not before; a closed one never', async () => {
    const request = await raw.getNode('Request', 'req-qianyuan-scenarios');
    const due = new Date(Date.now() + 400).toISOString();
    await store.upsertNodes('Request', [{ ...request!.props, status: 'dispatched', dueAt: due, escalations: 0 }]);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await raw.getNode('Request', 'req-qianyuan-scenarios'))!.props['escalations']).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await queue.idle();
    expect((await raw.getNode('Request', 'req-qianyuan-scenarios'))!.props['escalations']).toBe(1);

    const other = await raw.getNode('Request', 'req-weijingshi-equity');
    await store.upsertNodes('Request', [
      { ...other!.props, status: 'closed', dueAt: new Date(Date.now() - 1000).toISOString(), escalations: 0 },
    ]);
    await queue.idle();
    expect((await raw.getNode('Request', 'req-weijingshi-equity'))!.props['escalations']).toBe(0);
  });

  test('when a request’s due date moves later while its escalation waits, then the escalation re-queues itself with its delay and escalates once', async () => {
    const id = 'req-tianfu-land-approval';
    const runs = () => queue.finished.filter((f) => f.key === `sla.escalate:${id}`).length;
    const request = await raw.getNode('Request', id);
    await store.upsertNodes('Request', [
      { ...request!.props, status: 'dispatched', dueAt: new Date(Date.now() + 1_500).toISOString(), escalations: 0 },
    ]);
    // the dispatch has run and armed the escalation at the first due date
    await queue.idle(500);
    const moved = await raw.getNode('Request', id);
    await store.upsertNodes('Request', [{ ...moved!.props, dueAt: new Date(Date.now() + 4_000).toISOString() }]);
    // past the first due date (the escalation runs, finds it not due and re-queues itself), then past the new one
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await queue.idle();
    expect((await raw.getNode('Request', id))!.props['escalations']).toBe(1);
    // one run at the old due date ("not due yet") and one at the new; re-armed without its delay it ran thousands of times
    expect(runs()).toBeLessThanOrEqual(2);
  }, 60_000);

  test('when a request falls due in 30 days, past what one setTimeout holds, then its escalation waits, armed, and does not run now', async () => {
    const id = 'req-zhenxin-land-approval';
    const request = await raw.getNode('Request', id);
    const thirtyDays = 30 * 24 * 3_600_000;
    await store.upsertNodes('Request', [
      {
        ...request!.props,
        status: 'dispatched',
        dueAt: new Date(Date.now() + thirtyDays).toISOString(),
        escalations: 0,
      },
    ]);
    await queue.idle();
    // the escalation the dispatch queued: a duplicate answers with its id
    const [jobId] = await queue.add([{ name: 'sla.escalate', payload: { requestId: id }, delayMs: thirtyDays }]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(queue.finished.filter((f) => f.key === `sla.escalate:${id}`)).toEqual([]);
    expect((await queue.status(jobId!))!.state).toBe('delayed');
    expect((await raw.getNode('Request', id))!.props['escalations']).toBe(0);
  });
});

describe('an import as a job', () => {
  test('when a CSV with a bad row is imported by a job, then its report is the result, and the new enterprises get their lists', async () => {
    const { raw, queue } = await seededJobs(10);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'redchain-import-'));
    try {
      const file = path.join(dir, 'upload-1');
      writeFileSync(
        file,
        [
          '编号,名称,规模,地区,所属环节',
          'e-new-1,镇江新锐船舶配套有限公司,中型,region-zj-hitech,seg-marine-dual-fuel-engine',
          'e-new-2,某不存在环节企业有限公司,小型,region-zj-hitech,seg-nowhere',
        ].join('\n'),
      );
      await queue.add([{ name: 'import.file', payload: { importId: 'upload-1', path: file, name: '企业.csv' } }]);
      await queue.idle();
      const done = queue.finished.find((f) => f.name === 'import.file')!;
      expect(done.error).toBeUndefined();
      expect(done.summary).toMatchObject({
        counts: { enterprises: { received: 2, imported: 1, rejected: 1, held: 0 } },
        rejected: [expect.objectContaining({ line: 3, field: 'segments[0]' })],
        totals: { rejected: 1 },
      });
      expect(await raw.getNode('Enterprise', 'e-new-1')).not.toBeNull();
      expect(
        await raw.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id: 'e-new-1' }, 'upstream'),
      ).not.toBeNull();

      // a file that is not what it says fails once, with the reason, and is not retried
      writeFileSync(path.join(dir, 'upload-2'), '{ not json');
      await queue.add([
        {
          name: 'import.file',
          payload: { importId: 'upload-2', path: path.join(dir, 'upload-2'), name: 'bundle.json' },
        },
      ]);
      await queue.idle();
      const bad = queue.finished.find((f) => f.key === 'import.file:upload-2')!;
      expect(bad.attempts).toBe(1);
      expect(bad.error).toContain('bundle.json is not valid JSON');
    } finally {
      await queue.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a deleted enterprise in process', () => {
  test('when 中船动力 is deleted, then no job fails, 镇江船厂’s upstream list no longer offers it, and every list reads as the engine gives it now, without a full run', async () => {
    const { raw, queue, store } = await seededJobs(20);
    try {
      await queue.add([{ name: 'recompute.full', payload: {} }]);
      await queue.idle();
      const fullRuns = () => queue.finished.filter((f) => f.key.startsWith('partners.all')).length;
      const fullBefore = fullRuns();
      const before = await raw.readCandidates(
        'PARTNER_CANDIDATE',
        { kind: 'Enterprise', id: 'ent-zj-shipyard' },
        'upstream',
      );
      expect(before!.candidates[0]!.to.id).toBe('ent-cssc-power');
      await store.deleteNode('Enterprise', 'ent-cssc-power');
      await queue.idle();
      const after = await raw.readCandidates(
        'PARTNER_CANDIDATE',
        { kind: 'Enterprise', id: 'ent-zj-shipyard' },
        'upstream',
      );
      expect(after!.candidates.map((c) => c.to.id)).not.toContain('ent-cssc-power');
      expect(queue.finished.filter((f) => f.error)).toEqual([]);
      expect(fullRuns()).toBe(fullBefore);
      const now = await projectScope(raw, {});
      for (const id of idsOfKind(now, 'Enterprise'))
        for (const direction of ['upstream', 'downstream'] as const) {
          const stored = await raw.readCandidates('PARTNER_CANDIDATE', { kind: 'Enterprise', id }, direction);
          const fresh = findPartners(now, { enterpriseId: id, direction }).candidates;
          expect([id, direction, (stored?.candidates ?? []).map((c) => [c.to.id, c.score])]).toEqual([
            id,
            direction,
            fresh.map((c) => [c.enterpriseId, c.score]),
          ]);
        }
    } finally {
      await queue.close();
    }
  });
});
