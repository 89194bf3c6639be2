/** npm run schema:bundle — writes docs/redchain-bundle.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleJsonSchema } from '../src/ingest/bundle-json-schema';
import { REPO_ROOT } from './local-stack';

const file = path.join(REPO_ROOT, 'docs', 'redchain-bundle.schema.json');
writeFileSync(file, `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(REPO_ROOT, file)}\n`);
