import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { API_ROUTES } from '../src/api/routes';
import { openApiDocument } from '../src/api/routing/openapi';

/** Where the page's API types are written: the page imports only its own directory. */
export const WEB_API_TYPES = path.join(__dirname, '..', 'src', 'web', 'api', 'openapi.gen.ts');

const HEAD = `/**
 * The API's answers and inputs as /openapi.json describes them, generated from the route
 * declarations by \`npm run web:types\`. Do not edit: change the route's zod schema and run it.
 * src/web/api/types.ts names the parts the pages use.
 */

/** Any JSON value (the JsonValue component). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

`;

/**
 * A recursive component written as the named type above: TypeScript refuses one that refers to
 * itself through \`components["schemas"]\`, where openapi-typescript would put it.
 */
const NAMED_TYPES: Record<string, string> = { '#/components/schemas/JsonValue': 'JsonValue' };

/**
 * The TypeScript types of the OpenAPI document (openapi-typescript), built from the routes' zod
 * schemas as the server builds /openapi.json: no server needed.
 */
export async function webApiTypes(): Promise<string> {
  // the version is not part of the types: a fixed one keeps the file from changing with releases
  const document = openApiDocument(API_ROUTES, { version: '0' });
  // as JSON text, as GET /openapi.json serves it
  const ast = await openapiTS(JSON.stringify(document), {
    alphabetize: false,
    transform: (_schema, { path: at }) => {
      const named = at ? NAMED_TYPES[at] : undefined;
      return named ? ts.factory.createTypeReferenceNode(named) : undefined;
    },
  });
  return `${HEAD}${astToString(ast)}`;
}

/** `--check`: whether the written file is current, for the test (jest cannot load openapi-typescript itself). */
if (require.main === module) {
  void webApiTypes().then((text) => {
    const shown = path.relative(process.cwd(), WEB_API_TYPES);
    if (!process.argv.includes('--check')) {
      writeFileSync(WEB_API_TYPES, text);
      process.stdout.write(`wrote ${shown}\n`);
    } else if (readFileSync(WEB_API_TYPES, 'utf8') !== text) {
      process.stderr.write(`${shown} is not the current API document's: run \`npm run web:types\`\n`);
      process.exitCode = 1;
    }
  });
}
