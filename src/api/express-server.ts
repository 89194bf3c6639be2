import http from 'node:http';
import type { Socket } from 'node:net';
import type { Express } from 'express';

/**
 * The HTTP server for an Express app, making each request and response with the app's prototypes
 * (`app.request`, `app.response`) from the start, rather than with Node's, which Express then
 * swaps for its own on every request (`Object.setPrototypeOf` in `app.handle`; on an object that
 * already has the app's prototype, the swap changes nothing).
 *
 * Why: swapping the prototype of a young object keeps a request's garbage alive through V8's
 * scavenges, to be promoted and left for a full collection. Measured (2026-12-06, 500 requests a
 * second arriving evenly, Node 20, `--trace-gc-nvp`): Express with helmet, pino-http and the JSON
 * body parser promoted 15.2 KB a request to the old generation; made with the app's prototypes,
 * 0.01 KB, and its scavenges paused 151 → 23 ms in 10 s. Those promotions brought the
 * mark-compacts next to the slowest reads of issue 18's API row (docs/benchmarks.md).
 *
 * Node's constructors are called on an object made with the app's prototype, as a subclass's
 * would be (a class cannot be used: its prototype cannot be set). `Reflect.construct` would do
 * the same for classes too, but measured worse: 1.2 KB promoted a request, allocation up by half.
 * Should Node's constructors become classes, which cannot be called so, the server is Express's own.
 */
export function expressServer(app: Express): http.Server {
  if (!callable(http.IncomingMessage) || !callable(http.ServerResponse)) return http.createServer(app);
  const makeRequest = http.IncomingMessage as unknown as (this: http.IncomingMessage, socket: Socket) => void;
  const makeResponse = http.ServerResponse as unknown as (
    this: http.ServerResponse,
    request: http.IncomingMessage,
    options?: object,
  ) => void;
  // one constructor each, with Node's own parameters: a shared one taking `...args` would make an
  // array on every request
  function ExpressRequest(this: http.IncomingMessage, socket: Socket): void {
    makeRequest.call(this, socket);
  }
  ExpressRequest.prototype = app.request;
  function ExpressResponse(this: http.ServerResponse, request: http.IncomingMessage, options?: object): void {
    makeResponse.call(this, request, options);
  }
  ExpressResponse.prototype = app.response;
  return http.createServer(
    {
      IncomingMessage: ExpressRequest as unknown as typeof http.IncomingMessage,
      ServerResponse: ExpressResponse as unknown as typeof http.ServerResponse,
    },
    app,
  );
}

/** Whether a constructor can be called as a function (a `function`, not a `class`). */
function callable(constructor: new (...args: never[]) => unknown): boolean {
  return !Function.prototype.toString.call(constructor).startsWith('class');
}
