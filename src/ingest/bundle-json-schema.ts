import { z } from 'zod';
import { Bundle } from './bundle.schema';

/**
 * The JSON Schema (draft 2020-12) of redchain-bundle/1, generated from the zod schemas: what a
 * file must look like to be imported. USCC's check character is checked by the importer; JSON
 * Schema only says it is a string.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Bundle, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: 'https://redchain.dev/schemas/redchain-bundle-1.json',
    title: 'redchain-bundle/1',
    description: 'A slice of the redchain graph: records by kind, references by id.',
  };
}
