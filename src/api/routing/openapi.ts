import { z } from 'zod';
import type { RouteSpec } from './route';

const PROBLEM = {
  type: 'object',
  description: 'RFC 9457 problem details: what went wrong, and for bad input which field and why.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, reason: { type: 'string' } },
        required: ['field', 'reason'],
      },
    },
  },
  required: ['type', 'title', 'status', 'detail'],
} as const;

/** The refusals every operation may answer, by status: each a named response of the document. */
const ERRORS: Record<string, { name: string; description: string }> = {
  '400': { name: 'BadInput', description: 'Bad input: the problem names each field and why' },
  '401': { name: 'Unauthorised', description: 'No API key, or not a valid one' },
  '403': { name: 'Forbidden', description: 'The key’s role or region does not allow this' },
  '404': { name: 'NotFound', description: 'No such resource' },
  '429': { name: 'TooManyRequests', description: 'Too many requests: wait as Retry-After says' },
  '503': { name: 'Unavailable', description: 'The graph store or Redis is unavailable: try again shortly' },
};

const ERROR_RESPONSES = Object.fromEntries(
  Object.values(ERRORS).map(({ name, description }) => [
    name,
    { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
  ]),
);

/**
 * The OpenAPI 3.1 document of the routes, from the same zod schemas that validate them
 * (zod's JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as is).
 */
/** The OpenAPI 3.1 document, as far as its writer and readers (the page's types) need to know it. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  components: {
    securitySchemes: Record<string, Record<string, string>>;
    schemas: Record<string, Record<string, unknown>>;
    responses: Record<string, Record<string, unknown>>;
  };
  paths: Record<string, Record<string, unknown>>;
}

export function openApiDocument(specs: readonly RouteSpec[], info: { version: string }): OpenApiDocument {
  const components = new SchemaComponents();
  const jsonSchema = components.jsonSchema.bind(components);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = `/api/v1${spec.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    const parameters = [
      ...parametersOf(jsonSchema, spec.params, 'path'),
      ...parametersOf(jsonSchema, spec.query, 'query'),
    ];
    const responses: Record<string, unknown> = {
      [String(spec.status ?? 200)]:
        spec.status === 204 || !spec.response
          ? { description: spec.status === 204 ? 'Done' : 'See the description' }
          : {
              description: 'Success',
              content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } },
            },
    };
    for (const [status, { name }] of Object.entries(ERRORS))
      responses[status] = { $ref: `#/components/responses/${name}` };
    paths[path] = {
      ...paths[path],
      [spec.method]: {
        tags: [spec.tag],
        summary: spec.summary,
        description: `${spec.description ? `${spec.description}\n\n` : ''}Roles: ${spec.allow.join(', ')}.`,
        operationId: `${spec.method}${spec.path.replace(/[/:-]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(spec.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'redchain API',
      version: info.version,
      description:
        'Knowledge graph and matchmaking for industrial-chain party-building work (产业链党建): partners, tackling lists, investment maps, the service loop.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { apiKey: [] }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Authorization: Bearer rk_…' },
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
      schemas: components.schemas,
      responses: ERROR_RESPONSES,
    },
    paths,
  };
}

/**
 * The named schemas (zod `.meta({ id })`) met while the document is written, as OpenAPI
 * components: zod puts each under `$defs` of the schema it converts, and the document refers to
 * them at `#/components/schemas/<id>` instead, once. A request body's form of a named schema (its
 * defaults not yet applied) is `<id>Input`. One name for two different schemas is refused.
 */
class SchemaComponents {
  readonly schemas: Record<string, Record<string, unknown>> = { Problem: PROBLEM };

  /** The JSON Schema of one zod schema, its named parts moved to components. */
  jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
    const converted = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
    const { $schema: _dialect, $defs, ...rest } = converted as { $schema?: string; $defs?: Record<string, unknown> };
    const nameOf = (id: string) => (io === 'input' ? `${id}Input` : id);
    for (const [id, definition] of Object.entries($defs ?? {})) {
      const name = nameOf(id);
      const component = referred(definition, nameOf) as Record<string, unknown>;
      const known = this.schemas[name];
      if (known && JSON.stringify(known) !== JSON.stringify(component))
        throw new Error(`two different schemas are named '${name}' in the OpenAPI document`);
      this.schemas[name] = component;
    }
    return referred(rest, nameOf) as Record<string, unknown>;
  }
}

/** A JSON Schema with its `#/$defs/<id>` references pointing at the document's components. */
function referred(node: unknown, nameOf: (id: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => referred(item, nameOf));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')
        ? [key, `#/components/schemas/${nameOf(value.slice('#/$defs/'.length))}`]
        : [key, referred(value, nameOf)],
    ),
  );
}

function parametersOf(
  jsonSchema: SchemaComponents['jsonSchema'],
  schema: z.ZodType | undefined,
  where: 'path' | 'query',
): Record<string, unknown>[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input') as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
    schema: property,
  }));
}
