/**
 * The local real stack without Docker (docs/operations.md, Without Docker): a real Neo4j 5.26
 * Community server built from Maven Central artifacts (scripts/neo4j-local), and the machine's
 * Redis. Used by `npm run db:start`, the jest global setup, the benchmarks and .ci/run. Needs a
 * JDK 17+ and Maven on the PATH; the jars stay in the Maven cache (~/.m2), only a classpath file
 * and the compiled launcher live in .redchain/neo4j-local (ignored by git).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Redis from 'ioredis';
import neo4j from 'neo4j-driver';

export const REPO_ROOT = path.resolve(__dirname, '..');
const LAUNCHER = path.join(REPO_ROOT, 'scripts', 'neo4j-local');
const LAUNCHER_SOURCE = path.join(LAUNCHER, 'src', 'main', 'java', 'redchain', 'LocalNeo4j.java');
const CACHE = path.join(REPO_ROOT, '.redchain', 'neo4j-local');

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** e.g. "5.26.30", from `CALL dbms.components()`. */
  version: string;
  dataDir: string;
  /** Stops this server (see stopLocalNeo4j). */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Neo4j home: databases, transaction logs and server.log (the launcher's stdout/stderr). */
  dataDir: string;
  /** Bolt port on 127.0.0.1; default a free one. */
  port?: number;
  /** JVM heap (-Xmx), default 1g. */
  heap?: string;
  /** Page cache in MB, default 256: test and dev graphs are small. */
  pageCacheMb?: number;
  /** Seconds to wait for the server to answer. Default 120. */
  timeoutSeconds?: number;
}

/** Starts the server detached (it outlives this process) and resolves once Bolt answers. */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const classpath = resolveClasspath();
  const classes = compileLauncher(classpath);
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-cp',
      `${classes}${path.delimiter}${classpath}`,
      'redchain.LocalNeo4j',
      dataDir,
      String(port),
      String(options.pageCacheMb ?? 256),
    ],
    // detached: own process group, so db:start can exit and leave the server running
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  // Settles only if the JVM dies (or cannot be run) before answering: ends the wait at once.
  const died = new Promise<Error>((resolve) => {
    child.once('error', (error) =>
      resolve(
        new Error(`local neo4j: java not found or not runnable (${error.message}); a JDK 17+ must be on the PATH`),
      ),
    );
    child.once('exit', (code, signal) =>
      resolve(
        new Error(
          `local neo4j: the server exited (${signal ?? `code ${code}`}) before answering: ${rootCause(logFile)}\n` +
            `${logFile}:\n${tail(logFile)}`,
        ),
      ),
    );
  });
  child.unref();
  const uri = `bolt://127.0.0.1:${port}`;
  try {
    const version = await waitForBolt(uri, { timeoutSeconds: options.timeoutSeconds ?? 120, logFile, died });
    child.removeAllListeners('exit');
    const pid = child.pid as number;
    return { uri, pid, version, dataDir, stop: () => stopLocalNeo4j(pid) };
  } catch (error) {
    // never leave a half-started JVM behind
    if (child.pid !== undefined && child.exitCode === null) await stopLocalNeo4j(child.pid, 10);
    throw error;
  }
}

/**
 * SIGTERM (the launcher's shutdown hook closes the store cleanly), then SIGKILL after the timeout.
 * Only signals a process that is our launcher, so a stale pid reused by something else is safe.
 */
export async function stopLocalNeo4j(pid: number, timeoutSeconds = 30): Promise<void> {
  if (!isLocalNeo4j(pid)) return;
  signal(pid, 'SIGTERM');
  for (let waited = 0; waited < timeoutSeconds * 10; waited++) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  signal(pid, 'SIGKILL');
}

/** process.kill that tolerates the process having exited in the meantime. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * Running: exists and, where /proc tells (Linux), is not a zombie waiting for its parent to reap
 * it.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // "pid (comm) S ...": the state follows the last ')'
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Alive and, where /proc tells (Linux), running redchain.LocalNeo4j. */
export function isLocalNeo4j(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('redchain.LocalNeo4j');
}

export interface WaitOptions {
  timeoutSeconds: number;
  /** Server log to quote on timeout. */
  logFile?: string;
  user?: string;
  password?: string;
  /** Settles when waiting is pointless (the server process died), with the error to throw. */
  died?: Promise<Error>;
}

/** Polls until the default database answers over Bolt; resolves the server version. */
export async function waitForBolt(uri: string, options: WaitOptions): Promise<string> {
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  // Basic auth is accepted (and ignored) by a server with auth off, so one code path serves both.
  const auth = neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? 'local');
  const died = (options.died ?? new Promise<never>(() => {})).then((error) => ({ died: error }));
  let lastError: unknown;
  while (Date.now() < deadline) {
    const probe = await Promise.race([boltHandshake(uri), died]);
    if (typeof probe !== 'boolean') throw probe.died;
    if (probe) {
      const driver = neo4j.driver(uri, auth, { connectionTimeout: 2000 });
      try {
        await driver.verifyConnectivity();
        const result = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
        return String(result.records[0]?.get('version'));
      } catch (error) {
        // wrong credentials will not fix themselves: say so now rather than after the timeout
        if (String((error as { code?: unknown }).code).startsWith('Neo.ClientError.Security')) throw error;
        lastError = error;
      } finally {
        await driver.close();
      }
    } else {
      lastError = 'no Bolt handshake';
    }
    await sleep(500);
  }
  const log = options.logFile ? `; ${options.logFile}:\n${tail(options.logFile)}` : '';
  throw new Error(`neo4j: no answer at ${uri} within ${options.timeoutSeconds} s (${String(lastError)})${log}`);
}

