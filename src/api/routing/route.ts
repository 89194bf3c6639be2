import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Caller } from '../../access/caller';
import type { Role } from '../../domain/roles';
import type { ApiContext } from '../api-context';
import type { JsonText } from './json-text';

/** What a handler gets: its validated input, who calls, and the application's parts. */
export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  caller: Caller;
  app: ApiContext;
  requestId: string;
  /** For the few routes that answer with more than JSON (a file, an event stream). */
  req: Request;
  res: Response;
}

/**
 * One API operation, declared once: its path, who may call it, the zod schemas of its input
 * and answer, and its handler. The same declaration validates requests (mount-routes.ts) and
 * writes the OpenAPI document (openapi.ts), so the two cannot drift apart.
 */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express form, under /api/v1: `/enterprises/:id/partners`. */
  path: string;
  /** The OpenAPI tag (the resource) and a one-line summary. */
  tag: string;
  summary: string;
  description?: string;
  /** Roles allowed to call it. */
  allow: readonly Role[];
  params?: P;
  query?: Q;
  body?: B;
  /** The success status (200 by default) and the answer's schema; `null` for a handler that answers itself. */
  status?: 200 | 201 | 202 | 204;
  response: R | null;
  handle(input: RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>): Promise<z.infer<R> | JsonText<z.infer<R>> | undefined>;
}

/** Declares a route with its types inferred from its schemas. */
export function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  spec: RouteSpec<P, Q, B, R>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

/** Roles by what they may do, for `allow`. */
export const EVERYONE: readonly Role[] = ['admin', 'secretary', 'university', 'investment', 'viewer', 'responder'];
export const ADMINS: readonly Role[] = ['admin'];
