/**
 * npm run -s docs:security-table — the roles × routes table of docs/security.md, written from the
 * routes' own declarations (API_ROUTES: who may call each) and the region rule each one applies
 * (REGION_RULES below). test/unit/security-doc.test.ts fails when the document's table differs
 * from this output, or when a route has no stated region rule.
 */
import { ROLES } from '../src/domain/roles';
import { API_ROUTES } from '../src/api/routes';

/**
 * How a region-limited key is held to its region on each route (admins and unscoped keys:
 * everywhere).
 */
export const REGION_RULES: Record<string, string> = {
  'GET /regions': 'open (the region tree)',
  'GET /chains': 'open (chain templates)',
  'GET /chains/:id': 'open',
  'GET /chains/:id/map': 'the map of a region in scope',
  'GET /chains/:id/leads': 'the leads of a region in scope',
  'POST /chains/:id/what-if': 'a region in scope; unknown lead ids 400',
  'GET /chains/:id/extension': 'a region in scope',
  'GET /regions/:id/chains': 'a region in scope (counts only)',
  'GET /chains/:id/meetings': 'a region in scope',
  'GET /enterprises': 'listed within scope',
  'GET /enterprises/:id': 'in scope, else 403',
  'POST /enterprises': 'created in scope only',
  'PUT /enterprises/:id': 'the region it has and the one it would get',
  'DELETE /enterprises/:id': 'in scope',
  'GET /enterprises/:id/partners': 'the enterprise in scope',
  'GET /placements/review': 'enterprises located in scope; a region asked for in scope, else 403',
  'POST /placements/decisions': 'enterprises located in scope; others answered as unknown, not written (no 403)',
  'GET /institutions': 'open',
  'GET /institutions/:id': 'open',
  'POST /institutions': 'created in scope only',
  'GET /party-orgs': 'open',
  'GET /party-orgs/coverage': 'tallies within scope',
  'GET /party-orgs/:id': 'open',
  'POST /party-orgs': 'its region (or its parent’s) in scope; must say where it lies',
  'POST /party-orgs/pairings': 'both organisations in scope',
  'GET /problems': 'open call (揭榜挂帅): every problem',
  'GET /problems/:id': 'open call',
  'POST /problems': 'the poster in scope',
  'POST /problems/:id/transitions': 'poster steps: the poster in scope; claims open to any team',
  'GET /problems/:id/history': 'open call',
  'GET /problems/:id/candidates': 'open call (people masked by role)',
  'GET /problems/:id/consortium': 'open call (people masked by role)',
  'GET /assignment': 'open (people masked by role)',
  'GET /people/:id': 'open (masked by role)',
  'GET /people': 'open (masked by role)',
  'POST /people': 'where they work in scope; must say where (worksAt)',
  'GET /people/:id/problems': 'open',
  'GET /teams': 'open (members counted, not named)',
  'GET /teams/:id': 'open (members counted, not named)',
  'POST /teams': 'its people and its problem in scope, else 403 naming the field',
  'POST /teams/:id/members': 'the team and the people added in scope',
  'GET /requests': 'raised by enterprises in scope',
  'GET /requests/escalated': 'escalated requests raised by enterprises in scope (total counts only those)',
  'GET /requests/:id': 'in scope, else 403',
  'POST /requests': 'raised by an enterprise in scope',
  'POST /requests/:id/transitions': 'in scope',
  'GET /requests/:id/responders': 'in scope',
  'POST /requests/:id/whistle': 'in scope, and each department called serves a region in scope',
  'POST /requests/:id/departments/:departmentId': 'in scope; a department key for its own department only',
  'GET /departments': 'serving a region in scope (or no region in particular)',
  'GET /departments/:id': 'serving a region in scope, else 403',
  'POST /outcomes': 'the advice’s subject in scope',
  'GET /outcomes': 'outcomes whose subject is in scope',
  'GET /stats/outcomes': 'outcomes whose subject is in scope',
  'POST /talent-needs': 'the enterprise in scope',
  'GET /talent-needs/:id': 'the need’s enterprise in scope',
  'GET /talent-needs/:id/candidates': 'the need’s enterprise in scope',
  'GET /chains/:id/talent': 'a region in scope (the key’s own by default)',
  'GET /chains/:id/job-fair': 'a region in scope (the key’s own by default)',
  'GET /financing-needs': 'needs of enterprises in scope; a region asked for in scope, else 403',
  'POST /financing-needs': 'the enterprise in scope',
  'GET /financing-needs/:id/products': 'the need’s enterprise in scope',
  'GET /financial-products': 'open (banks’ and funds’ products); a region asked for in scope, else 403',
  'POST /financial-products': 'the regions it serves in scope; a region-limited key must name them',
  'GET /financial-products/:id/needs': 'needs of enterprises in scope only',
  'GET /finance/meeting-plan': 'a region in scope',
  'GET /financing-meetings': 'held in scope; a region asked for in scope, else 403',
  'GET /lists/needs': 'needs of enterprises in scope; a region asked for in scope, else 403',
  'GET /lists/needs/:id/resources': 'the need’s enterprise in scope',
  'GET /lists/resources': 'resources of regions in scope and above them; a region asked for in scope, else 403',
  'POST /lists/resources': 'its region (or its department’s) in scope',
  'PATCH /lists/resources/:id': 'its region (or its department’s) in scope',
  'GET /lists/projects': 'projects of regions in scope; a region asked for in scope, else 403',
  'POST /lists/projects': 'its region in scope',
  'PATCH /lists/projects/:id': 'its region in scope',
  'GET /squads':
    'squads of regions in scope; a region asked for in scope, else 403; members only for roles seeing party membership',
  'GET /squads/tally': 'squads and stated tallies in scope; a region asked for in scope, else 403',
  'GET /squads/:id': 'the squad’s region in scope; members only for roles seeing party membership',
  'POST /squads': 'the squad’s region in scope',
  'POST /squads/:id/leads': 'the squad’s region in scope',
  'POST /squad-visits': 'the squad’s region in scope',
  'GET /mobile-members':
    'members whose membership or managing organisation is in scope (id, name, workplace and co-managing organisations masked by role); a region asked for in scope, else 403',
  'GET /people/:id/moves': 'the membership or a managing organisation in scope',
  'POST /people/:id/moves': 'the membership or a managing organisation in scope',
  'GET /chains/:id/chief-view': 'regions in scope only; a region asked for in scope, else 403',
  'POST /chains/:id/joint-meetings/draft': 'regions in scope only; a region asked for in scope, else 403',
  'POST /joint-meetings': 'held in a region in scope',
  'GET /joint-meetings': 'held in scope; a region asked for in scope, else 403',
  'POST /joint-meetings/:id/decisions': 'the meeting held in scope',
  'PATCH /meeting-decisions/:id': 'the meeting held in scope',
  'GET /pledges': 'pledged in scope; a region asked for in scope, else 403',
  'POST /pledges': 'pledged in a region in scope',
  'PATCH /pledges/:id': 'pledged in scope',
  'POST /import': 'row by row: rows outside scope rejected; regions, chains, segments, FEEDS admin only',
  'POST /recompute': 'admins',
  'GET /jobs/:id': 'whoever may read what it touched (an import: its sender); else 404',
  'GET /jobs/:id/events': 'as GET /jobs/:id',
  'GET /export': 'unscoped keys only',
  'GET /search': 'open (names and ids; people found by name, skills and title only)',
  'GET /resolve': 'open (names and ids only)',
  'GET /graph/neighbourhood':
    'every kind as its own route scopes it: out of scope refused as the centre, left out as a neighbour; ties and records telling party membership (MEMBER_OF, squads, visits, moves) not followed for roles that may not see it',
  'GET /stats': 'open (counts of the whole graph, no names)',
  'POST /keys': 'admins',
  'GET /keys': 'admins',
  'DELETE /keys/:id': 'admins',
  'GET /audit': 'admins (entries hold every region’s before/after)',
  'GET /me': 'the calling key',
};

/** The markdown table, one row a route, in API_ROUTES order. */
export function securityTable(): string {
  const head = `| route | ${ROLES.join(' | ')} | region-limited key |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|---|`;
  const rows = API_ROUTES.map((r) => {
    const key = `${r.method.toUpperCase()} ${r.path}`;
    const roles = ROLES.map((role) => (r.allow.includes(role) ? '✓' : ''));
    return `| \`${key}\` | ${roles.join(' | ')} | ${REGION_RULES[key] ?? '(no rule stated)'} |`;
  });
  return [head, rule, ...rows].join('\n');
}

if (require.main === module) process.stdout.write(`${securityTable()}\n`);