/**
 * True when the port speaks Bolt (answers the 20-byte handshake). The driver alone would wait
 * forever on a port held by something else (its connectionTimeout covers only the TCP connect),
 * keeping this process alive. TLS schemes (+s, +ssc) cannot be probed raw and count as Bolt.
 */
function boltHandshake(uri: string): Promise<boolean> {
  const url = new URL(uri);
  if (url.protocol.includes('+')) return Promise.resolve(true);
  const versions = [0x00080805, 0x00020404, 0, 0]; // Bolt 5.8 down to 5.0, 4.4 down to 4.2
  const hello = Buffer.alloc(20);
  hello.writeUInt32BE(0x6060b017, 0);
  versions.forEach((version, i) => hello.writeUInt32BE(version, 4 + 4 * i));
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 7687) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write(hello));
    socket.once('data', (data) => done(data.length >= 4));
  });
}

/**
 * The launcher's classpath from Maven, cached in classpath.txt and re-resolved when the pom
 * changes.
 */
function resolveClasspath(): string {
  const pom = path.join(LAUNCHER, 'pom.xml');
  const key = sha256(readFileSync(pom));
  const cached = path.join(CACHE, 'classpath.txt');
  const keyFile = path.join(CACHE, 'classpath.pom-sha256');
  if (!existsSync(cached) || !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) {
    mkdirSync(CACHE, { recursive: true });
    rmSync(cached, { force: true }); // so a failed run can never leave a stale classpath behind
    const mvn = spawnSync('mvn', ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`], {
      encoding: 'utf8',
    });
    if (mvn.error)
      throw new Error(`local neo4j: mvn not found or not runnable (${mvn.error.message}); Maven must be on the PATH`);
    if (mvn.status !== 0 || !existsSync(cached)) {
      const output = stripColours(`${mvn.stdout}${mvn.stderr}`).trim().split('\n').slice(-30).join('\n');
      throw new Error(`local neo4j: Maven could not resolve Neo4j (from ${pom}) from Maven Central:\n${output}`);
    }
    writeFileSync(keyFile, key);
  }
  return readFileSync(cached, 'utf8').trim();
}

/** Compiles LocalNeo4j.java unless the classes were built from this source and classpath. */
function compileLauncher(classpath: string): string {
  const classes = path.join(CACHE, 'classes');
  const stamp = path.join(classes, 'build.sha256');
  const key = sha256(readFileSync(LAUNCHER_SOURCE, 'utf8') + classpath);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return classes;
  const javac = spawnSync('javac', ['-d', classes, '-cp', classpath, LAUNCHER_SOURCE], { encoding: 'utf8' });
  if (javac.error)
    throw new Error(
      `local neo4j: javac not found or not runnable (${javac.error.message}); a JDK 17+ must be on the PATH`,
    );
  if (javac.status !== 0) throw new Error(`local neo4j: javac failed on ${LAUNCHER_SOURCE}:\n${javac.stderr}`);
  writeFileSync(stamp, key);
  return classes;
}

/** A port free on 127.0.0.1 right now (the OS picks it). */
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

/** True when nothing listens on 127.0.0.1:port. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Resolves once Redis at the URL answers PING; if nothing listens on a loopback URL, starts
 * `redis-server` there first (no persistence: it only holds job queues for dev and tests).
 */
export async function ensureRedis(url = 'redis://127.0.0.1:6379'): Promise<string> {
  const { hostname, port: portText } = new URL(url);
  const port = Number(portText || 6379);
  let answer = await redisPing(url);
  if (answer === 'PONG') return url;
  // Something answered but refused (NOAUTH, WRONGPASS ...): starting another server will not help.
  if (!/ECONNREFUSED/.test(answer)) throw new Error(`redis: PING at ${url} failed: ${answer}`);
  if (!['127.0.0.1', 'localhost'].includes(hostname)) throw new Error(`redis: nothing answers PING at ${url}`);
  const started = spawnSync(
    'redis-server',
    ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'],
    { encoding: 'utf8' },
  );
  if (started.error) {
    throw new Error(`redis: nothing answers at ${url} and redis-server cannot be run (${started.error.message})`);
  }
  for (let i = 0; i < 50 && answer !== 'PONG'; i++) {
    await sleep(100);
    answer = await redisPing(url);
  }
  if (answer !== 'PONG') {
    throw new Error(
      `redis: started redis-server, yet PING at ${url} fails (${answer}) ${started.stdout}${started.stderr}`,
    );
  }
  return url;
}

/** 'PONG', or why not. ioredis, so a password, db number or rediss:// in the URL are honoured. */
async function redisPing(url: string): Promise<string> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null, // one try: the caller decides what to do next
  });
  // with retries off, connect() rejects with a bare "Connection is closed."; the cause comes as an event
  let cause: string | undefined;
  redis.on('error', (error: Error) => (cause ??= error.message));
  try {
    await redis.connect();
    return await redis.ping();
  } catch (error) {
    return cause ?? (error instanceof Error ? error.message : String(error));
  } finally {
    redis.disconnect();
  }
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * The innermost "Caused by" of the Java stack trace in the log, e.g. "... Address already in use".
 */
function rootCause(file: string): string {
  const causes = tail(file, 200)
    .split('\n')
    .filter((line) => /^(Caused by: |\S+(Exception|Error)\b)/.test(line));
  return causes.at(-1) ?? '(no exception in the log)';
}

/** Maven 3.8 prints ANSI colour codes even in batch mode (-B). */
function stripColours(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
