import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import { exportBundle } from '../../src/ingest/export-bundle';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';
import { articlesApp } from '../helpers/articles-app';
import { financeCommand } from '../../src/cli/finance.command';
import { validBundle } from '../helpers/bundle-fixture';
import { financeBundle } from '../helpers/finance-fixture';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';

type Key = 'admin' | 'park' | 'elsewhere';

/**
 * 银企对接 through /api/v1 on either store: a park's finance staff list the needs of the park,
 * see each need's products with the reasons, a bank's list of enterprises, the meeting plan,
 * record a signing as an outcome and read precision@k of the finance matcher; hostile input is
 * a 400 naming the field, another region's key a 403.
 */
describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('bank–enterprise matching (%s store)', (_name, open) => {
  const p = uniquePrefix('finance');
  let store: GraphStore & { close?: () => Promise<void> };
  let app: ReturnType<typeof createApp>;
  const keys = {} as Record<Key, string>;
  const get = (path: string, key: Key = 'park', query: Record<string, string> = {}) =>
    request(app)
      .get(`/api/v1${path}`)
      .query(query)
      .set({ Authorization: `Bearer ${keys[key]}` });
  const post = (path: string, body: object, key: Key = 'park') =>
    request(app)
      .post(`/api/v1${path}`)
      .send(body)
      .set({ Authorization: `Bearer ${keys[key]}` });

  beforeAll(async () => {
    store = await open();
    for (const bundle of [validBundle(p), financeBundle(p)])
      expect((await importBundle(store, bundle)).rejected).toEqual([]);
    const api = plainApiContext(store);
    const make = async (role: string, regionId: string | null) =>
      (await createApiKey(api.access, store, { role, regionId, name: `${p}-${role}-${regionId}` })).key;
    keys.admin = await make('admin', null);
    keys.park = await make('secretary', `${p}-park`);
    keys.elsewhere = await make('secretary', `${p}-elsewhere-r`);
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
  }, 60_000);
  afterAll(async () => {
    await store.close?.();
  });

  test('when the park’s staff list its financing needs, then they come largest first with enterprise, region and chain; another region’s key is refused the park', async () => {
    const res = await get('/financing-needs', 'park', { region: `${p}-park` });
    expect(res.status).toBe(200);
    expect(res.body.items.map((n: { id: string }) => n.id)).toEqual([`${p}-need-3`, `${p}-need-2`, `${p}-need-1`]);
    expect(res.body.amountYuan).toBe(95_000_000);
    expect(res.body.items[2]).toMatchObject({
      kind: 'loan',
      amountYuan: 5_000_000,
      enterprise: { id: `${p}-ent-1` },
      region: { id: `${p}-park`, name: '白银高新区' },
      chains: [{ id: `${p}-chain`, name: '锂电池' }],
      source: 'test',
    });
    expect((await get('/financing-needs', 'elsewhere', { region: `${p}-park` })).status).toBe(403);
    expect((await get('/financing-needs', 'elsewhere')).body.items).toEqual([]);
  });

  test('when a need’s products are asked, then the fitting product comes first with its components and reasons, and products of other kinds or places are not proposed', async () => {
    // the shared Neo4j may hold other runs' products: this test's are those of its prefix
    const ours = (candidates: { product: { id: string } }[]) =>
      candidates.map((c) => c.product.id).filter((id) => id.startsWith(`${p}-`));
    const loan = await get(`/financing-needs/${p}-need-1/products`);
    expect(loan.status).toBe(200);
    const ids = ours(loan.body.candidates);
    expect(ids).toEqual([`${p}-product-tech`, `${p}-product-large`]);
    expect(loan.body.candidates[0]).toMatchObject({
      rank: 1,
      components: { kind: 1, amount: 1, sector: 1, region: 1, stage: 1 },
      product: { provider: { name: '民生银行白银分行' } },
    });
    expect(loan.body.candidates[0].reasons.zh).toEqual(
      expect.arrayContaining(['产品提供贷款', '需求500万元在额度100万元–1000万元内', '面向锂电池产业链']),
    );
    expect(loan.body.candidates[1].reasons.en).toContain('¥5M asked is below the floor of ¥20M');
    const equity = await get(`/financing-needs/${p}-need-2/products`);
    expect(ours(equity.body.candidates)).toEqual([`${p}-product-equity`]);
    const big = await get(`/financing-needs/${p}-need-3/products`);
    expect(big.body.candidates[0].product.id).toBe(`${p}-product-large`);
    expect((await get(`/financing-needs/${p}-need-1/products`, 'elsewhere')).status).toBe(403);
    expect((await get(`/financing-needs/${p}-none/products`)).status).toBe(404);
    expect((await get(`/financing-needs/${p}-need-1/products`, 'park', { limit: '0' })).status).toBe(400);
  });

  test('when a bank asks whom its product fits, then the open needs come best first, those of other regions left out for their keys', async () => {
    const res = await get(`/financial-products/${p}-product-tech/needs`, 'admin');
    expect(res.status).toBe(200);
    expect(res.body.candidates[0]).toMatchObject({
      rank: 1,
      need: { id: `${p}-need-1`, enterprise: { id: `${p}-ent-1` } },
    });
    expect((await get(`/financial-products/${p}-product-tech/needs`, 'elsewhere')).body.candidates).toEqual([]);
    const listed = await get('/financial-products', 'park', { region: `${p}-park` });
    expect(listed.body.items.map((i: { id: string }) => i.id)).not.toContain(`${p}-product-far`);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(`${p}-product-equity`);
  });

  test('when the park plans a bank–enterprise meeting, then each enterprise sits with the providers that fit it, and the sum asked is told', async () => {
    const res = await get('/finance/meeting-plan', 'park', { region: `${p}-park`, chain: `${p}-chain` });
    expect(res.status).toBe(200);
    const pairs = res.body.meetings.map((m: { enterprise: { id: string }; provider: { id: string } }) => [
      m.enterprise.id,
      m.provider.id,
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [`${p}-ent-1`, `${p}-bank-a`],
        [`${p}-ent-2`, `${p}-fund`],
        [`${p}-ent-3`, `${p}-bank-b`],
      ]),
    );
    expect(res.body).toMatchObject({
      region: { name: '白银高新区' },
      chain: { name: '锂电池' },
      amountYuan: 95_000_000,
    });
    expect((await get('/finance/meeting-plan', 'park', { region: `${p}-park`, perEnterprise: '0' })).status).toBe(400);
    expect((await get('/finance/meeting-plan', 'elsewhere', { region: `${p}-park` })).status).toBe(403);
  });

  test('when a signing is recorded as an outcome, then it keeps the product’s rank and amount, closes the need, and precision@k of the finance matcher follows', async () => {
    const signing = {
      engine: 'finance',
      subjectId: `${p}-need-1`,
      candidateId: `${p}-product-tech`,
      result: 'financing_signed',
      amountYuan: 5_000_000,
      date: '2026-11-20',
    };
    expect((await post('/outcomes', signing, 'elsewhere')).status).toBe(403);
    const res = await post('/outcomes', signing);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ engine: 'finance', rank: 1, amountYuan: 5_000_000, subjectId: `${p}-need-1` });
    // a need imported without its posting day: signed, but no days to sign are made up
    expect(res.body.daysToSign).toBeUndefined();
    expect((await store.getNode('FinancingNeed', `${p}-need-1`))?.props).toMatchObject({
      status: 'signed',
      signedAt: '2026-11-20',
    });
    const open = await get('/financing-needs', 'park', { region: `${p}-park`, status: 'open' });
    expect(open.body.items.map((n: { id: string }) => n.id)).not.toContain(`${p}-need-1`);
    const stats = await get('/stats/outcomes', 'park');
    const finance = stats.body.engines.find((e: { engine: string }) => e.engine === 'finance');
    expect(finance).toMatchObject({ outcomes: 1, successes: 1, byResult: { financing_signed: 1 } });
    expect(finance.atK[0]).toMatchObject({ k: 1, precision: 1, hitRate: 1 });
    const wrong = await post('/outcomes', { ...signing, engine: 'partners', direction: 'upstream' });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('amountYuan');
    const noNeed = await post('/outcomes', { ...signing, subjectId: `${p}-none` });
    expect(noNeed.status).toBe(400);
    expect(JSON.stringify(noNeed.body)).toContain('body.subjectId');
  });

  test('when a signing is dated before its need was posted, then it is 400 naming body.date and nothing is written; signed after, the need keeps the day and the outcome the days it took', async () => {
    const need = {
      id: `${p}-need-dated`,
      title: '设备更新贷款',
      kind: 'loan',
      amountYuan: 3_000_000,
      enterpriseId: `${p}-ent-4`,
      postedAt: '2026-11-10',
    };
    expect((await post('/financing-needs', need)).body).toMatchObject({ status: 'open', postedAt: '2026-11-10' });
    const signing = {
      engine: 'finance',
      subjectId: need.id,
      candidateId: `${p}-product-tech`,
      result: 'financing_signed',
      amountYuan: 3_000_000,
      date: '2026-11-01',
    };
    const outcomesBefore = await store.countNodes('Outcome');
    const early = await post('/outcomes', signing);
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([
      { field: 'body.date', reason: 'must not be before the need was posted (2026-11-10)' },
    ]);
    expect(await store.countNodes('Outcome')).toBe(outcomesBefore);
    expect((await store.getNode('FinancingNeed', need.id))?.props).toMatchObject({ status: 'open' });
    const signed = await post('/outcomes', { ...signing, date: '2026-11-25' });
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({ result: 'financing_signed', daysToSign: 15 });
    expect((await store.getNode('FinancingNeed', need.id))?.props).toMatchObject({
      status: 'signed',
      postedAt: '2026-11-10',
      signedAt: '2026-11-25',
    });
    // posted without a day: today's
    const today = await post('/financing-needs', { ...need, id: `${p}-need-today`, postedAt: undefined });
    expect(today.body.postedAt).toBe(new Date().toISOString().slice(0, 10));
  });

  test('when needs and products are posted, then the park’s staff add them in the park, bad amounts are 400 naming the field, and another region’s key is refused', async () => {
    const need = {
      id: `${p}-need-new`,
      title: '流动资金贷款',
      kind: 'loan',
      amountYuan: 2_000_000,
      enterpriseId: `${p}-ent-4`,
    };
    expect((await post('/financing-needs', need, 'elsewhere')).status).toBe(403);
    const created = await post('/financing-needs', need);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', amountYuan: 2_000_000 });
    const negative = await post('/financing-needs', { ...need, id: `${p}-need-bad`, amountYuan: -5 });
    expect(negative.status).toBe(400);
    expect(JSON.stringify(negative.body)).toContain('amountYuan');
    const product = {
      id: `${p}-product-new`,
      name: '园区贷',
      kinds: ['loan'],
      providerId: `${p}-bank-a`,
      regionIds: [`${p}-park`],
    };
    const inverted = await post('/financial-products', { ...product, minAmountYuan: 10, maxAmountYuan: 5 });
    expect(inverted.status).toBe(400);
    expect(JSON.stringify(inverted.body)).toContain('maxAmountYuan');
    expect((await post('/financial-products', product, 'elsewhere')).status).toBe(403);
    expect((await post('/financial-products', product)).status).toBe(201);
  });

  test('when the meetings held are listed, then the signings, banks and amount stated are shown with the attendees; and the export carries needs and products back into a fresh store', async () => {
    const held = await get('/financing-meetings', 'park');
    expect(held.body.items.find((m: { id: string }) => m.id === `${p}-meeting`)).toMatchObject({
      enterprisesSigned: 8,
      providersSigned: 4,
      amountSignedYuan: 50_000_000,
      attendees: [
        { id: `${p}-bank-a`, name: '民生银行白银分行' },
        { id: `${p}-ent-2`, name: expect.any(String) },
      ],
    });
    const whole = (await exportBundle(store)) as Record<string, Record<string, unknown>[]>;
    // this test's records only (the shared Neo4j holds other runs'): they reference nothing else
    const mine = (r: Record<string, unknown>) =>
      [r['id'], r['from'], r['a']].some((v) => String(v).startsWith(`${p}-`));
    const exported = Object.fromEntries(
      Object.entries(whole).map(([k, v]) => [k, Array.isArray(v) ? v.filter(mine) : v]),
    ) as Record<string, Record<string, unknown>[]>;
    const need = exported['financingNeeds']!.find((n) => n['id'] === `${p}-need-2`);
    expect(need).toMatchObject({ enterpriseId: `${p}-ent-2`, kind: 'equity', amountYuan: 10_000_000 });
    const product = exported['financialProducts']!.find((n) => n['id'] === `${p}-product-tech`);
    expect(product).toMatchObject({ providerId: `${p}-bank-a`, chainIds: [`${p}-chain`], regionIds: [`${p}-city`] });
    const fresh = await MemoryGraphStore.open();
    expect((await importBundle(fresh, exported as never)).rejected).toEqual([]);
    expect(await fresh.countNodes('FinancingNeed')).toBe(exported['financingNeeds']!.length);
    expect((await fresh.getNode('FinancialProduct', `${p}-product-tech`))?.props).toMatchObject({
      maxAmountYuan: 10_000_000,
    });
  });
});

