import http from 'node:http';
import { AppError } from '../../shared/app-error';
import type { GraphQueryAnswer, GraphQueryArgs, GraphQueryName } from './graph-query-catalogue';
import type { GraphQueries, GraphStatus } from './graph-queries';
import { askPath, fromWireError, STATUS_PATH } from './graph-query-wire';

/** The longest a what-if or meeting plan on a province may take before the caller gets a 503. */
const TIMEOUT_MS = 120_000;
/** The status is a flag the process holds: anything slower means it is not answering. */
const STATUS_TIMEOUT_MS = 2_000;

/**
 * An API process's side of the graph-query process (graph-query-server.ts): each ask is one HTTP
 * request on the Unix socket, over kept-alive connections. When the process is not there (it is
 * starting, or died and is being replaced) the ask fails as 503 naming what is unavailable.
 */
export class GraphQueryClient implements GraphQueries {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  constructor(
    private readonly socketPath: string,
    private readonly timeoutMs = TIMEOUT_MS,
  ) {}

  ask<N extends GraphQueryName>(name: N, args: GraphQueryArgs<N>): Promise<GraphQueryAnswer<N>> {
    return this.send(name, JSON.stringify(args), true);
  }

  private send<N extends GraphQueryName>(name: N, body: string, retry: boolean): Promise<GraphQueryAnswer<N>> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          socketPath: this.socketPath,
          path: askPath(name),
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          readBody(
            response,
            (error) => reject(unreachable(error)),
            (text) => {
              if (response.statusCode !== 200) return reject(fromWireError(response.statusCode ?? 0, text));
              try {
                resolve(JSON.parse(text) as GraphQueryAnswer<N>);
              } catch (error) {
                // a cut-off answer (the process died mid-write) must fail this request, not the process
                reject(unreachable(error as Error));
              }
            },
          );
        },
      );
      request.setTimeout(this.timeoutMs, () =>
        request.destroy(new Error(`no answer within ${this.timeoutMs / 1000} s`)),
      );
      request.on('error', (error) => {
        // a kept-alive connection the server closed as idle just as it was reused: once more, anew
        if (retry && request.reusedSocket && (error as NodeJS.ErrnoException).code === 'ECONNRESET')
          return this.send<N>(name, body, false).then(resolve, reject);
        reject(unreachable(error));
      });
      request.end(body);
    });
  }

  status(): Promise<GraphStatus> {
    return new Promise((resolve) => {
      const request = http.get({ socketPath: this.socketPath, path: STATUS_PATH, agent: this.agent }, (response) => {
        readBody(
          response,
          () => resolve('unreachable'),
          (text) => {
            try {
              resolve((JSON.parse(text) as { loaded: boolean }).loaded ? 'loaded' : 'loading');
            } catch {
              resolve('unreachable');
            }
          },
        );
      });
      request.setTimeout(STATUS_TIMEOUT_MS, () => request.destroy(new Error('no answer')));
      request.on('error', () => resolve('unreachable'));
    });
  }

  async close(): Promise<void> {
    this.agent.destroy();
  }
}

/** A response's whole body as text, or its error. */
function readBody(response: http.IncomingMessage, failed: (error: Error) => void, done: (text: string) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('error', failed);
  response.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
}

function unreachable(cause: Error): AppError {
  return new AppError(
    'unavailable',
    `the graph-query process (search, what-ifs, meeting plans, coverage, the problem board) did not answer ` +
      `(${cause.message}): it is starting or being restarted; stored lists and maps are served meanwhile`,
    [],
    { cause },
  );
}
