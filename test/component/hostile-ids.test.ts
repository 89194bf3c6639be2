import request from 'supertest';
import { createApp } from '../../src/api/app';
import { locationOf } from '../../src/api/routing/location';
import type { NodeKind } from '../../src/domain';
import { importFile } from '../../src/ingest/import-file.use-case';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
import { Id, Name } from '../../src/domain/common.schema';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { BOOTSTRAP_ADMIN_KEY, plainApiContext } from '../helpers/api-harness';

const admin = { Authorization: `Bearer ${BOOTSTRAP_ADMIN_KEY}` };

/** Ids that render like others: a right-to-left override, a zero-width space, a C1 control, a bidi isolate. */
const LOOK_ALIKE_IDS = [
  ['ent-\u202Eabc', 'U+202E'],
  ['ent-\u200Babc', 'U+200B'],
  ['ent-\u0085abc', 'U+0085'],
  ['ent-\u2066abc', 'U+2066'],
] as const;

describe('ids with control, bidi or zero-width characters', () => {
  test.each(LOOK_ALIKE_IDS)(
    'when an enterprise is created with id %j, then 400 names the character %s and nothing is written',
    async (id, codePoint) => {
      const store = await MemoryGraphStore.open();
      const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
      const answer = await request(app)
        .post('/api/v1/enterprises')
        .set(admin)
        .send({ id, name: '江苏省镇江船厂（集团）有限公司', scale: 'large' });
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(answer.body.errors).toEqual([
        { field: 'body.id', reason: `id must not contain ${codePoint} (a control, bidi or zero-width character)` },
      ]);
      expect(await store.getNode('Enterprise', id)).toBeNull();
    },
  );

  test('when an imported CSV row has an id with U+202E, then that row is rejected naming it and the others land', async () => {
    const store = await MemoryGraphStore.open();
    await importBundle(store, {
      format: 'redchain-bundle/1',
      regions: [{ id: 'r-zj', name: '镇江高新区', level: 'park' }],
    });
    const csv = [
      '编号,名称,地区',
      'e-1,镇江甲有限公司,r-zj',
      'e-\u202E2,镇江乙有限公司,r-zj',
      'e-3,镇江丙有限公司,r-zj',
    ].join('\n');
    const report = await importFile(store, { name: '企业.csv', content: Buffer.from(csv) });
    expect(report.counts.enterprises).toEqual({ received: 3, imported: 2, rejected: 1, held: 0 });
    expect(report.rejected).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'id',
        reason: 'id must not contain U+202E (a control, bidi or zero-width character)',
      }),
    ]);
    expect(await store.getNode('Enterprise', 'e-\u202E2')).toBeNull();
    expect(await store.getNode('Enterprise', 'e-3')).not.toBeNull();
  });
});

/** What a client's JSON encoder sends for `"hx-u\udc00"`: half of a surrogate pair, no character. */
const LONE = 'hx-u\udc00';
const LONE_REASON = 'must not contain U+DC00 (half of a UTF-16 surrogate pair, which is not a character)';

