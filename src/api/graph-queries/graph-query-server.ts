import { EngineError } from '../../match/engine-error';
import { appErrorOfEngine } from '../engine-errors';
import { existsSync, unlinkSync } from 'node:fs';
import http from 'node:http';
import type { LiveProjection } from '../../projection/live-projection';
import { AppError } from '../../shared/app-error';
import type { Logger } from '../../shared/logger';
import { answerGraphQuery, GRAPH_QUERIES, type GraphQueryName } from './graph-query-catalogue';
import { STATUS_PATH, toWireError } from './graph-query-wire';

/** Arguments are a few ids and words: anything bigger is not from an API process. */
const MAX_BODY_BYTES = 1 << 20;

export const LOADING =
  'the graph in memory (search, what-ifs, meeting plans, coverage, the problem board) is still loading — ' +
  'about a minute after a start at province scale; stored lists and maps are served meanwhile';

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text || '{}');
  } catch {
    throw AppError.badInput('body', 'must be JSON');
  }
}

/**
 * The graph-query process's side: answers the catalogue's queries on its LiveProjection, over
 * HTTP on a Unix socket in a directory only this user can enter (graphSocketPath). While the
 * graph is not loaded (the first minute at province scale, or after a reload) it answers 503 at
 * once and starts the load if none is under way, rather than holding requests for a minute.
 */
export async function serveGraphQueries(
  projection: LiveProjection,
  socketPath: string,
  logger: Logger,
): Promise<{ close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      // serialised before the head goes out: a failure here can still be answered as an error
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(text);
    };
    const fail = (error: unknown) => {
      const appError =
        error instanceof AppError
          ? error
          : error instanceof EngineError
            ? appErrorOfEngine(error)
            : new AppError('internal', 'internal error', [], { cause: error });
      if (!appError.isClientError && appError.code !== 'unavailable')
        logger.error({ err: error, path: req.url }, 'graph query failed');
      send(appError.status, toWireError(appError));
    };
    if (req.method === 'GET' && req.url === STATUS_PATH) return send(200, { loaded: projection.loaded });
    const name = /^\/ask\/(\w+)$/.exec(req.url ?? '')?.[1];
    if (req.method !== 'POST' || !name || !Object.hasOwn(GRAPH_QUERIES, name))
      return fail(AppError.notFound(`graph query ${req.method} ${req.url}`));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      void (async () => {
        if (size > MAX_BODY_BYTES) throw AppError.badInput('body', `must be at most ${MAX_BODY_BYTES} bytes`);
        const entry = GRAPH_QUERIES[name as GraphQueryName];
        const parsed = entry.args.safeParse(jsonOf(Buffer.concat(chunks).toString('utf8')));
        if (!parsed.success)
          throw AppError.badInput(`${name} arguments`, parsed.error.issues.map((i) => i.message).join('; '));
        if (!projection.loaded) {
          projection.warm('graph query').catch(() => undefined);
          throw new AppError('unavailable', LOADING);
        }
        send(200, await projection.read((graph) => answerGraphQuery(graph, name as GraphQueryName, parsed.data)));
      })().catch(fail);
    });
  });
  // a socket file left by a graph-query process that died: nothing listens on it any more
  if (existsSync(socketPath)) unlinkSync(socketPath);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // exclusive: in a cluster worker, listen here rather than through the primary's shared handle
    server.listen({ path: socketPath, exclusive: true }, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
