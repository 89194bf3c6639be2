import { revokeApiKey } from '../../use-cases/revoke-api-key';
import { z } from 'zod';
import { createApiKey } from '../../access/create-key';
import { ROLES } from '../../domain/roles';
import type { AuditEntry } from '../../store/access-store';
import { JsonValue } from '../../domain/answers';
import { Id } from '../../domain/common.schema';
import { ADMINS, route } from '../routing/route';
import { audit } from './audit';
import { PageQuery, pageOf } from './pagination';

const KeyOut = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    regionId: z.string().nullable(),
    personId: z.string().optional().describe('The person a responder key acts as'),
    departmentId: z.string().optional().describe('The department a responder key acts for (部门接单)'),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });

const AuditEntryOut = z
  .object({
    id: z.string(),
    at: z.string(),
    keyId: z.string(),
    role: z.enum(ROLES),
    action: z.string().describe('`POST /api/v1/enterprises`, `problem.claim` …'),
    target: z.object({ kind: z.string(), id: z.string() }).nullable(),
    // JsonValue is recursive: described here, not with .describe(), which would copy it
    before: JsonValue,
    after: JsonValue,
    requestId: z.string().nullable(),
  })
  .meta({
    id: 'AuditEntry',
    description: 'One write: who made it, when, and the record before and after (null when created or deleted)',
  });
type AuditEntryOut = z.infer<typeof AuditEntryOut>;

/** An audit entry as answered: what it keeps before and after a write was written as JSON. */
const auditOut = (entry: AuditEntry): AuditEntryOut => ({
  ...entry,
  before: (entry.before ?? null) as JsonValue,
  after: (entry.after ?? null) as JsonValue,
});

export const accessRoutes = [
  route({
    method: 'post',
    path: '/keys',
    tag: 'access',
    summary: 'Create an API key',
    description: 'The key is in this answer only: it is stored hashed and cannot be shown again.',
    allow: ADMINS,
    body: z.object({
      name: z.string().trim().min(1).max(200).describe('Who holds it'),
      role: z.enum(ROLES),
      region: Id.optional().describe('Limit it to this region and the regions below it'),
      person: Id.optional().describe(
        'For a responder key (required there, unless it acts for a department): the person it acts as',
      ),
      department: Id.optional().describe('For a responder key acting for a department: the department'),
    }),
    status: 201,
    response: KeyOut.extend({ key: z.string() }),
    handle: async (input) => {
      const { body, app } = input;
      const { key, record } = await createApiKey(app.access, app.store, {
        role: body.role,
        name: body.name,
        regionId: body.region ?? null,
        personId: body.person ?? null,
        departmentId: body.department ?? null,
      });
      await audit(app, input, 'key.create', { kind: 'ApiKey', id: record.id }, null, record);
      return { ...record, key };
    },
  }),

  route({
    method: 'get',
    path: '/keys',
    tag: 'access',
    summary: 'List API keys (never the keys themselves)',
    allow: ADMINS,
    response: z.object({ items: z.array(KeyOut) }),
    handle: async ({ app }) => ({ items: (await app.access.listKeys()).map(({ hash: _hash, ...key }) => key) }),
  }),

  route({
    method: 'delete',
    path: '/keys/:id',
    tag: 'access',
    summary: 'Revoke an API key',
    description: 'Refused at once by this process; by other API processes within 30 seconds (their key cache).',
    allow: ADMINS,
    params: z.object({ id: z.string().min(1).max(40) }),
    status: 204,
    response: z.undefined(),
    handle: async (input) => {
      await revokeApiKey(input.app.access, input.params.id, input);
      return undefined;
    },
  }),

  route({
    method: 'get',
    path: '/audit',
    tag: 'access',
    summary: 'The audit log: every write, who made it, when, before and after',
    allow: ADMINS,
    query: PageQuery.extend({ target: z.string().min(1).max(200).optional().describe('Only entries about this id') }),
    response: pageOf(AuditEntryOut),
    handle: async ({ query, app }) => {
      const page = await app.access.listAudit({
        limit: query.limit,
        ...(query.cursor ? { cursor: query.cursor } : {}),
        ...(query.target ? { targetId: query.target } : {}),
      });
      return { items: page.items.map(auditOut), nextCursor: page.nextCursor };
    },
  }),
];
