import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
export const SERVER_ADMIN_KEY = 'test-crash-admin-key-0123456789abcdef';

/** A free TCP port on loopback (kept across restarts of one server, so clients need not learn a new one). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `src/main.ts` as its own process group (a SIGKILL of the group takes the processes it forks too). */
export class ServerProcess {
  private output = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Starts the server and resolves once /healthz answers; rejects with its output if it exits first. */
  static async start(env: Record<string, string>, port: number, timeoutMs = 60_000): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        RECOMPUTE_CRON: '',
        // the articles' dataset: these tests are about starting, stopping and crashing, and the demo
        // world's first full recompute holds the process for a minute on a busy machine
        REDCHAIN_FIRST_DATA: 'articles',
        PORT: String(port),
        HOST: '127.0.0.1',
        ...env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new ServerProcess(child, port);
    let exitCode: number | null | undefined;
    void server.exited.then((code) => (exitCode = code));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new Error(`the server exited (${exitCode}) at start:\n${server.log}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return server;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await server.kill();
    throw new Error(`the server did not answer /healthz within ${timeoutMs} ms:\n${server.log}`);
  }

  get log(): string {
    return this.output;
  }

  url(pathname: string): string {
    return `http://127.0.0.1:${this.port}${pathname}`;
  }

  /** SIGKILLs the whole process group and waits for the process to be gone. Safe to call twice. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        process.kill(-this.child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await this.exited;
  }
}

/** Runs the redchain command (tsx) and resolves with its exit code and output. */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'index.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
