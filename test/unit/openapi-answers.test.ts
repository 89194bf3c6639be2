import { API_ROUTES } from '../../src/api/routes';
import { openApiDocument } from '../../src/api/routing/openapi';

type Schema = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const document = openApiDocument(API_ROUTES, { version: 'test' }) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

/** The operations that answer with something other than JSON: a file, an event stream. */
const NOT_JSON = new Set(['get /api/v1/export', 'get /api/v1/jobs/{id}/events']);

/** Keywords that say nothing of a value's shape: a schema of only these accepts anything. */
const ANNOTATIONS = new Set(['description', 'title', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly']);

/** Where a schema holds other schemas (JSON Schema 2020-12, as zod writes it). */
function subschemas(schema: Schema): [string, unknown][] {
  const found: [string, unknown][] = [];
  for (const key of ['items', 'additionalProperties', 'not', 'propertyNames', 'contains'])
    if (key in schema && typeof schema[key] === 'object') found.push([key, schema[key]]);
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems'])
    if (Array.isArray(schema[key])) (schema[key] as unknown[]).forEach((s, i) => found.push([`${key}[${i}]`, s]));
  for (const key of ['properties', '$defs', 'patternProperties'])
    if (schema[key] && typeof schema[key] === 'object')
      for (const [name, s] of Object.entries(schema[key] as Schema)) found.push([`${key}.${name}`, s]);
  return found;
}

/** The places in a schema that accept any value (`{}`, `true`, an unconstrained record), by path. */
function openPlaces(schema: unknown, at: string): string[] {
  if (schema === true) return [at];
  if (schema === null || typeof schema !== 'object') return [];
  const s = schema as Schema;
  if (Object.keys(s).every((key) => ANNOTATIONS.has(key))) return [at];
  return subschemas(s).flatMap(([key, sub]) => openPlaces(sub, `${at}.${key}`));
}

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ name: `${method} ${path}`, operation })),
);

describe('the OpenAPI document describes every answer', () => {
  test('every operation declares its success answer’s schema, but for a 204 and the few answers that are not JSON', () => {
    const undeclared = operations
      .filter(({ name, operation }) => {
        const [status, success] = Object.entries(operation.responses).find(([code]) => code.startsWith('2'))!;
        if (status === '204' || NOT_JSON.has(name)) return false;
        return !success.content?.['application/json']?.schema;
      })
      .map(({ name }) => name);
    expect(undeclared).toEqual([]);
  });

  test('no answer is, or holds, a schema that accepts anything (an unknown record, `{}`)', () => {
    const open = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses).flatMap(([status, response]) =>
        Object.entries(response.content ?? {}).flatMap(([type, { schema }]) =>
          openPlaces(schema, `${name} ${status} ${type}`),
        ),
      ),
    );
    expect(open).toEqual([]);
  });

  test('no named schema (a component) accepts anything', () => {
    const open = Object.entries(document.components.schemas).flatMap(([name, schema]) =>
      openPlaces(schema, `#/components/schemas/${name}`),
    );
    expect(open).toEqual([]);
  });

  test('every reference names a component of the document', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]*"/g) ?? [];
    const components: Record<string, Record<string, unknown>> = document.components;
    const dangling = [...new Set(refs.map((ref) => ref.slice('"$ref":"'.length, -1)))].filter((ref) => {
      const [hash, root, group, name] = ref.split('/');
      return !(hash === '#' && root === 'components' && name && components[group!]?.[name]);
    });
    expect(dangling).toEqual([]);
  });
});
