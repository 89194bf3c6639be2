/**
 * The local real stack without Docker (DESIGN.md §5): a real Neo4j 5.26 Community server from
 * Maven Central artifacts, and the machine's Redis. Used by `npm run db:start`, the jest global
 * setup, the benchmarks and .ci/run. Needs Java 17+ and Maven on the PATH.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';

export const REPO_ROOT = path.resolve(__dirname, '..');
const LAUNCHER = path.join(REPO_ROOT, 'scripts', 'neo4j-local');
const CACHE = path.join(REPO_ROOT, '.redchain', 'neo4j-local');

export interface LocalNeo4j {
  uri: string;
  pid: number;
  version: string;
  dataDir: string;
}

export interface StartOptions {
  /** Neo4j home: databases, transaction logs and the server's log. */
  dataDir: string;
  /** Bolt port; default a free one. */
  port?: number;
  /** JVM heap, default 1g; page cache in MB, default 256. */
  heap?: string;
  pageCacheMb?: number;
  /** Seconds to wait for the server to answer. Default 120. */
  timeoutSeconds?: number;
}

/** Starts the server detached (it outlives this process) and resolves once Bolt answers. */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const classpath = resolveClasspath();
  const classes = compileLauncher(classpath);
  const port = options.port ?? (await freePort());
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = path.join(options.dataDir, 'server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-cp',
      `${classes}${path.delimiter}${classpath}`,
      'redchain.LocalNeo4j',
      options.dataDir,
      String(port),
      String(options.pageCacheMb ?? 256),
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(new Error(`local neo4j: cannot run java (${error.message}); Java 17+ must be on the PATH`)),
    );
    child.once('exit', (code) =>
      reject(
        new Error(`local neo4j: the server exited with code ${code} before answering; its log:\n${tail(logFile)}`),
      ),
    );
  });
  child.unref();
  const uri = `bolt://127.0.0.1:${port}`;
  const version = await Promise.race([waitForBolt(uri, options.timeoutSeconds ?? 120, logFile), exited]);
  child.removeAllListeners('exit');
  return { uri, pid: child.pid as number, version, dataDir: options.dataDir };
}

/** SIGTERM (the launcher's hook shuts the store down cleanly), then SIGKILL after 30 s. */
export async function stopLocalNeo4j(pid: number, timeoutSeconds = 30): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < timeoutSeconds * 10; waited++) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  process.kill(pid, 'SIGKILL');
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The server version once Bolt answers; fails with the server's log tail on timeout. */
export async function waitForBolt(uri: string, timeoutSeconds: number, logFile?: string): Promise<string> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'local'));
    try {
      const result = await driver.executeQuery(
        'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
        {},
        { database: 'system' },
      );
      return String(result.records[0]?.get('version'));
    } catch (error) {
      lastError = error;
      await sleep(500);
    } finally {
      await driver.close();
    }
  }
  throw new Error(
    `local neo4j: no answer at ${uri} within ${timeoutSeconds} s (${String(lastError)})${logFile ? `; server log:\n${tail(logFile)}` : ''}`,
  );
}

/** The launcher's classpath from Maven, cached against the pom's hash. */
function resolveClasspath(): string {
  const pom = path.join(LAUNCHER, 'pom.xml');
  const hash = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 16);
  const cached = path.join(CACHE, `classpath-${hash}.txt`);
  if (!existsSync(cached)) {
    mkdirSync(CACHE, { recursive: true });
    const mvn = spawnSync('mvn', ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`], {
      encoding: 'utf8',
    });
    if (mvn.error) throw new Error(`local neo4j: cannot run mvn (${mvn.error.message}); Maven must be on the PATH`);
    if (mvn.status !== 0 || !existsSync(cached)) {
      throw new Error(
        `local neo4j: Maven could not resolve Neo4j from Maven Central:\n${(mvn.stdout + mvn.stderr).split('\n').slice(-30).join('\n')}`,
      );
    }
  }
  return readFileSync(cached, 'utf8').trim();
}

/** Compiles LocalNeo4j.java when its class is missing or older than the source. */
function compileLauncher(classpath: string): string {
  const source = path.join(LAUNCHER, 'src', 'main', 'java', 'redchain', 'LocalNeo4j.java');
  const classes = path.join(CACHE, 'classes');
  const compiled = path.join(classes, 'redchain', 'LocalNeo4j.class');
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
    const javac = spawnSync('javac', ['-d', classes, '-cp', classpath, source], { encoding: 'utf8' });
    if (javac.error)
      throw new Error(`local neo4j: cannot run javac (${javac.error.message}); a JDK 17+ must be on the PATH`);
    if (javac.status !== 0) throw new Error(`local neo4j: javac failed:\n${javac.stderr}`);
  }
  return classes;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PONG from Redis at the URL, else starts `redis-server` on it (loopback only). */
export async function ensureRedis(url = 'redis://127.0.0.1:6379'): Promise<string> {
  const { hostname, port } = new URL(url);
  if (await redisAnswers(hostname, Number(port || 6379))) return url;
  if (!['127.0.0.1', 'localhost'].includes(hostname)) throw new Error(`redis: nothing answers at ${url}`);
  const started = spawnSync(
    'redis-server',
    ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', String(port || 6379), '--save', '', '--appendonly', 'no'],
    { encoding: 'utf8' },
  );
  if (started.error)
    throw new Error(`redis: nothing answers at ${url} and redis-server cannot be run (${started.error.message})`);
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(hostname, Number(port || 6379))) return url;
    await sleep(100);
  }
  throw new Error(`redis: started redis-server but nothing answers at ${url}`);
}

function redisAnswers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
