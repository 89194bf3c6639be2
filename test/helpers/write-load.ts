import { tradeTag } from './bundle-fixture';
import type { ServerProcess } from './server-process';
import { SERVER_ADMIN_KEY } from './server-process';

/**
 * Trade words no real enterprise of the articles' dataset uses: the crash tests share the test
 * Neo4j with the other suites, and a company named …新材料有限公司 made 百耀新材料 a question
 * (ambiguous) when the articles were seeded beside it.
 */
const TRADES = ['崩溃测试甲', '崩溃测试乙', '崩溃测试丙', '崩溃测试丁', '崩溃测试戊'];

/** A new enterprise with a name no other shares (a shared name would be a 409 by name resolution). */
export function enterpriseBody(id: string): Record<string, unknown> {
  return { id, name: `${tradeTag(id)}${TRADES[id.length % TRADES.length]}有限公司`, scale: 'small' };
}

export function postEnterprise(
  server: ServerProcess,
  id: string,
  extra: Record<string, unknown> = {},
): Promise<Response> {
  return fetch(server.url('/api/v1/enterprises'), {
    method: 'POST',
    headers: { authorization: `Bearer ${SERVER_ADMIN_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...enterpriseBody(id), ...extra }),
  });
}

export async function enterpriseExists(server: ServerProcess, id: string): Promise<boolean> {
  const res = await fetch(server.url(`/api/v1/enterprises/${encodeURIComponent(id)}`), {
    headers: { authorization: `Bearer ${SERVER_ADMIN_KEY}` },
  });
  await res.arrayBuffer();
  if (res.status !== 200 && res.status !== 404) throw new Error(`GET ${id}: ${res.status}`);
  return res.status === 200;
}

/**
 * Writes new enterprises through the API, `inFlight` at once, until stopped or the server is
 * gone. Records the ids answered 2xx (acknowledged) and any answer that was neither 2xx nor a
 * lost connection.
 */
export class WriteLoad {
  readonly acknowledged: string[] = [];
  readonly unexpected: string[] = [];
  private stopped = false;
  private counter = 0;
  private readonly running: Promise<void>[];

  constructor(
    private readonly server: ServerProcess,
    private readonly prefix: string,
    inFlight = 4,
    private readonly onAcknowledged: (count: number) => void = () => undefined,
  ) {
    this.running = Array.from({ length: inFlight }, () => this.loop());
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const id = `${this.prefix}-${this.counter++}`;
      let res: Response;
      try {
        res = await postEnterprise(this.server, id);
        await res.arrayBuffer();
      } catch {
        return; // the connection died with the server: this write was never acknowledged
      }
      if (res.status === 201) {
        this.acknowledged.push(id);
        this.onAcknowledged(this.acknowledged.length);
      } else this.unexpected.push(`${id}: ${res.status}`);
    }
  }

  /** Stops issuing writes and waits for those in flight (or for the server to die under them). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.running);
  }
}
