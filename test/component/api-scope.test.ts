import type { Express } from 'express';
import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import type { NodeKind } from '../../src/domain';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { GraphStore } from '../../src/store/graph-store';
import { BOOTSTRAP_ADMIN_KEY, neo4jApi } from '../helpers/api-harness';
import { articlesApp } from '../helpers/articles-app';
import { tradeTag } from '../helpers/bundle-fixture';
import { valueOf } from '../helpers/until';

type Headers = { Authorization: string };

/**
 * One place where a region-scoped secretary works, and one outside it, on the store under test:
 * `own` is the key's region (with an enterprise, two party organisations and a chain there),
 * `foreign` another region with an enterprise that has aliases and products, and two party
 * organisations.
 */
interface ScopeWorld {
  app: Express;
  store: GraphStore;
  keys: { admin: Headers; scoped: Headers; viewer: Headers; unscopedSecretary: Headers };
  own: {
    region: string;
    enterprise: string;
    partyOrgs: [string, string];
    chain: string;
    newId: string;
    newName: string;
    /** Someone a problem's outcome may name. */
    person: string;
  };
  foreign: {
    region: string;
    enterprise: { id: string; name: string; aliases: string[]; products: string[] };
    partyOrgs: [string, string];
    newId: string;
    newName: string;
  };
  close(): Promise<void>;
}

const bearer = (key: string): Headers => ({ Authorization: `Bearer ${key}` });

/** The embedded default on the articles' dataset, with the issue's 镇江 secretary: memory store, jobs in process. */
async function articlesWorld(): Promise<ScopeWorld> {
  const { app, raw, queue, access } = await articlesApp();
  const key = async (role: string, regionId: string | null = null) =>
    bearer((await createApiKey(access, raw, { role, regionId, name: `${role} ${regionId ?? ''}` })).key);
  return {
    app,
    store: raw,
    keys: {
      admin: bearer(BOOTSTRAP_ADMIN_KEY),
      scoped: await key('secretary', 'region-zhenjiang'),
      viewer: await key('viewer'),
      unscopedSecretary: await key('secretary'),
    },
    own: {
      region: 'region-zhenjiang',
      enterprise: 'ent-zj-shipyard',
      partyOrgs: ['po-zj-hitech-gwc', 'po-zj-hitech-chain'],
      chain: 'chain-marine-offshore',
      newId: 'ent-zj-scope-new',
      newName: '镇江范围测试船舶配套有限公司',
      person: 'person-zhang-peng',
    },
    foreign: {
      region: 'region-jz-edz',
      enterprise: {
        id: 'ent-feilihua',
        name: '湖北菲利华石英玻璃股份有限公司',
        aliases: ['菲利华'],
        products: ['石英玻璃'],
      },
      partyOrgs: ['po-jz-edz-gwc', 'po-jz-edz-two-new'],
      newId: 'ent-jz-scope-new',
      newName: '荆州范围测试石英制品有限公司',
    },
    close: () => queue.close(),
  };
}

/** The API as a park deploys it (Neo4j, BullMQ on Redis), the park's secretary, and a region of its own outside the park. */
async function neo4jWorld(): Promise<ScopeWorld> {
  const h = await neo4jApi('api-scope');
  const { p } = h;
  const foreign = {
    region: `${p}-far`,
    enterprise: {
      id: `${p}-far-ent`,
      name: `${tradeTag(`${p}-far`)}石英有限公司`,
      aliases: [tradeTag(`${p}-far-alias`)],
      products: ['石英玻璃'],
    },
    partyOrgs: [`${p}-far-po-1`, `${p}-far-po-2`] as [string, string],
    newId: `${p}-far-new`,
    newName: `${tradeTag(`${p}-far-new`)}石英制品有限公司`,
  };
  const placed = await importBundle(h.raw, {
    format: 'redchain-bundle/1',
    regions: [{ id: foreign.region, name: '远方园区', level: 'park' }],
    enterprises: [{ ...foreign.enterprise, regionId: foreign.region }],
    partyOrgs: foreign.partyOrgs.map((id, i) => ({
      id,
      name: `远方党支部${i}`,
      kind: 'branch',
      regionId: foreign.region,
    })),
  });
  expect(placed.rejected).toEqual([]);
  return {
    app: h.app,
    store: h.raw,
    keys: {
      admin: h.auth('admin'),
      scoped: h.auth('secretaryInPark'),
      viewer: h.auth('viewer'),
      unscopedSecretary: h.auth('secretary'),
    },
    own: {
      region: `${p}-park`,
      enterprise: `${p}-ent-2`,
      // the chain committee has no region of its own: it is where the working committee it is under is
      partyOrgs: [`${p}-po-top`, `${p}-po-chain`],
      chain: `${p}-chain`,
      newId: `${p}-scope-new`,
      newName: `${tradeTag(`${p}-scope-new`)}船舶配套有限公司`,
      person: `${p}-person-1`,
    },
    foreign,
    close: () => h.close(),
  };
}

