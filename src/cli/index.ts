#!/usr/bin/env node
import { Command, InvalidArgumentError } from 'commander';
import { commandContext } from './command-context';
import { exportCommand, type ExportFormat } from './export.command';
import { importCommand } from './import.command';
import { dispatchCommand } from './dispatch.command';
import { departmentsCommand } from './departments.command';
import { gapsCommand, partnersCommand, tackleCommand } from './match.commands';
import type { Direction } from '../match/partners/find-partners';
import { financeCommand } from './finance.command';
import { listsCommand, type ListsOptions } from './lists.command';
import { squadsCommand, type SquadsOptions } from './squads.command';
import { membersCommand, type MembersOptions } from './members.command';
import { resolveCommand } from './resolve.command';
import { talentCommand, type TalentOptions } from './talent.command';
import { chiefCommand, type ChiefOptions } from './chief.command';
import { seedCommand, type SeedOptions } from './seed.command';
import { createKeyCommand, listKeysCommand, revokeKeyCommand } from './keys.command';
import { packageVersion } from './package-version';

/**
 * The redchain command. Every command works on the store the configuration selects: Neo4j when
 * NEO4J_URI is set, else the embedded memory store and its snapshot file. Wherever a command takes
 * an id it takes a name too (name-lookup.ts): one that fits several exits 2 listing them.
 */
const program = new Command()
  .name('redchain')
  .description('redchain: knowledge graph and matchmaking for industrial-chain party-building work')
  .version(packageVersion(), '-V, --version', 'print the version')
  .showHelpAfterError();

program
  .command('import <file>')
  .description('import a redchain-bundle/1 JSON file (CSV and XLSX: one sheet per kind)')
  .option('--dry-run', 'validate and report without writing', false)
  .option('--report <file>', 'write the full import report as JSON')
  .action((file: string, options: { dryRun: boolean; report?: string }) =>
    commandContext((ctx) => importCommand(ctx, file, options), { writes: !options.dryRun }),
  );

program
  .command('export')
  .description('export the whole graph (it holds party membership: files are written 0600, made folders 0700)')
  .option('--format <format>', 'json | xlsx | csv', parseFormat, 'json')
  .option(
    '--out <path>',
    'a file (json, xlsx) or a folder (csv), its missing folders made; json without it goes to standard output',
  )
  .action((options: { format: ExportFormat; out?: string }) => commandContext((ctx) => exportCommand(ctx, options)));

program
  .command('seed')
  .description(
    'load the demo world (--demo), the articles’ dataset alone (--articles) or a synthetic province (--synthetic N)',
  )
  .option(
    '--demo',
    'the articles’ records inside a generated surrounding (marked synthetic): what npm start loads',
    false,
  )
  .option('--articles', 'the chain templates and the records of the five seed articles', false)
  .option('--synthetic <enterprises>', 'a generated province of this many enterprises', parseCount)
  .option(
    '--enterprises <count>',
    'with --demo: generated enterprises around the articles’ own (default 3000)',
    parseCount,
  )
  .option('--seed <seed>', 'seed of the synthetic province (same seed, same data)', parseWhole)
  .action((options: SeedOptions) => commandContext((ctx) => seedCommand(ctx, options), { writes: true }));

program
  .command('resolve <name>')
  .description('resolve a company name to an enterprise: match, ambiguous (with candidates) or none')
  .option('--uscc <code>', 'the unified social credit code, when known')
  .option('--json', 'print JSON', false)
  .action((name: string, options: { uscc?: string; json: boolean }) =>
    commandContext((ctx) => resolveCommand(ctx, name, options)),
  );

program
  .command('partners <enterprise>')
  .description('upstream or downstream partner candidates (上下游配套) with reasons; the enterprise by id or name')
  .option('--direction <direction>', 'upstream | downstream', parseDirection, 'upstream')
  .option('--limit <n>', 'how many', parseLimit, 10)
  .option('--json', 'print JSON', false)
  .action((id: string, options: { direction: Direction; limit: number; json: boolean }) =>
    commandContext((ctx) => partnersCommand(ctx, id, options)),
  );

program
  .command('tackle <problem>')
  .description(
    'institutions, experts and a consortium for a problem of the tackling list (红链技术攻坚榜); by id or title',
  )
  .option('--limit <n>', 'how many', parseLimit, 10)
  .option('--json', 'print JSON', false)
  .action((id: string, options: { limit: number; json: boolean }) =>
    commandContext((ctx) => tackleCommand(ctx, id, options)),
  );

program
  .command('gaps <chain>')
  .description(
    'the investment map of a chain in a region (招商图谱): gaps, single points of failure, leads; by id or name',
  )
  .requiredOption('--region <region>', 'the region, by id or name')
  .option('--limit <n>', 'how many leads', parseLimit, 10)
  .option('--json', 'print JSON', false)
  .action((id: string, options: { region: string; limit: number; json: boolean }) =>
    commandContext((ctx) => gapsCommand(ctx, id, options)),
  );