/** The articles' own figures (003): 8 signings with 4 banks for ¥50M, and 微晶石's ¥10M equity need. */
describe('bank–enterprise matching on the articles’ dataset', () => {
  let app: Awaited<ReturnType<typeof articlesApp>>['app'];
  let raw: Awaited<ReturnType<typeof articlesApp>>['raw'];
  const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };
  beforeAll(async () => {
    ({ app, raw } = await articlesApp());
  });

  test('when `redchain finance 微晶石` is run, then the enterprise’s equity need is printed with why no product is proposed', async () => {
    const lines: string[] = [];
    const notes: string[] = [];
    await financeCommand({ store: raw, out: (l) => lines.push(l), note: (l) => notes.push(l) }, '微晶石', {
      limit: 5,
      json: false,
    });
    expect(lines).toEqual([
      '微晶石 → ent-weijingshi 武汉微晶石科技股份有限公司',
      '武汉微晶石科技股份有限公司：一千万元科创股权融资需求（股权融资 1000万元）',
      '  匹配的金融产品：无（没有提供股权融资、服务该企业所在地区的产品）',
    ]);
  });

  test('when 江岸区’s finance staff open 银企对接, then the 2025-04-23 meeting shows 8 signings with 4 banks for ¥50M with its source, and 微晶石’s ¥10M equity need finds no equity product among the banks’ loans', async () => {
    const held = await request(app).get('/api/v1/financing-meetings').query({ region: 'region-jiangan' }).set(admin);
    expect(held.body.items[0]).toMatchObject({
      date: '2025-04-23',
      enterprisesSigned: 8,
      providersSigned: 4,
      amountSignedYuan: 50_000_000,
      source: 'article:003_c9eb863d576ebe9c',
    });
    expect(held.body.items[0].attendees.map((a: { name: string }) => a.name)).toEqual(
      expect.arrayContaining(['民生银行', '中国银行', '工商银行', '交通银行', '武汉微晶石科技股份有限公司']),
    );
    const needs = await request(app).get('/api/v1/financing-needs').query({ region: 'region-jiangan' }).set(admin);
    expect(needs.body.items).toEqual([
      expect.objectContaining({
        kind: 'equity',
        amountYuan: 10_000_000,
        enterprise: { id: 'ent-weijingshi', name: '武汉微晶石科技股份有限公司' },
      }),
    ]);
    const products = await request(app).get('/api/v1/financing-needs/fin-weijingshi-equity/products').set(admin);
    expect(products.body.candidates).toEqual([]);
    const loans = await request(app).get('/api/v1/financial-products').query({ region: 'region-jiangan' }).set(admin);
    expect(loans.body.items.map((p: { provider: { name: string } }) => p.provider.name).sort()).toEqual(
      ['中国银行', '交通银行', '工商银行', '民生银行'].sort(),
    );
  });
});