interface ImportReportBody {
  counts: Record<string, { imported: number; rejected: number }>;
  rejected: { position: string; field: string; reason: string; id?: string }[];
}

describe.each([
  ['the embedded default (memory store, jobs in process), on the articles’ dataset', articlesWorld],
  ['Neo4j and BullMQ', neo4jWorld],
])('region scope on every path: %s', (_name, makeWorld) => {
  let w: ScopeWorld;
  beforeAll(async () => {
    w = await makeWorld();
  }, 120_000);
  afterAll(async () => {
    await w?.close();
  });

  const imported = async (bundle: object, key: Headers = w.keys.scoped) => {
    const sent = await request(w.app)
      .post('/api/v1/import')
      .set(key)
      .send({ format: 'redchain-bundle/1', ...bundle });
    expect(sent.status).toBe(202);
    const jobId = (sent.body as { jobId: string }).jobId;
    const report = await valueOf(
      async () => {
        const res = await request(w.app).get(`/api/v1/jobs/${jobId}`).set(key);
        return res.body.state === 'completed' ? (res.body.result as ImportReportBody) : null;
      },
      60_000,
      `import job ${jobId}`,
    );
    return { jobId, report };
  };
  const node = async (kind: NodeKind, id: string) => (await w.store.getNode(kind, id))?.props ?? null;

  test('when a region-scoped secretary imports a foreign region re-parented under its own, then the row is rejected and the direct routes still refuse that region’s enterprises', async () => {
    const { report } = await imported({
      regions: [{ id: w.foreign.region, name: '荆州开发区', level: 'park', parentId: w.own.region }],
      // moving a foreign enterprise into its own region: the region it has now decides
      enterprises: [{ ...w.foreign.enterprise, regionId: w.own.region }],
    });
    expect(report.rejected).toEqual([
      expect.objectContaining({ position: 'regions[0]', field: '(record)', reason: expect.stringContaining('admin') }),
      expect.objectContaining({
        position: 'enterprises[0]',
        field: 'id',
        reason: expect.stringContaining('outside your region'),
      }),
    ]);
    const read = await request(w.app).get(`/api/v1/enterprises/${w.foreign.enterprise.id}`).set(w.keys.scoped);
    expect(read.status).toBe(403);
    const regions = await w.store.follow({
      fromKind: 'Region',
      ids: [w.foreign.region],
      type: 'PART_OF',
      direction: 'out',
      toKind: 'Region',
    });
    expect(regions.nodes.map((n) => n.id)).not.toContain(w.own.region);
  }, 120_000);

  test('when a region-scoped secretary imports an enterprise of another region, then that row is rejected with its position, field and reason, the enterprise keeps its aliases and products, and the in-scope row lands', async () => {
    const { foreign, own } = w;
    const { report } = await imported({
      enterprises: [
        { id: foreign.enterprise.id, name: foreign.enterprise.name, regionId: foreign.region, description: 'x' },
        { id: own.newId, name: own.newName, regionId: own.region },
        { id: foreign.newId, name: foreign.newName, regionId: foreign.region },
      ],
    });
    expect(report.rejected).toEqual([
      {
        section: 'enterprises',
        position: 'enterprises[0]',
        id: foreign.enterprise.id,
        field: 'id',
        // the refusal does not say where the record lies: a region key learns nothing beyond its region
        reason: `outside your region (${own.region}): Enterprise '${foreign.enterprise.id}' is not in it`,
      },
      {
        section: 'enterprises',
        position: 'enterprises[2]',
        id: foreign.newId,
        field: 'regionId',
        reason: `outside your region (${own.region}): region '${foreign.region}' is not in it`,
      },
    ]);
    expect(report.counts['enterprises']).toMatchObject({ imported: 1, rejected: 2 });
    expect(await node('Enterprise', foreign.enterprise.id)).toMatchObject({
      aliases: foreign.enterprise.aliases,
      products: foreign.enterprise.products,
    });
    expect((await node('Enterprise', foreign.enterprise.id))?.['description']).not.toBe('x');
    expect(await node('Enterprise', own.newId)).toMatchObject({ name: own.newName });
    expect(await node('Enterprise', foreign.newId)).toBeNull();
  }, 120_000);

  test('when another key asks for a secretary’s import job or its events, then 404 as for no job; the secretary and an admin read it', async () => {
    const { jobId } = await imported({
      enterprises: [{ id: w.own.newId, name: w.own.newName, regionId: w.own.region }],
    });
    for (const other of [w.keys.viewer, w.keys.unscopedSecretary]) {
      const job = await request(w.app).get(`/api/v1/jobs/${jobId}`).set(other);
      expect(job.status).toBe(404);
      expect(job.body.detail).toBe(`job '${jobId}' was not found`);
      expect((await request(w.app).get(`/api/v1/jobs/${jobId}/events`).set(other)).status).toBe(404);
    }
    const own = await request(w.app).get(`/api/v1/jobs/${jobId}`).set(w.keys.scoped);
    expect(own.body).toMatchObject({ id: jobId, state: 'completed' });
    expect(own.body).not.toHaveProperty('payload');
    expect((await request(w.app).get(`/api/v1/jobs/${jobId}`).set(w.keys.admin)).status).toBe(200);
  }, 120_000);

  test('when a region-scoped secretary pairs two organisations of another region, then 403 naming the organisation and no pairing; two of its own are paired', async () => {
    const [a, b] = w.foreign.partyOrgs;
    const refused = await request(w.app)
      .post('/api/v1/party-orgs/pairings')
      .set(w.keys.scoped)
      .send({ a, b, kind: 'co_building' });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain(`PartyOrg '${a}'`);
    const paired = await request(w.app).get(`/api/v1/party-orgs/${a}`).set(w.keys.admin);
    expect(paired.body.pairings.map((x: { with: string }) => x.with)).not.toContain(b);
    const mixed = await request(w.app)
      .post('/api/v1/party-orgs/pairings')
      .set(w.keys.scoped)
      .send({ a: w.own.partyOrgs[0], b, kind: 'co_building' });
    expect(mixed.status).toBe(403);
    expect(mixed.body.detail).toContain(`PartyOrg '${b}'`);
    const [ownA, ownB] = w.own.partyOrgs;
    const own = await request(w.app)
      .post('/api/v1/party-orgs/pairings')
      .set(w.keys.scoped)
      .send({ a: ownA, b: ownB, kind: 'co_building' });
    expect(own.status).toBe(201);
  });

  test('when a region-scoped key lists outcomes, then another region’s outcomes (and their notes) are not listed; its own are', async () => {
    const record = (subjectId: string, candidateId: string, note: string) =>
      request(w.app).post('/api/v1/outcomes').set(w.keys.admin).send({
        engine: 'partners',
        subjectId,
        candidateId,
        direction: 'upstream',
        result: 'contacted',
        date: '2026-11-01',
        note,
      });
    const foreignOutcome = await record(w.foreign.enterprise.id, w.own.enterprise, '荆州的备注');
    const ownOutcome = await record(w.own.enterprise, w.foreign.enterprise.id, '本地的备注');
    expect([foreignOutcome.status, ownOutcome.status]).toEqual([201, 201]);
    const listed = async (key: Headers) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await request(w.app)
          .get('/api/v1/outcomes')
          .query({ limit: 1000, ...(cursor ? { cursor } : {}) })
          .set(key);
        expect(res.status).toBe(200);
        ids.push(...(res.body.items as { id: string }[]).map((o) => o.id));
        cursor = res.body.nextCursor as string | null;
      } while (cursor);
      return ids;
    };
    const seen = await listed(w.keys.scoped);
    expect(seen).toContain(ownOutcome.body.id);
    expect(seen).not.toContain(foreignOutcome.body.id);
    expect(await listed(w.keys.viewer)).toContain(foreignOutcome.body.id);
  }, 120_000);

  test('when a what-if names lead ids that are not enterprises, then 400 naming each of them', async () => {
    const res = await request(w.app)
      .post(`/api/v1/chains/${w.own.chain}/what-if`)
      .set(w.keys.admin)
      .send({ region: w.own.region, leadIds: [w.foreign.enterprise.id, 'ent-no-such-company', w.foreign.region] });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors[0].field).toBe('body.leadIds');
    expect(res.body.detail).toContain(`'ent-no-such-company'`);
    expect(res.body.detail).toContain(`'${w.foreign.region}'`);
    expect(res.body.detail).not.toContain(`'${w.foreign.enterprise.id}'`);
  });

  test('when a request is due before it was raised (or, raised now, due in the past), then 400 naming dueAt and nothing is written', async () => {
    const raise = (id: string, dates: Record<string, string>) =>
      request(w.app)
        .post('/api/v1/requests')
        .set(w.keys.scoped)
        .send({ id, kind: 'policy', title: '政策咨询', raisedBy: w.own.enterprise, ...dates });
    const early = await raise(`${w.own.newId}-req-1`, {
      raisedAt: '2026-10-10T09:00:00.000Z',
      dueAt: '2026-10-01T09:00:00.000Z',
    });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('body.dueAt');
    const past = await raise(`${w.own.newId}-req-2`, { dueAt: '2020-01-01T00:00:00.000Z' });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].field).toBe('body.dueAt');
    expect(await node('Request', `${w.own.newId}-req-1`)).toBeNull();
    expect(await node('Request', `${w.own.newId}-req-2`)).toBeNull();
  });

  test('when a region-scoped key adds a party organisation or a problem without saying where it lies, then 400 naming the field; one covering another region’s enterprise is 403; nothing is written', async () => {
    const add = (path: string, body: Record<string, unknown>) =>
      request(w.app).post(`/api/v1/${path}`).set(w.keys.scoped).send(body);
    const id = (what: string) => `${w.own.newId}-${what}`;
    const branch = await add('party-orgs', { id: id('po'), name: '无处党支部', kind: 'branch' });
    expect(branch.status).toBe(400);
    expect(branch.body.errors[0].field).toBe('body.regionId');
    const problem = await add('problems', { id: id('problem'), title: '无主难题' });
    expect(problem.status).toBe(400);
    expect(problem.body.errors[0].field).toBe('body.postedBy');
    const covering = await add('party-orgs', {
      id: id('po-cover'),
      name: '越界党支部',
      kind: 'branch',
      regionId: w.own.region,
      covers: [w.foreign.enterprise.id],
    });
    expect(covering.status).toBe(403);
    expect(covering.body.detail).toContain(w.foreign.enterprise.id);
    expect(await node('PartyOrg', id('po'))).toBeNull();
    expect(await node('Problem', id('problem'))).toBeNull();
    expect(await node('PartyOrg', id('po-cover'))).toBeNull();
  });

  test('when a region-scoped key records the outcome of another region’s problem, then 403 naming the problem', async () => {
    const problemId = `${w.own.newId}-foreign-problem`;
    const posted = await request(w.app)
      .post('/api/v1/problems')
      .set(w.keys.admin)
      .send({ id: problemId, title: '石英坩埚纯度', postedBy: w.foreign.enterprise.id });
    expect(posted.status).toBe(201);
    const res = await request(w.app).post('/api/v1/outcomes').set(w.keys.scoped).send({
      engine: 'tackling',
      subjectId: problemId,
      candidateId: w.own.person,
      result: 'contacted',
      date: '2026-11-02',
      note: '越界记录',
    });
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain(`Problem '${problemId}'`);
  });

  test('when a region-scoped secretary uploads a CSV, then the foreign row is rejected with its file line, a new id under a foreign company’s name is not linked into it, and its own row lands', async () => {
    const { foreign, own } = w;
    const csv = [
      'id,name,regionId,products',
      `${foreign.enterprise.id},${foreign.enterprise.name},${foreign.region},x`,
      `${own.newId}-csv,${foreign.enterprise.name},${own.region},`,
      `${own.newId},${own.newName},${own.region},船用配件`,
    ].join('\n');
    const sent = await request(w.app)
      .post('/api/v1/import')
      .query({ name: 'enterprises.csv' })
      .set(w.keys.scoped)
      .set('content-type', 'text/csv')
      .send(csv);
    expect(sent.status).toBe(202);
    const report = await valueOf(
      async () => {
        const res = await request(w.app)
          .get(`/api/v1/jobs/${sent.body.jobId as string}`)
          .set(w.keys.scoped);
        return res.body.state === 'completed' ? (res.body.result as ImportReportBody) : null;
      },
      60_000,
      'the CSV import',
    );
    expect(report.rejected).toEqual([
      expect.objectContaining({ position: 'enterprises[0]', line: 2, field: 'id' }),
      expect.objectContaining({
        position: 'enterprises[1]',
        line: 3,
        field: 'id',
        reason: expect.stringContaining(`Enterprise '${foreign.enterprise.id}'`),
      }),
    ]);
    expect(await node('Enterprise', foreign.enterprise.id)).toMatchObject({
      aliases: foreign.enterprise.aliases,
      products: foreign.enterprise.products,
    });
    expect(await node('Enterprise', own.newId)).toMatchObject({ products: ['船用配件'] });
  }, 120_000);
});
