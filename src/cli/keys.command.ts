import { loadConfig } from '../config/config';
import { createApiKey } from '../access/create-key';
import { openAccess } from '../access/open-access';
import type { CommandContext } from './command-context';
import { idFor } from './name-lookup';

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
