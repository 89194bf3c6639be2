import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_ROUTES } from '../../src/api/routes';
import { REGION_RULES, securityTable } from '../../scripts/security-table';

/** docs/security.md says who may call each route and how a region-limited key is held: it must stay true. */
describe('docs/security.md', () => {
  test('when a route is added or its roles change, then the document’s roles × routes table is regenerated (npm run -s docs:security-table)', () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'security.md'), 'utf8');
    expect(doc).toContain(securityTable());
  });

  test('every route states how a region-limited key is held to its region', () => {
    const unstated = API_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).filter((key) => !REGION_RULES[key]);
    expect(unstated).toEqual([]);
    const known = new Set(API_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`));
    expect(Object.keys(REGION_RULES).filter((key) => !known.has(key))).toEqual([]);
  });
});
