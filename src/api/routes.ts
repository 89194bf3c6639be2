import { chainRoutes } from './resources/chains.routes';
import { enterpriseRoutes } from './resources/enterprises.routes';
import { placementRoutes } from './resources/placements.routes';
import { partnerRoutes } from './resources/partners.routes';
import { peopleRoutes } from './resources/people.routes';
import { problemRoutes } from './resources/problems.routes';
import { requestRoutes } from './resources/requests.routes';
import { departmentRoutes } from './resources/departments.routes';
import { jobRoutes } from './resources/jobs.routes';
import { searchRoutes } from './resources/search.routes';
import { accessRoutes } from './resources/access.routes';
import { organisationRoutes } from './resources/organisations.routes';
import { statsRoutes } from './resources/stats.routes';
import { exportRoutes } from './resources/export.routes';
import { outcomeRoutes } from './resources/outcomes.routes';
import { financeRoutes } from './resources/finance.routes';
import { listsRoutes } from './resources/lists.routes';
import { squadRoutes } from './resources/squads.routes';
import { teamRoutes } from './resources/teams.routes';
import { talentRoutes } from './resources/talent.routes';
import { graphRoutes } from './resources/graph.routes';
import { meRoute } from './resources/me.routes';
import { memberRoutes } from './resources/members.routes';
import { chiefRoutes } from './resources/chiefs.routes';
import type { RouteSpec } from './routing/route';

/** Every operation of /api/v1, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly RouteSpec[] = [
  ...chainRoutes,
  ...enterpriseRoutes,
  ...placementRoutes,
  ...partnerRoutes,
  ...organisationRoutes,
  ...problemRoutes,
  ...peopleRoutes,
  ...teamRoutes,
  ...requestRoutes,
  ...departmentRoutes,
  ...talentRoutes,
  ...outcomeRoutes,
  ...financeRoutes,
  ...listsRoutes,
  ...squadRoutes,
  ...memberRoutes,
  ...chiefRoutes,
  ...jobRoutes,
  ...exportRoutes,
  ...searchRoutes,
  ...graphRoutes,
  ...statsRoutes,
  ...accessRoutes,
  meRoute(() => API_ROUTES),
];