program
  .command('finance <enterprise>')
  .description('银企对接: the financing needs of an enterprise (id or name), each with the products that fit it')
  .option('--limit <n>', 'how many products per need', parseLimit, 5)
  .option('--json', 'print JSON', false)
  .action((enterprise: string, options: { limit: number; json: boolean }) =>
    commandContext((ctx) => financeCommand(ctx, enterprise, options)),
  );

program
  .command('lists')
  .description(
    '3张清单: the needs, resources and projects lists of a chain and region, each open need with its matched resources',
  )
  .option('--chain <chain>', 'only this chain (id or name)')
  .option('--region <region>', 'only this region and those below it (id or name)')
  .option('--limit <n>', 'how many resources per need', parseLimit, 3)
  .option('--json', 'print JSON', false)
  .action((options: ListsOptions) => commandContext((ctx) => listsCommand(ctx, options)));

program
  .command('squads')
  .description(
    '党员招商小分队: squads with their leads and visits, tallies per squad and chain beside the articles’ figures',
  )
  .option('--chain <chain>', 'only squads working on this chain (by id or name)')
  .option('--region <region>', 'only squads of this region and below (by id or name)')
  .option('--json', 'print JSON', false)
  .action((options: SquadsOptions) => commandContext((ctx) => squadsCommand(ctx, options)));

program
  .command('members')
  .description(
    '流动党员: members co-managed by their workplace’s organisation, membership elsewhere (一方隶属、双重管理)',
  )
  .requiredOption('--mobile', 'the mobile members (流动党员), each with both organisations and the last move')
  .option('--region <region>', 'only members whose membership or managing organisation lies here (by id or name)')
  .option('--json', 'print JSON', false)
  .action((options: MembersOptions) => commandContext((ctx) => membersCommand(ctx, options)));

program
  .command('dispatch <request>')
  .description('ranked responders for a request (派单建议), as GET /requests/{id}/responders; by id or title')
  .option('--limit <n>', 'how many', parseLimit, 10)
  .option('--json', 'print JSON', false)
  .action((request: string, options: { limit: number; json: boolean }) =>
    commandContext((ctx) => dispatchCommand(ctx, request, options)),
  );

program
  .command('departments')
  .description('the departments (职能部门) with their remit, staff and load, as GET /departments')
  .option('--json', 'print JSON', false)
  .action((options: { json: boolean }) => commandContext((ctx) => departmentsCommand(ctx, options)));

program
  .command('talent <chain>')
  .description(
    'a chain’s scarce-talent catalogue (急需紧缺人才目录), a need’s candidates or the job fair plan; by id or name',
  )
  .option('--region <region>', 'only enterprises of this region and below (by id or name)')
  .option('--need <need>', 'the candidates of this talent need instead (by id or role)')
  .option('--fair', 'the chain’s job fair plan (链上专场招聘会) instead', false)
  .option('--json', 'print JSON', false)
  .action((chain: string, options: TalentOptions) => commandContext((ctx) => talentCommand(ctx, chain, options)));

program
  .command('chief <chain>')
  .description(
    'a chain chief’s view (链长视图) across regions, with the joint meetings’ open decisions and the pledged items (十件实事); by id or name',
  )
  .option('--region <region>', 'only this region and below (by id or name)')
  .option('--json', 'print JSON', false)
  .action((chain: string, options: ChiefOptions) => commandContext((ctx) => chiefCommand(ctx, chain, options)));

const keys = program.command('keys').description('API keys (stored hashed; shown once when made)');
keys
  .command('create')
  .description('make an API key and print it')
  .requiredOption('--role <role>', 'admin | secretary | university | investment | viewer | responder')
  .option('--region <region>', 'limit it to this region and the regions below it (by id or name)')
  .option('--person <person>', 'for a responder key: the person it acts as (by id or name)')
  .option('--department <department>', 'for a responder key: the department it acts for (by id or name)')
  .option('--name <name>', 'who holds it', 'unnamed')
  .action((options: { role: string; region?: string; person?: string; department?: string; name: string }) =>
    commandContext((ctx) => createKeyCommand(ctx, options)),
  );
keys
  .command('list')
  .description('the keys (never the keys themselves)')
  .action(() => commandContext((ctx) => listKeysCommand(ctx)));
keys
  .command('revoke <id>')
  .description(
    'revoke a key by its id (as `keys list` shows it), as DELETE /api/v1/keys/:id: refused by every API process within 30 s; on the embedded store, with the server stopped',
  )
  .action((id: string) => commandContext((ctx) => revokeKeyCommand(ctx, id)));

function parseDirection(value: string): Direction {
  if (value !== 'upstream' && value !== 'downstream') throw new InvalidArgumentError('must be upstream or downstream');
  return value;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw new InvalidArgumentError('must be a whole number from 1 to 200');
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10 || n > 2_000_000)
    throw new InvalidArgumentError('must be a whole number from 10 to 2000000');
  return n;
}

function parseWhole(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

function parseFormat(value: string): ExportFormat {
  if (value !== 'json' && value !== 'xlsx' && value !== 'csv')
    throw new InvalidArgumentError('must be json, xlsx or csv');
  return value;
}

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`redchain: ${(error as Error).message}\n`);
  process.exit(1);
});
