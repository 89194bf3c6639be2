import request from 'supertest';
import type { Role } from '../../src/domain/roles';
import { API_ROUTES } from '../../src/api/routes';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { neo4jApi, type ApiHarness, type HarnessKey } from '../helpers/api-harness';
import { financeBundle } from '../helpers/finance-fixture';
import { listsBundle } from '../helpers/lists-fixture';
import { squadsBundle } from '../helpers/squads-fixture';
import { chiefRecordsBundle } from '../helpers/chief-fixture';

interface Sample {
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Where the thing lies in a region, so a key of another region is refused. */
  scoped?: boolean;
  /** Roles the handler allows when narrower than the route's (a workflow step). */
  roles?: readonly Role[];
  /** Refused to every key limited to a region, its own included (the whole graph's export). */
  anyRegionRefused?: boolean;
}

const ROLES: readonly Role[] = ['admin', 'secretary', 'university', 'investment', 'viewer', 'responder'];

/** One request per route, on the harness's data (validBundle under prefix p). */
function samples(p: string): Record<string, Sample> {
  const enterprise = {
    name: '白银矩阵测试材料有限公司',
    regionId: `${p}-park`,
    segments: [`${p}-seg-part`],
  };
  return {
    'get /regions': { path: '/regions' },
    'get /chains': { path: '/chains' },
    'get /chains/:id': { path: `/chains/${p}-chain` },
    'get /chains/:id/map': { path: `/chains/${p}-chain/map`, query: { region: `${p}-park` }, scoped: true },
    'get /chains/:id/leads': { path: `/chains/${p}-chain/leads`, query: { region: `${p}-park` }, scoped: true },
    'post /chains/:id/what-if': {
      path: `/chains/${p}-chain/what-if`,
      body: { region: `${p}-park`, leadIds: [`${p}-ent-1`] },
      scoped: true,
    },
    'get /chains/:id/meetings': { path: `/chains/${p}-chain/meetings`, query: { region: `${p}-park` }, scoped: true },
    'get /regions/:id/chains': { path: `/regions/${p}-park/chains`, scoped: true },
    'get /chains/:id/extension': { path: `/chains/${p}-chain/extension`, query: { region: `${p}-park` }, scoped: true },
    'get /enterprises': { path: '/enterprises' },
    'get /enterprises/:id': { path: `/enterprises/${p}-ent-2`, scoped: true },
    'post /enterprises': { path: '/enterprises', body: { id: `${p}-matrix`, ...enterprise }, scoped: true },
    'put /enterprises/:id': { path: `/enterprises/${p}-ent-38`, body: enterprise, scoped: true },
    'delete /enterprises/:id': { path: `/enterprises/${p}-ent-39`, scoped: true },
    'get /enterprises/:id/partners': {
      path: `/enterprises/${p}-ent-2/partners`,
      query: { direction: 'upstream' },
      scoped: true,
    },
    'get /placements/review': { path: '/placements/review' },
    'post /placements/decisions': {
      path: '/placements/decisions',
      body: { decisions: [{ enterpriseId: `${p}-none`, segmentIds: [] }] },
    },
    'get /institutions': { path: '/institutions' },
    'get /institutions/:id': { path: `/institutions/${p}-uni` },
    'post /institutions': {
      path: '/institutions',
      body: { id: `${p}-lab`, name: '矩阵实验室', kind: 'lab', regionId: `${p}-park` },
      scoped: true,
    },
    'get /party-orgs': { path: '/party-orgs' },
    'get /party-orgs/coverage': { path: '/party-orgs/coverage', query: { region: `${p}-park` }, scoped: true },
    'get /party-orgs/:id': { path: `/party-orgs/${p}-po-chain` },
    'post /party-orgs': {
      path: '/party-orgs',
      body: { id: `${p}-po-new`, name: '矩阵党支部', kind: 'branch', regionId: `${p}-park` },
      scoped: true,
    },
    // both in the park: the chain committee is where the working committee it is under is
    'post /party-orgs/pairings': {
      path: '/party-orgs/pairings',
      body: { a: `${p}-po-top`, b: `${p}-po-chain` },
      scoped: true,
    },
    'get /problems': { path: '/problems', query: { chain: `${p}-chain`, region: `${p}-park` } },
    'get /problems/:id': { path: `/problems/${p}-problem-2` },
    'post /problems': {
      path: '/problems',
      body: { id: `${p}-problem-matrix`, title: '矩阵难题', postedBy: `${p}-ent-2` },
      scoped: true,
    },
    'post /problems/:id/transitions': {
      path: `/problems/${p}-problem-3/transitions`,
      body: { to: 'closed' },
      roles: ['admin', 'secretary'],
      scoped: true,
    },
    'get /problems/:id/history': { path: `/problems/${p}-problem-2/history` },
    'get /problems/:id/candidates': { path: `/problems/${p}-problem-2/candidates` },
    'get /problems/:id/consortium': { path: `/problems/${p}-problem-2/consortium` },
    'get /assignment': { path: '/assignment' },
    'get /people/:id': { path: `/people/${p}-person-1` },
    'get /people': { path: '/people' },
    'get /people/:id/problems': { path: `/people/${p}-person-1/problems` },
    'post /people': {
      path: '/people',
      body: { id: `${p}-person-matrix`, name: '矩阵专家', worksAt: [{ orgId: `${p}-ent-2` }] },
      scoped: true,
    },
    'get /teams/:id': { path: `/teams/${p}-team` },
    'post /teams': {
      path: '/teams',
      body: {
        id: `${p}-team-matrix`,
        name: '矩阵团队',
        kind: 'consortium',
        problemId: `${p}-problem-1`,
        memberIds: [`${p}-person-6`],
      },
      scoped: true,
    },
    'post /teams/:id/members': { path: `/teams/${p}-team/members`, body: { add: [`${p}-person-7`] }, scoped: true },
    'get /teams': { path: '/teams' },
    'get /requests': { path: '/requests' },
    'get /requests/escalated': { path: '/requests/escalated' },
    'get /requests/:id': { path: `/requests/${p}-req`, scoped: true },
    'post /requests': {
      path: '/requests',
      body: { id: `${p}-req-matrix`, kind: 'policy', title: '政策咨询', raisedBy: `${p}-ent-2` },
      scoped: true,
    },
    'post /requests/:id/transitions': {
      path: `/requests/${p}-req/transitions`,
      body: { to: 'dispatched', assignee: `${p}-person-9` },
      // a responder's key accepts and resolves what is dispatched to it: dispatching is the staff's
      roles: ['admin', 'secretary'],
      scoped: true,
    },
    'get /requests/:id/responders': { path: `/requests/${p}-req/responders`, scoped: true },
    'post /requests/:id/whistle': {
      path: `/requests/${p}-req/whistle`,
      body: { departments: [`${p}-dept`] },
      scoped: true,
    },
    // a responder key moves the part of the department it acts for: the harness's acts for a person
    'post /requests/:id/departments/:departmentId': {
      path: `/requests/${p}-req/departments/${p}-dept`,
      body: { to: 'reported', note: '已报到' },
      roles: ['admin', 'secretary'],
      scoped: true,
    },
    'get /departments': { path: '/departments' },
    'get /departments/:id': { path: `/departments/${p}-dept`, scoped: true },
    'post /outcomes': {
      path: '/outcomes',
      body: {
        engine: 'partners',
        subjectId: `${p}-ent-2`,
        candidateId: `${p}-ent-3`,
        direction: 'upstream',
        result: 'contacted',
        date: '2026-11-01',
      },
      scoped: true,
    },
    'get /outcomes': { path: '/outcomes' },
    'get /stats/outcomes': { path: '/stats/outcomes', query: { region: `${p}-park` }, scoped: true },
    'post /talent-needs': {
      path: '/talent-needs',
      body: { id: `${p}-tn-matrix`, title: '工艺工程师', enterpriseId: `${p}-ent-4` },
      scoped: true,
    },
    'get /talent-needs/:id': { path: `/talent-needs/${p}-tn-1`, scoped: true },
    'get /talent-needs/:id/candidates': { path: `/talent-needs/${p}-tn-1/candidates`, scoped: true },
    'get /chains/:id/talent': { path: `/chains/${p}-chain/talent`, query: { region: `${p}-park` }, scoped: true },
    'get /chains/:id/job-fair': { path: `/chains/${p}-chain/job-fair`, query: { region: `${p}-park` }, scoped: true },
    'get /financing-needs': { path: '/financing-needs', query: { region: `${p}-park` }, scoped: true },
    'post /financing-needs': {
      path: '/financing-needs',
      body: {
        id: `${p}-need-matrix`,
        title: '矩阵贷款',
        kind: 'loan',
        amountYuan: 1_000_000,
        enterpriseId: `${p}-ent-5`,
      },
      scoped: true,
    },
    'get /financing-needs/:id/products': { path: `/financing-needs/${p}-need-1/products`, scoped: true },
    'get /financial-products': { path: '/financial-products', query: { region: `${p}-park` }, scoped: true },
    'post /financial-products': {
      path: '/financial-products',
      body: {
        id: `${p}-product-matrix`,
        name: '矩阵贷',
        kinds: ['loan'],
        providerId: `${p}-bank-a`,
        regionIds: [`${p}-park`],
      },
      scoped: true,
    },
    'get /financial-products/:id/needs': { path: `/financial-products/${p}-product-tech/needs` },
    'get /finance/meeting-plan': { path: '/finance/meeting-plan', query: { region: `${p}-park` }, scoped: true },
    'get /financing-meetings': { path: '/financing-meetings', query: { region: `${p}-park` }, scoped: true },
    'get /lists/needs': { path: '/lists/needs', query: { region: `${p}-park` }, scoped: true },
    'get /lists/needs/:id/resources': { path: `/lists/needs/${p}-req-land/resources`, scoped: true },
    'get /lists/resources': { path: '/lists/resources', query: { region: `${p}-park` }, scoped: true },
    'post /lists/resources': {
      path: '/lists/resources',
      body: { id: `${p}-res-matrix`, name: '矩阵代办', kind: 'approval', departmentId: `${p}-dept-land` },
      scoped: true,
    },
    'patch /lists/resources/:id': { path: `/lists/resources/${p}-res-land`, body: { capacity: 10 }, scoped: true },
    'get /lists/projects': { path: '/lists/projects', query: { region: `${p}-park` }, scoped: true },
    'post /lists/projects': {
      path: '/lists/projects',
      body: { id: `${p}-proj-matrix`, name: '矩阵项目', regionId: `${p}-park` },
      scoped: true,
    },
    'patch /lists/projects/:id': { path: `/lists/projects/${p}-proj-ship`, body: { progress: 50 }, scoped: true },
    'get /squads': { path: '/squads', query: { region: `${p}-park` }, scoped: true },
    'get /squads/tally': { path: '/squads/tally', query: { region: `${p}-park` }, scoped: true },
    'get /squads/:id': { path: `/squads/${p}-squad`, scoped: true },
    'post /squads': {
      path: '/squads',
      body: { id: `${p}-squad-matrix`, name: '矩阵小分队', regionId: `${p}-park`, members: [`${p}-person-6`] },
      scoped: true,
    },
    'post /squads/:id/leads': {
      path: `/squads/${p}-squad/leads`,
      body: { leads: [{ enterpriseId: `${p}-far-ent-1`, chainId: `${p}-chain` }] },
      scoped: true,
    },
    'post /squad-visits': {
      path: '/squad-visits',
      body: {
        squadId: `${p}-squad`,
        enterpriseId: `${p}-far-ent-2`,
        date: '2026-03-01',
        outcome: 'contacted',
        visitors: [],
      },
      scoped: true,
    },
    'get /mobile-members': { path: '/mobile-members', query: { region: `${p}-park` }, scoped: true },
    'get /people/:id/moves': { path: `/people/${p}-mobile-member/moves`, scoped: true },
    'post /people/:id/moves': {
      path: `/people/${p}-mobile-member/moves`,
      body: { date: '2026-11-02', kind: 'return' },
      scoped: true,
    },
    'get /chains/:id/chief-view': {
      path: `/chains/${p}-chain/chief-view`,
      query: { region: `${p}-park` },
      scoped: true,
    },
    'post /chains/:id/joint-meetings/draft': {
      path: `/chains/${p}-chain/joint-meetings/draft`,
      body: { region: `${p}-park` },
      scoped: true,
    },
    'post /joint-meetings': {
      path: '/joint-meetings',
      body: {
        id: `${p}-jm-matrix`,
        title: '矩阵联席会议',
        date: '2025-06-11',
        chainId: `${p}-chain`,
        regionId: `${p}-park`,
        agenda: [],
      },
      scoped: true,
    },
    'get /joint-meetings': { path: '/joint-meetings', query: { region: `${p}-park` }, scoped: true },
    'post /joint-meetings/:id/decisions': {
      path: `/joint-meetings/${p}-jm-auth/decisions`,
      body: { id: `${p}-decision-matrix`, text: '矩阵决定', owner: '区发改局', dueDate: '2025-07-11' },
      scoped: true,
    },
    'patch /meeting-decisions/:id': {
      path: `/meeting-decisions/${p}-decision-auth`,
      body: { status: 'in_progress' },
      scoped: true,
    },
    'get /pledges': { path: '/pledges', query: { region: `${p}-park` }, scoped: true },
    'post /pledges': {
      path: '/pledges',
      body: { id: `${p}-pledge-matrix`, title: '矩阵实事', year: 2025, owner: '链党委', regionId: `${p}-park` },
      scoped: true,
    },
    'patch /pledges/:id': { path: `/pledges/${p}-pledge-auth`, body: { status: 'in_progress' }, scoped: true },
    'post /import': {
      path: '/import',
      query: { dryRun: 'true' },
      body: { format: 'redchain-bundle/1', regions: [{ id: `${p}-imported`, name: '导入园区', level: 'park' }] },
    },
    'post /recompute': { path: '/recompute' },
    'get /export': {
      path: '/export',
      query: { format: 'csv', section: 'regions' },
      scoped: true,
      anyRegionRefused: true,
    },
    'get /jobs/:id': { path: '/jobs/no-such-job' },
    'get /jobs/:id/events': { path: '/jobs/no-such-job/events' },
    'get /search': { path: '/search', query: { q: '企业' } },
    'get /resolve': { path: '/resolve', query: { name: '某某企业' } },
    'get /graph/neighbourhood': {
      path: '/graph/neighbourhood',
      query: { kind: 'Enterprise', id: `${p}-ent-2` },
      scoped: true,
    },
    'get /stats': { path: '/stats' },
    'post /keys': { path: '/keys', body: { name: '矩阵', role: 'viewer' } },
    'get /keys': { path: '/keys' },
    'delete /keys/:id': { path: '/keys/nosuchkey' },
    'get /audit': { path: '/audit' },
    'get /me': { path: '/me' },
  };
}

