import { chainRoutes } from './resources/chains.routes';
import { enterpriseRoutes } from './resources/enterprises.routes';
import { partnerRoutes } from './resources/partners.routes';
import type { RouteSpec } from './routing/route';

/** Every operation of /api/v1, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly RouteSpec[] = [...chainRoutes, ...enterpriseRoutes, ...partnerRoutes];
