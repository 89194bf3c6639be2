import request from 'supertest';
import { createApp } from '../../src/api/app';
import { importFile } from '../../src/ingest/import-file.use-case';
import { importBundle } from '../../src/ingest/import-bundle.use-case';
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
