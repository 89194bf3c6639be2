import request from 'supertest';
import { createApiKey } from '../../src/access/create-key';
import { createApp } from '../../src/api/app';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j/neo4j-graph-store';
import { plainApiContext } from '../helpers/api-harness';
import { uniquePrefix } from '../helpers/fixtures';
import { neo4jSettingsFromEnv } from '../helpers/neo4j-env';
import { sampleRecord } from '../helpers/sample-records';

/**
 * An enterprise with three people working at it: a party member, a non-member, and one recorded
 * before membership was recorded at all; the member belongs to the enterprise's party
 * organisation, which covers it and has two more members.
 */
async function loadPeople(store: GraphStore, p: string): Promise<void> {
  await store.upsertNodes('Region', [sampleRecord('Region', `${p}-park`)]);
  await store.upsertNodes('Enterprise', [{ ...sampleRecord('Enterprise', `${p}-ent`), regionId: `${p}-park` }]);
  await store.upsertNodes('PartyOrg', [sampleRecord('PartyOrg', `${p}-org`)]);
  const person = (id: string, partyMember: boolean) => ({ ...sampleRecord('Person', id), partyMember });
  await store.upsertNodes('Person', [
    person(`${p}-member`, true),
    person(`${p}-other`, false),
    person(`${p}-m2`, true),
    person(`${p}-m3`, true),
  ]);
  const { partyMember: _unrecorded, ...older } = person(`${p}-older`, false);
  await store.upsertNodes('Person', [older]);
  const ref = (kind: 'Person' | 'Enterprise' | 'PartyOrg', id: string) => ({ kind, id: `${p}-${id}` });
  await store.upsertRelationships([
    ...['member', 'other', 'older'].map((id) => ({
      type: 'WORKS_AT' as const,
      from: ref('Person', id),
      to: ref('Enterprise', 'ent'),
      props: {},
    })),
    ...['member', 'm2', 'm3'].map((id) => ({
      type: 'MEMBER_OF' as const,
      from: ref('Person', id),
      to: ref('PartyOrg', 'org'),
      props: {},
    })),
    { type: 'COVERS', from: ref('PartyOrg', 'org'), to: ref('Enterprise', 'ent'), props: {} },
  ]);
}

/** The answer with the centre's own id and name taken out: what must not differ between a member and anyone else. */
function withoutIdentity(body: Record<string, unknown>, id: string): string {
  return JSON.stringify(body, (key, value: unknown) =>
    key === 'createdAt' || key === 'updatedAt' ? '<time>' : value,
  ).replaceAll(id, '<centre>');
}

describe.each([
  ['memory', () => MemoryGraphStore.open()],
  ['neo4j', () => Neo4jGraphStore.open(neo4jSettingsFromEnv())],
] as const)('masking that hides its own traces (%s store)', (_name, open) => {
  const p = uniquePrefix('masking');
  let store: GraphStore & { close?: () => Promise<void> };
  let app: ReturnType<typeof createApp>;
  const keys: Record<string, string> = {};
  beforeAll(async () => {
    store = await open();
    await loadPeople(store, p);
    const api = plainApiContext(store);
    for (const role of ['viewer', 'investment', 'university', 'secretary'] as const)
      keys[role] = (await createApiKey(api.access, store, { role, name: `${p} ${role}` })).key;
    app = createApp({ api, protection: { perMinute: 1_000_000 } });
  }, 60_000);
  afterAll(async () => {
    const made = [
      ['Region', 'park'],
      ['Enterprise', 'ent'],
      ['PartyOrg', 'org'],
      ...['member', 'other', 'older', 'm2', 'm3'].map((id) => ['Person', id] as const),
    ] as const;
    for (const [kind, id] of made) await store.deleteNode(kind, `${p}-${id}`);
    await store.close?.();
  });
  const neighbourhood = (role: string, kind: string, id: string, limit = 50) =>
    request(app)
      .get('/api/v1/graph/neighbourhood')
      .query({ kind, id, limit })
      .set('Authorization', `Bearer ${keys[role]}`);

  test.each(['viewer', 'investment', 'university'])(
    'when the %s role looks around a party member, a non-member and a person with membership unrecorded, then the three answers are the same but for who they are',
    async (role) => {
      const answers = await Promise.all(
        ['member', 'other', 'older'].map((id) => neighbourhood(role, 'Person', `${p}-${id}`)),
      );
      expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
      const [member, other, older] = answers.map((res, i) =>
        withoutIdentity(res.body as Record<string, unknown>, `${p}-${['member', 'other', 'older'][i]}`),
      );
      expect(member).toEqual(other);
      expect(older).toEqual(other);
      expect(answers[0]!.body.hidden).toBe(0);
      expect(answers[0]!.body.centre.props.partyMember).toBeNull();
      expect(answers[0]!.body.centre.props.masked).toContain('partyMember');
    },
  );

  test('when a viewer looks around a party organisation with limit 1, then its members neither take the place, nor count as hidden, nor mark it truncated', async () => {
    const res = await neighbourhood('viewer', 'PartyOrg', `${p}-org`, 1);
    expect(res.status).toBe(200);
    expect(res.body.nodes.map((n: { id: string }) => n.id)).toEqual([`${p}-ent`]);
    expect(res.body).toMatchObject({
      hidden: 0,
      truncated: false,
      masked: [
        'MEMBER_OF',
        'SQUAD_MEMBER',
        'LEADS_SQUAD',
        'VISITED_WITH',
        'MANAGED_BY',
        'MOVE_OF',
        'MOVED_FROM',
        'MOVED_TO',
      ],
    });
    expect(JSON.stringify(res.body)).not.toContain(`${p}-m2`);
  });

  test('when a secretary (who may see membership) looks, then the member’s tie and organisation are shown', async () => {
    const res = await neighbourhood('secretary', 'Person', `${p}-member`);
    expect(res.status).toBe(200);
    expect(res.body.centre.props.partyMember).toBe(true);
    expect(res.body.relationships.map((r: { type: string }) => r.type).sort()).toEqual([
      'COVERS',
      'MEMBER_OF',
      'WORKS_AT',
    ]);
    expect(res.body.masked).toEqual([]);
  });
});
