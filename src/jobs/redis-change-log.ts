import type IORedis from 'ioredis';
import type { GraphChange } from './change-feed';
import { CHANGE_LOG_LENGTH, type ChangeLog, type ChangesSince } from './change-log';

/** An entry's one field when it asks every reader to reload (appendReload), instead of `changes`. */
const RELOAD_FIELD = 'reload';

/**
 * The change log as a Redis stream (`<prefix>:changes`), shared by the API and every worker.
 * A cursor is the last entry read and the stream's count of entries ever added at that point:
 * if more were added since than the stream still holds after the cursor, some were trimmed (or
 * Redis came back empty) and the reader must reload. Needs Redis 7 (XINFO's entries-added).
 */
export class RedisChangeLog implements ChangeLog {
  private readonly key: string;

  constructor(
    private readonly redis: IORedis,
    prefix: string,
    private readonly keep = CHANGE_LOG_LENGTH,
  ) {
    this.key = `${prefix}:changes`;
  }

  async append(changes: GraphChange[]): Promise<void> {
    // approximate trimming (~) lets Redis drop whole blocks: cheap, and never fewer than `keep`
    await this.redis.xadd(this.key, 'MAXLEN', '~', this.keep, '*', 'changes', JSON.stringify(changes));
  }

  async appendReload(): Promise<void> {
    await this.redis.xadd(this.key, 'MAXLEN', '~', this.keep, '*', RELOAD_FIELD, '1');
  }

  async head(): Promise<string> {
    const info = await this.info();
    return `${info.lastId}@${info.added}`;
  }

  async since(cursor: string): Promise<ChangesSince> {
    const [lastId, addedText] = cursor.split('@') as [string, string | undefined];
    const addedThen = Number(addedText);
    if (!/^\d+-\d+$/.test(lastId) || !Number.isInteger(addedThen)) return 'reload';
    // both in one transaction, so the count and the entries describe the same moment
    const results = await this.redis
      .multi()
      .xinfo('STREAM', this.key)
      .xrange(this.key, `(${lastId}`, '+', 'COUNT', this.keep + 1)
      .exec();
    const info = parseInfo(results?.[0]);
    const entries = (results?.[1]?.[1] ?? []) as [string, string[]][];
    if (info.added - addedThen !== entries.length) return 'reload';
    if (entries.length === 0) return { changes: [], cursor };
    if (entries.some(([, fields]) => fields[0] === RELOAD_FIELD)) return 'reload';
    const changes = entries.flatMap(([, fields]) => JSON.parse(fields[1] ?? '[]') as GraphChange[]);
    return { changes, cursor: `${entries[entries.length - 1]![0]}@${info.added}` };
  }

  private async info(): Promise<{ lastId: string; added: number }> {
    const results = await this.redis.multi().xinfo('STREAM', this.key).exec();
    return parseInfo(results?.[0]);
  }
}

/** XINFO STREAM's reply, or an empty stream's figures when the key does not exist (yet, or any more). */
function parseInfo(result: [Error | null, unknown] | undefined): { lastId: string; added: number } {
  const [error, reply] = result ?? [null, null];
  if (error) {
    if (/no such key/i.test(error.message)) return { lastId: '0-0', added: 0 };
    throw error;
  }
  const fields = reply as unknown[];
  const field = (name: string) => fields[fields.indexOf(name) + 1];
  const added = field('entries-added');
  if (typeof added !== 'number') throw new Error('the change log needs Redis 7 or later (XINFO STREAM entries-added)');
  return { lastId: String(field('last-generated-id')), added };
}
