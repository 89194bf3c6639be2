import path from 'node:path';
import { loadConfig, type Config } from '../config/config';
import { KEY_CACHE_MS } from '../access/cached-access-store';
import type { Caller } from '../access/caller';
import { createApiKey } from '../access/create-key';
import { revokeApiKey } from '../use-cases/revoke-api-key';
import { openAccess } from '../access/open-access';
import { AppError } from '../shared/app-error';
import { DataDirectoryLock } from '../store/memory/data-directory-lock';
import { DataDirectoryLockedError } from '../store/memory/data-file-error';
import { ensureDataDirectory } from '../store/memory/snapshot-file';
import type { CommandContext } from './command-context';
import { idFor } from './name-lookup';

/** Who the audit log names for a write made with the command: the caller the other commands act as. */
const COMMAND_CALLER: Caller = { keyId: 'cli', name: 'redchain', role: 'admin', regionId: null };

/** `redchain keys create`: prints the new key once (it is stored hashed), and its record. */
export async function createKeyCommand(
  ctx: CommandContext,
  options: { role: string; region?: string; person?: string; department?: string; name: string },
): Promise<void> {
  const access = openAccess(loadConfig(), ctx.store);
  // the key alone goes to standard output (KEY=$(redchain keys create …)): which region, beside it
  const regionId = options.region ? await idFor(ctx.store, 'Region', options.region, ctx.note) : null;
  const personId = options.person ? await idFor(ctx.store, 'Person', options.person, ctx.note) : null;
  const departmentId = options.department ? await idFor(ctx.store, 'Department', options.department, ctx.note) : null;
  const { key, record } = await createApiKey(access, ctx.store, {
    role: options.role,
    regionId,
    personId,
    departmentId,
    name: options.name,
  });
  ctx.out(key);
  process.stderr.write(
    `created key ${record.id} (${record.role}${record.regionId ? `, region ${record.regionId}` : ''}${record.personId ? `, acting as ${record.personId}` : ''}${record.departmentId ? `, acting for ${record.departmentId}` : ''}) for ${record.name}; it is shown once, keep it\n`,
  );
}

/** `redchain keys list`: the keys' records, never the keys. */
export async function listKeysCommand(ctx: CommandContext): Promise<void> {
  const access = openAccess(loadConfig(), ctx.store);
  for (const { hash: _hash, ...key } of await access.listKeys()) ctx.out(JSON.stringify(key));
}

/**
 * `redchain keys revoke <id>`: what DELETE /api/v1/keys/:id does — the key's record marked
 * revoked in the key store, a `key.revoke` entry in the audit log — for an operator with a shell
 * and no admin key at hand. No API process has the key's record evicted from its cache, so each
 * refuses the key within KEY_CACHE_MS.
 */
export async function revokeKeyCommand(ctx: CommandContext, id: string): Promise<void> {
  const config = loadConfig();
  const lock = await holdDataDirectory(config, id);
  try {
    const at = await revokeApiKey(openAccess(config, ctx.store), id, { caller: COMMAND_CALLER, requestId: '' });
    ctx.out(`revoked key ${id} at ${at}; every API process refuses it within ${KEY_CACHE_MS / 1000} s`);
  } finally {
    await lock?.release();
  }
}

/**
 * On the embedded store, the data directory's lock for the audit append: a running server appends
 * to audit.jsonl at the length it last wrote, so an entry this process appended beside it would
 * be overwritten (keys.json alone is safe to rewrite beside it, as `keys create` does). Null on
 * Neo4j, where both are transactions.
 */
async function holdDataDirectory(config: Config, id: string): Promise<DataDirectoryLock | null> {
  if (config.neo4j) return null;
  const dir = path.dirname(path.resolve(config.memory.snapshotFile));
  await ensureDataDirectory(dir);
  try {
    return await DataDirectoryLock.take(dir);
  } catch (error) {
    if (!(error instanceof DataDirectoryLockedError)) throw error;
    throw new AppError(
      'conflict',
      `the server (pid ${error.pid}) holds the data directory ${dir}: revoke through the API (DELETE /api/v1/keys/${id} with an admin key) or stop the server first`,
    );
  }
}