/**
 * Every route × every role, and region-scoped keys in and out of their region: a role a route
 * does not allow is refused with 403 before anything is read; an allowed one never is; a key of
 * another region is refused on everything that lies in a region. And PIPL fields are masked for
 * exactly the roles that may not see them.
 */
describe('authorisation matrix', () => {
  let h: ApiHarness;
  let table: Record<string, Sample>;
  beforeAll(async () => {
    h = await neo4jApi('api-authz');
    table = samples(h.p);
    // a department of the park, for the service loop's whistle (吹哨) and its 报到
    await h.raw.upsertNodes('Department', [{ id: `${h.p}-dept`, name: '矩阵应急管理局', remit: ['safety'] }]);
    await h.raw.upsertRelationships([
      { type: 'IN_REGION', from: { kind: 'Department', id: `${h.p}-dept` }, to: { kind: 'Region', id: `${h.p}-park` } },
    ]);
    // 银企对接's needs and products in the park, for its routes' samples
    expect((await importBundle(h.raw, financeBundle(h.p))).rejected).toEqual([]);
    // 3张清单's departments, resources, needs and projects in the park, for its routes' samples
    expect((await importBundle(h.raw, listsBundle(h.p))).rejected).toEqual([]);
    // 党员招商小分队: the park's squad and the leads outside it
    expect((await importBundle(h.raw, squadsBundle(h.p))).rejected).toEqual([]);
    // 流动党员: a member of the park's working committee co-managed by its chain committee
    const mobile = {
      id: `${h.p}-mobile-member`,
      name: '流动党员',
      partyMember: true,
      worksAt: [{ orgId: `${h.p}-ent-2` }],
      memberOf: [`${h.p}-po-top`],
      managedBy: [{ orgId: `${h.p}-po-chain`, since: '2025-08-29' }],
    };
    expect((await importBundle(h.raw, { format: 'redchain-bundle/1', people: [mobile] })).rejected).toEqual([]);
    // a joint meeting with a decision and a pledged item in the park, for the chiefs' write routes
    expect((await importBundle(h.raw, chiefRecordsBundle(h.p))).rejected).toEqual([]);
  });
  afterAll(async () => {
    await h.close();
  });

  const call = (spec: (typeof API_ROUTES)[number], sample: Sample, key: HarnessKey) => {
    const url = `/api/v1${sample.path}`;
    const req = request(h.app)[spec.method](url).set(h.auth(key));
    if (sample.query) req.query(sample.query);
    return sample.body === undefined ? req : req.send(sample.body as object);
  };
  const routeName = (spec: (typeof API_ROUTES)[number]) => `${spec.method} ${spec.path}`;

  test('when the matrix is drawn, then every route of the API has a sample in it, and every sample a route', () => {
    expect(API_ROUTES.map(routeName).filter((name) => !table[name])).toEqual([]);
    expect(Object.keys(table).filter((name) => !API_ROUTES.some((spec) => routeName(spec) === name))).toEqual([]);
  });

  test('when a key of another region calls a route about something in the park, then 403; the park’s own key is let through', async () => {
    const refused: string[] = [];
    const letThrough: string[] = [];
    for (const spec of API_ROUTES) {
      const sample = table[routeName(spec)]!;
      if (!spec.allow.includes('secretary') || (sample.roles && !sample.roles.includes('secretary'))) continue;
      const status = (await call(spec, sample, 'secretaryElsewhere')).status;
      if (sample.scoped && status !== 403) refused.push(`${routeName(spec)} → ${status}`);
      if (!sample.scoped && status === 403) letThrough.push(`${routeName(spec)} → 403`);
    }
    expect(refused).toEqual([]);
    expect(letThrough).toEqual([]);
    const inPark: string[] = [];
    for (const spec of API_ROUTES) {
      const sample = table[routeName(spec)]!;
      if (!spec.allow.includes('secretary') || (sample.roles && !sample.roles.includes('secretary'))) continue;
      const status = (await call(spec, sample, 'secretaryInPark')).status;
      if (sample.anyRegionRefused ? status !== 403 : status === 403 || status === 401 || status >= 500)
        inPark.push(`${routeName(spec)} → ${status}`);
    }
    expect(inPark).toEqual([]);
  }, 120_000);

  test('when every role calls every route, then exactly the roles a route does not allow are refused with 403', async () => {
    const wrong: string[] = [];
    for (const spec of API_ROUTES) {
      const sample = table[routeName(spec)]!;
      for (const role of ROLES) {
        const allowed = spec.allow.includes(role) && (!sample.roles || sample.roles.includes(role));
        const status = (await call(spec, sample, role)).status;
        if (allowed ? status === 403 || status === 401 || status >= 500 : status !== 403)
          wrong.push(`${role} ${routeName(spec)} → ${status} (expected ${allowed ? 'not 401/403/5xx' : '403'})`);
      }
    }
    expect(wrong).toEqual([]);
  }, 180_000);

  test('when keys read jobs, then a job on the park is read by keys whose region holds it, whole-graph runs by keys without a region, the assignment by all; others get 404', async () => {
    const [parkMap, allProblems, assignment] = await h.api.jobs.add([
      { name: 'gaps.map', payload: { chainId: `${h.p}-chain`, regionId: `${h.p}-park` } },
      { name: 'tackling.all', payload: { runId: `${h.p}-matrix-run` } },
      { name: 'assignment', payload: {} },
    ]);
    const keys: HarnessKey[] = ['admin', 'viewer', 'secretaryInPark', 'secretaryElsewhere'];
    const read: Record<string, number[]> = {};
    for (const [name, id] of Object.entries({ parkMap, allProblems, assignment }))
      read[name] = await Promise.all(
        keys.map(async (key) => (await request(h.app).get(`/api/v1/jobs/${id!}`).set(h.auth(key))).status),
      );
    expect(read).toEqual({
      parkMap: [200, 200, 200, 404],
      allProblems: [200, 200, 404, 404],
      assignment: [200, 200, 200, 200],
    });
    await h.settled();
  }, 120_000);

  test('when a person is read, then party membership shows to admin and secretary only, contacts to admin, secretary and university', async () => {
    const id = `${h.p}-person-contact`;
    await h.raw.upsertNodes('Person', [
      { id, name: '联系人', partyMember: true, phone: '13812345678', email: 'lianxi@example.edu.cn' },
    ]);
    const shown: Record<string, unknown> = {};
    for (const role of ROLES) {
      const res = await request(h.app).get(`/api/v1/people/${id}`).set(h.auth(role));
      const { partyMember, phone, email, masked } = res.body as Record<string, unknown>;
      shown[role] = { partyMember, phone, email, masked: masked ?? [] };
    }
    const open = { partyMember: true, phone: '13812345678', email: 'lianxi@example.edu.cn', masked: [] };
    expect(shown).toEqual({
      admin: open,
      secretary: open,
      university: { ...open, partyMember: null, masked: ['partyMember'] },
      investment: {
        partyMember: null,
        phone: '138******78',
        email: 'l***@example.edu.cn',
        masked: ['partyMember', 'phone', 'email'],
      },
      viewer: {
        partyMember: null,
        phone: '138******78',
        email: 'l***@example.edu.cn',
        masked: ['partyMember', 'phone', 'email'],
      },
      responder: {
        partyMember: null,
        phone: '138******78',
        email: 'l***@example.edu.cn',
        masked: ['partyMember', 'phone', 'email'],
      },
    });
  });
});
