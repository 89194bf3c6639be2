import { spawnSync } from 'node:child_process';
import path from 'node:path';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'web-api-types.ts');

/**
 * The page's API types are generated from the OpenAPI document: they must be the current
 * document's. The script regenerates them in memory and compares; it runs in its own process,
 * as openapi-typescript loads ES modules that jest's CommonJS runtime cannot.
 */
describe('src/web/api/openapi.gen.ts', () => {
  test('when a route’s schema changes, then the page’s API types are regenerated (npm run web:types)', () => {
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), SCRIPT, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