describe('ids and texts with a lone surrogate', () => {
  test.each([
    ['/api/v1/enterprises', 'Enterprise', { name: '测试有限公司u2', scale: 'small' }],
    ['/api/v1/people', 'Person', { name: '张三' }],
    ['/api/v1/problems', 'Problem', { title: '船用密封件国产化' }],
    ['/api/v1/party-orgs', 'PartyOrg', { name: '测试党支部', kind: 'branch' }],
    ['/api/v1/outcomes', 'Outcome', { engine: 'partners', result: 'contacted', subjectId: 'e-1' }],
  ] as const)(
    'when %s is sent an id with a lone surrogate, then 400 names body.id and nothing is written',
    async (target, kind, rest) => {
      const store = await MemoryGraphStore.open();
      const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
      const answer = await request(app)
        .post(target)
        .set(admin)
        .send({ id: LONE, ...rest });
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(answer.body.errors).toEqual([{ field: 'body.id', reason: LONE_REASON }]);
      expect(await store.getNode(kind as NodeKind, LONE)).toBeNull();
      expect(await store.countNodes(kind as NodeKind)).toBe(0);
    },
  );

  test('when a name holds a lone surrogate, then 400 names body.name and nothing is written', async () => {
    const store = await MemoryGraphStore.open();
    const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
    const answer = await request(app)
      .post('/api/v1/enterprises')
      .set(admin)
      .send({ id: 'hx-u3', name: '测试有限公司\ud800' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ field: 'body.name', reason: LONE_REASON.replace('DC00', 'D800') }]);
    expect(await store.getNode('Enterprise', 'hx-u3')).toBeNull();
  });

  test('when the schemas alone judge (an import), then ids and names with a lone surrogate are refused naming them', () => {
    expect(Id.safeParse(LONE).error?.issues.map((i) => i.message)).toEqual([`id ${LONE_REASON}`]);
    expect(Name.safeParse('测试\udc00').error?.issues.map((i) => i.message)).toEqual([LONE_REASON]);
    expect(Id.safeParse('hx-\u{1F600}').success).toBe(true); // a whole pair is a character
  });

  test('when a JSON bundle has an enterprise whose id holds a lone surrogate, then that row is rejected naming it and the others land', async () => {
    const store = await MemoryGraphStore.open();
    const bundle = JSON.stringify({
      format: 'redchain-bundle/1',
      enterprises: [
        { id: 'e-1', name: '镇江甲有限公司' },
        { id: LONE, name: '镇江乙有限公司' },
        { id: 'e-3', name: '镇江丙有限公司' },
      ],
    });
    expect(bundle).toContain('\\udc00');
    const report = await importFile(store, { name: 'bundle.json', content: Buffer.from(bundle) });
    expect(report.counts.enterprises).toMatchObject({ received: 3, imported: 2, rejected: 1 });
    expect(report.rejected).toEqual([expect.objectContaining({ field: 'id', reason: `id ${LONE_REASON}` })]);
    expect(await store.getNode('Enterprise', LONE)).toBeNull();
    expect(await store.getNode('Enterprise', 'e-3')).not.toBeNull();
  });

  test('when a record’s id cannot be put in a URL, then its Location is left out rather than throwing after the write', () => {
    expect(locationOf('/enterprises', LONE)).toBeUndefined();
    expect(locationOf('/enterprises', '镇江 船厂')).toBe('/api/v1/enterprises/%E9%95%87%E6%B1%9F%20%E8%88%B9%E5%8E%82');
  });
});

describe('names and titles that show nothing or reorder themselves', () => {
  test.each([
    ['\u200b\u200b', 'name must not be empty (zero-width and other invisible characters do not count)'],
    ['\u2060\ufeff\u200d \u200c', 'name must not be empty (zero-width and other invisible characters do not count)'],
    ['\u202e测试有限公司', 'must not contain U+202E (a bidi control, which reorders what follows)'],
    ['测试\u2067有限公司', 'must not contain U+2067 (a bidi control, which reorders what follows)'],
  ])('when an enterprise is named %j, then 400 names body.name and nothing is written', async (name, reason) => {
    const store = await MemoryGraphStore.open();
    const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
    const answer = await request(app).post('/api/v1/enterprises').set(admin).send({ id: 'hx-zw', name });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ field: 'body.name', reason }]);
    expect(await store.getNode('Enterprise', 'hx-zw')).toBeNull();
  });

  test('when a problem’s title starts with U+202E, then 400 names body.title; a name with a zero-width joiner inside is kept as sent', async () => {
    const store = await MemoryGraphStore.open();
    const app = createApp({ api: plainApiContext(store), adminKey: BOOTSTRAP_ADMIN_KEY });
    const answer = await request(app)
      .post('/api/v1/problems')
      .set(admin)
      .send({ id: 'hx-title', title: '\u202e船用密封件国产化' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { field: 'body.title', reason: 'must not contain U+202E (a bidi control, which reorders what follows)' },
    ]);
    expect(await store.getNode('Problem', 'hx-title')).toBeNull();
    expect(Name.parse('测试\u200d有限公司')).toBe('测试\u200d有限公司');
  });
});
