import type { Queue } from 'bullmq';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import swaggerUi from 'swagger-ui-express';
import type { Caller } from '../access/caller';
import { AppError } from '../shared/app-error';
import type { ApiContext } from './api-context';
import { healthRoutes, type ReadinessCheck } from './health.routes';
import { authenticate } from './middleware/authenticate';
import { metrics, requestLog } from './middleware/observability';
import { limitFailedAuthentication } from './middleware/failed-auth-limit';
import { noStore } from './middleware/no-store';
import {
  PROTECTION_DEFAULTS,
  rateLimitPerCaller,
  securityHeaders,
  type ProtectionOptions,
} from './middleware/protection';
import { requestBody } from './middleware/request-body';
import { notFound, problemDetails } from './middleware/problem-details';
import { requestId } from './middleware/request-id';
import { QUEUE_BOARD_PATH, queueBoard } from './queue-board';
import { API_ROUTES } from './routes';
import { mountRoutes } from './routing/mount-routes';
import { openApiDocument } from './routing/openapi';
import { webPage } from './web-page';

export interface AppDeps {
  api: ApiContext;
  /** REDCHAIN_ADMIN_KEY: the bootstrap admin key (for creating the first keys), or null. */
  adminKey?: string | null;
  /** Dependencies /readyz checks besides the store (Redis, when configured). */
  readiness?: ReadinessCheck[];
  /** BullMQ queues shown at /admin/queues (none with the in-process runner). */
  queues?: Queue[];
  version?: string;
  /** Where the built web page is (dist/web of the project by default). */
  webDir?: string;
  /**
   * Security headers, CORS and limits (defaults: same origin only, 1200 requests a minute a key,
   * 30 failed authentications a minute an address, X-Forwarded-For ignored, counted in process).
   */
  protection?: Partial<ProtectionOptions>;
}

/** The Express app, without listening: tests run it in-process on port 0. */
export function createApp({
  api,
  adminKey = null,
  readiness = [],
  queues = [],
  version = '0.1.0',
  protection: guard = {},
  webDir,
}: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // every API answer is Cache-Control: no-store, so no client revalidates it: an ETag would be a
  // SHA-1 of each answer (10–30 KB for a list) computed for nobody. The web page's files keep
  // theirs (express.static sets its own).
  app.set('etag', false);
  const limits = { ...PROTECTION_DEFAULTS, ...guard };
  // X-Forwarded-For is believed only as far as configured proxies (TRUST_PROXY): by default
  // req.ip is the socket's address, so no caller can choose the address it is limited by
  app.set('trust proxy', trustProxySetting(limits.trustProxy));
  app.use(requestId);
  app.use(requestLog(api.logger));
  const { record, serve } = metrics();
  app.use(record);
  app.get('/metrics', serve);
  app.use(securityHeaders(limits));
  const { store } = api;
  app.use(
    healthRoutes([{ name: store.kind === 'neo4j' ? 'neo4j' : 'store', check: () => store.ping() }, ...readiness], () =>
      api.graph.status(),
    ),
  );
  // keyed paths: answers are never cached, and the caller is known (or refused 401, failures
  // limited per address) before the rate limit counts it and before any body is read
  const keyed = queues.length > 0 ? ['/api/v1', QUEUE_BOARD_PATH] : ['/api/v1'];
  app.use(
    keyed,
    noStore,
    limitFailedAuthentication(authenticate(api.access, adminKey), {
      perMinute: limits.authFailuresPerMinute,
      redis: limits.redis,
      prefix: limits.prefix,
    }),
  );
  app.use(rateLimitPerCaller(limits));
  const document = openApiDocument(API_ROUTES, { version });
  app.get('/openapi.json', (_req, res) => void res.json(document));
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(document, { customSiteTitle: 'redchain API' }));
  app.use('/api/v1', requestBody(), mountRoutes(API_ROUTES, api));
  if (queues.length > 0) app.use(QUEUE_BOARD_PATH, adminsOnly, queueBoard(queues));
  // the web page at `/`, after every API path so it never shadows one
  app.use(webPage(webDir));
  app.use(notFound);
  app.use(problemDetails(api.logger));
  return app;
}

function adminsOnly(_req: Request, res: Response, next: NextFunction): void {
  const caller = res.locals['caller'] as Caller | undefined;
  next(caller?.role === 'admin' ? undefined : new AppError('forbidden', 'the job queues are for admins'));
}

/** Express's form of TRUST_PROXY: false, a number of hops, or the proxies' addresses. */
function trustProxySetting(trust: ProtectionOptions['trustProxy']): boolean | number | string[] {
  return typeof trust === 'object' ? [...trust] : trust;
}
