import type { z } from 'zod';
import type { UseCaseContext } from '../../use-cases/use-case-context';
import { locationOf } from '../routing/location';
import { route, type RouteSpec } from '../routing/route';
import { useCaseContext } from './use-case-context';

/** What a create route states: where, who may call it, what it takes and answers, and its use case. */
export type CreateRouteSpec<B extends z.ZodType, R extends z.ZodType> = Pick<
  RouteSpec<z.ZodType, z.ZodType, B, R>,
  'path' | 'tag' | 'summary' | 'description' | 'allow'
> & {
  body: B;
  response: R;
  /** The use case that creates the record from the body, answering it as stored. */
  create: (ctx: UseCaseContext, body: z.infer<B>) => Promise<z.infer<R> & { id: string }>;
};

/**
 * POST <path>, creating one record (an enterprise, an institution, a party organisation, a
 * problem, a request): one use case creates it from the body; the answer is 201, the record as
 * stored, with Location saying where to read it again (/api/v1<path>/<id>).
 */
export function createRoute<B extends z.ZodType, R extends z.ZodType>({
  create,
  ...spec
}: CreateRouteSpec<B, R>): RouteSpec {
  return route({
    ...spec,
    method: 'post',
    status: 201,
    handle: async (input) => {
      const created = await create(useCaseContext(input), input.body);
      const location = locationOf(spec.path, created.id);
      if (location !== undefined) input.res.location(location);
      return created;
    },
  });
}
