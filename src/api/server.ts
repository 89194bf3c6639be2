import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Express } from 'express';
import { expressServer } from './express-server';

/** Listens and resolves once the port is bound; `close` stops accepting and drains. */
export function listen(
  app: Express,
  port: number,
  host: string,
): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = expressServer(app).listen(port, host);
    server.on('clientError', answerClientError);
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        port: bound,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeIdleConnections();
          }),
      });
    });
  });
}

/**
 * A request Node's HTTP parser refuses before Express sees it (headers over 16 KB, a malformed
 * request line or header) is answered as every other refusal is, a problem+json naming what is
 * wrong, instead of Node's bare status line; then the connection is closed, as it must be.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    type: 'https://redchain.dev/problems/bad_input',
    title: 'bad input',
    status,
    detail: tooLarge ? 'the request headers are larger than 16 KB' : 'the request is not valid HTTP',
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}
